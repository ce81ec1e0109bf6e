"""The IATI files validate against the official 2.03 schemas and use only codelist codes."""

from datetime import date
from decimal import Decimal

import pytest
from lxml import etree

from taawun.core import iati
from taawun.core.iati import DIRECTORY
from taawun.projects.models import (
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Participant,
    Transaction,
)
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.territory.models import PacAxis
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db


def schema(name):
    return etree.XMLSchema(etree.parse(str(DIRECTORY / name)))


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(b"".join(response.streaming_content))


@pytest.fixture
def portfolio(db, settings):
    from taawun.partners.tests.factories import PartnerFactory
    from taawun.territory.tests.factories import CommuneProfileFactory

    commune = CommuneProfileFactory(
        name_ar="جماعة أورير", name_fr="Commune d'Aourir", iati_identifier="MA-COA-1234"
    ).partner
    axis = PacAxis.objects.create(
        number=2, name_ar="الخدمات الاجتماعية", name_fr="Services sociaux"
    )
    water, school = (
        DomainFactory(code="water", dac_code="14030", sdg_goal=6),
        DomainFactory(code="school", dac_code="11220", sdg_goal=4),
    )
    project = ProjectFactory(
        code="TR-2024",
        title_fr="Transport scolaire",
        title_ar="النقل المدرسي",
        description_fr="Des bus pour les douars",
        pac_axis=axis,
        actual_start=date(2024, 9, 1),
    )
    project.domains.add(water, school)
    LocationFactory(project=project)
    indh = PartnerFactory(name_fr="INDH", kind="public_institution", iati_identifier="")
    Participant.objects.create(project=project, partner=indh, role="1")
    Participant.objects.create(project=project, partner=commune, role="2")
    Transaction.objects.create(
        project=project,
        type="11",
        date=date(2024, 9, 1),
        provider=indh,
        receiver=commune,
        amount=Decimal("2100000"),
        currency="MAD",
        rate=Decimal("1"),
        mad_value=Decimal("2100000"),
    )
    Transaction.objects.create(
        project=project,
        type="3",
        date=date(2024, 10, 1),
        provider=indh,
        amount=Decimal("50000"),
        currency="EUR",
        rate=Decimal("10.8"),
        mad_value=Decimal("540000"),
        description_fr="Premier versement",
    )
    indicator = Indicator.objects.create(
        project=project,
        name_fr="Élèves transportés",
        name_ar="التلاميذ المنقولون",
        result_type="1",
        measure="1",
        baseline=Decimal("0"),
        baseline_year=2023,
        disaggregation="sex",
    )
    period = IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=date(2024, 9, 1),
        period_end=date(2025, 6, 30),
        target=Decimal("400"),
        actual=Decimal("356"),
    )
    IndicatorValue.objects.create(period=period, sex="female", target=200, actual=181)
    IndicatorValue.objects.create(period=period, sex="male", target=200, actual=175)
    ProjectFactory(code="SECRET", title_fr="Projet interne", is_public=False)
    return project


def test_the_activity_file_validates_and_holds_public_projects_only(client, portfolio):
    root = fetch(client, "/open-data/iati/activities.xml")
    schema("iati-activities-schema.xsd").assertValid(root)
    identifiers = root.xpath("//iati-activity/iati-identifier/text()")
    assert identifiers == ["MA-COA-1234-TR-2024"]
    assert root.xpath("//reporting-org/@type") == ["11"]
    assert sorted(root.xpath("//participating-org/@role")) == ["1", "2"]
    assert root.xpath("//sector[@vocabulary='99']/@code") == ["PAC-2"]
    assert root.xpath("//transaction/value/@currency") == ["MAD", "EUR"]
    assert root.xpath("//period/actual[dimension/@value='female']/@value") == ["181"]
    assert b"Projet interne" not in etree.tostring(root)


def test_every_code_in_the_activity_file_comes_from_its_codelist(client, portfolio):
    root = fetch(client, "/open-data/iati/activities.xml")
    checks = {
        "//activity-status/@code": "ActivityStatus",
        "//participating-org/@role": "OrganisationRole",
        "//participating-org/@type": "OrganisationType",
        "//reporting-org/@type": "OrganisationType",
        "//transaction-type/@code": "TransactionType",
        "//sector[@vocabulary='1']/@code": "Sector",
        "//sector[@vocabulary='7']/@code": "UNSDG-Goals",
        "//sector/@vocabulary": "SectorVocabulary",
        "//activity-date/@type": "ActivityDateType",
        "//activity-scope/@code": "ActivityScope",
        "//recipient-country/@code": "Country",
        "//value/@currency": "Currency",
        "//result/@type": "ResultType",
        "//indicator/@measure": "IndicatorMeasure",
        "//budget/@type": "BudgetType",
        "//budget/@status": "BudgetStatus",
        "//location/exactness/@code": "GeographicExactness",
    }
    for path, codelist in checks.items():
        values = root.xpath(path)
        assert values, path
        unknown = [v for v in values if not iati.is_code(codelist, v)]
        assert not unknown, f"{path}: {unknown} not in {codelist}"


def test_the_organisation_file_validates(client, portfolio):
    root = fetch(client, "/open-data/iati/organisation.xml")
    schema("iati-organisations-schema.xsd").assertValid(root)
    assert root.xpath("//organisation-identifier/text()") == ["MA-COA-1234"]
    assert root.xpath("//total-budget/value/text()")


def test_without_an_identifier_in_the_profile_the_files_use_commune_iati_id(
    client, portfolio, settings
):
    from taawun.territory.models import CommuneProfile

    CommuneProfile.objects.filter(pk=1).update(iati_identifier="")
    settings.COMMUNE_IATI_ID = "MA-COA-9999"
    root = fetch(client, "/open-data/iati/activities.xml")
    assert root.xpath("//iati-activity/iati-identifier/text()") == ["MA-COA-9999-TR-2024"]
    assert root.xpath("//reporting-org/@ref") == ["MA-COA-9999"]
    root = fetch(client, "/open-data/iati/organisation.xml")
    assert root.xpath("//organisation-identifier/text()") == ["MA-COA-9999"]
