"""The services every write of a project goes through: valid keyword data saves and names who
wrote it; bad data raises ValidationError and changes nothing."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import services
from taawun.projects.models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Milestone,
    Project,
    Transaction,
    Update,
)
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db
D = Decimal


def author(record):
    return record.history.latest().history_user


@pytest.fixture
def officer(users):
    return users["officer"]


@pytest.fixture
def project(commune):
    return ProjectFactory(planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31))


def new_project(**overrides):
    data = {
        "code": "PRJ-NEW",
        "title_ar": "مشروع جديد",
        "title_fr": "Nouveau projet",
        "status": "2",
        "budget": D("500000"),
        "social_weight": 50,
        "economic_weight": 30,
        "environmental_weight": 20,
    }
    data.update(overrides)
    return data


# Projects, their places and participants -----------------------------------------------------


def test_a_project_is_created_with_its_places_participants_and_domains(officer, commune):
    locality = LocalityFactory()
    partner = PartnerFactory()
    water = DomainFactory(code="water")
    project = services.project_create(
        by=officer,
        domains=[water],
        locations=[{"locality": locality, "description_fr": "Station"}],
        participants=[{"partner": partner, "role": "1"}],
        **new_project(),
    )
    assert author(project) == officer
    place = project.locations.get()
    # Left empty, a place takes its locality's own point.
    assert (place.latitude, place.longitude) == (locality.latitude, locality.longitude)
    assert project.participants.get().partner == partner
    assert list(project.domains.all()) == [water]


def test_weights_that_do_not_add_up_to_100_are_refused_and_nothing_is_saved(officer):
    with pytest.raises(ValidationError) as refused:
        services.project_create(by=officer, **new_project(social_weight=60))
    assert "100" in " ".join(refused.value.messages)
    assert not Project.objects.filter(code="PRJ-NEW").exists()


def test_an_update_keeps_the_weights_rule_and_changes_nothing_when_refused(officer, project):
    with pytest.raises(ValidationError):
        services.project_update(project=project, by=officer, social_weight=90)
    project.refresh_from_db()
    assert project.social_weight == 34
    services.project_update(
        project=project, by=officer, social_weight=40, economic_weight=30, environmental_weight=30
    )
    project.refresh_from_db()
    assert project.social_weight == 40 and author(project) == officer


def test_a_bad_place_rolls_the_whole_project_back(officer, commune):
    locality = LocalityFactory()
    with pytest.raises(ValidationError):
        services.project_create(
            by=officer,
            locations=[{"locality": locality}, {"locality": locality}],  # the same locality twice
            **new_project(),
        )
    assert not Project.objects.filter(code="PRJ-NEW").exists()


def test_rows_of_places_are_changed_and_removed_by_id(officer, project):
    first, second = LocalityFactory(), LocalityFactory()
    services.project_update(project=project, by=officer, locations=[{"locality": first}])
    place = project.locations.get()
    services.project_update(
        project=project,
        by=officer,
        locations=[{"id": place.pk, "delete": True}, {"locality": second}],
    )
    assert [p.locality for p in project.locations.all()] == [second]


# Progress -------------------------------------------------------------------------------------


def test_a_milestone_is_saved_and_stamped_then_refused_without_its_date(officer, project):
    milestone = services.milestone_save(
        project=project,
        by=officer,
        title_ar="المرحلة",
        title_fr="Étape",
        planned_date=date(2025, 6, 1),
    )
    assert author(milestone) == officer
    with pytest.raises(ValidationError) as refused:
        services.milestone_save(milestone=milestone, by=officer, planned_date=None, progress=150)
    assert {"planned_date", "progress"} <= set(refused.value.message_dict)
    milestone.refresh_from_db()
    assert milestone.planned_date == date(2025, 6, 1) and milestone.progress == 0
    assert Milestone.objects.count() == 1


def test_an_update_is_posted_and_a_too_large_photo_refused(officer, project, settings):
    update = services.update_post(
        project=project, by=officer, date=date(2025, 3, 1), title_ar="خبر", title_fr="Nouvelle"
    )
    assert author(update) == officer
    settings.PHOTO_MAX_BYTES = 10
    photo = SimpleUploadedFile("big.jpg", b"x" * 100, content_type="image/jpeg")
    with pytest.raises(ValidationError) as refused:
        services.update_post(
            project=project,
            by=officer,
            date=date(2025, 3, 2),
            title_ar="خبر",
            title_fr="Trop lourde",
            photo=photo,
        )
    assert "photo" in refused.value.message_dict
    assert Update.objects.count() == 1


def indicator_data(**overrides):
    data = {
        "name_ar": "عدد التلاميذ",
        "name_fr": "Élèves transportés",
        "result_type": "1",
        "measure": "1",
        "disaggregation": "sex",
    }
    data.update(overrides)
    return data


def test_an_indicator_is_saved_and_a_bad_one_refused(officer, project):
    indicator = services.indicator_save(project=project, by=officer, **indicator_data())
    assert author(indicator) == officer
    with pytest.raises(ValidationError) as refused:
        services.indicator_save(project=project, by=officer, **indicator_data(measure="9"))
    assert "measure" in refused.value.message_dict
    assert Indicator.objects.count() == 1


def test_a_period_is_saved_with_its_values_all_or_nothing(officer, project):
    indicator = services.indicator_save(project=project, by=officer, **indicator_data())
    period = services.period_save(
        indicator=indicator,
        by=officer,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        target=D("100"),
        values=[{"sex": "female", "target": D("50")}, {"sex": "male", "target": D("50")}],
    )
    assert author(period) == officer
    assert period.values.count() == 2
    # An age group on an indicator by sex only: refused, and the period keeps what it had.
    with pytest.raises(ValidationError):
        services.period_save(
            period=period,
            by=officer,
            target=D("120"),
            values=[{"sex": "female", "age_group": "0-17", "target": D("10")}],
        )
    period.refresh_from_db()
    assert period.target == D("100") and IndicatorValue.objects.count() == 2
    # Two periods may not start on the same day.
    with pytest.raises(ValidationError):
        services.period_save(
            indicator=indicator,
            by=officer,
            period_start=date(2025, 1, 1),
            period_end=date(2025, 6, 30),
        )
    assert IndicatorPeriod.objects.count() == 1


def test_an_indicator_by_sex_and_age_needs_the_age_group(officer, project):
    indicator = services.indicator_save(
        project=project, by=officer, **indicator_data(disaggregation="sex_age")
    )
    with pytest.raises(ValidationError):
        services.period_save(
            indicator=indicator,
            by=officer,
            period_start=date(2025, 1, 1),
            period_end=date(2025, 12, 31),
            values=[{"sex": "female", "target": D("5")}],
        )
    assert not IndicatorPeriod.objects.exists()


# Money, as keyword data ------------------------------------------------------------------------


def test_a_contribution_and_a_transaction_take_keyword_data_and_name_who(officer, project):
    region = PartnerFactory()
    contribution = services.contribution_save(
        project=project, by=officer, partner=region, kind="cash", amount=D("1000"), currency="MAD"
    )
    assert author(contribution) == officer and contribution.mad_value == D("1000.00")
    tx, warnings = services.transaction_save(
        project=project,
        by=officer,
        type="11",
        date=date(2025, 3, 1),
        provider=region,
        amount=D("2500"),
        currency="MAD",
    )
    assert author(tx) == officer and tx.recorded_by == officer and warnings == []
    project.refresh_from_db()
    assert project.planned_mad == D("1000.00") and project.committed_mad == D("2500.00")


def test_a_contribution_without_partner_or_amount_is_refused(officer, project):
    with pytest.raises(ValidationError) as refused:
        services.contribution_save(project=project, by=officer, kind="cash", currency="MAD")
    assert {"partner", "amount"} <= set(refused.value.message_dict)
    assert not Contribution.objects.exists()


def test_a_transaction_without_a_date_is_refused(officer, project):
    with pytest.raises(ValidationError) as refused:
        services.transaction_save(
            project=project,
            by=officer,
            type="11",
            date=None,
            provider=PartnerFactory(),
            amount=D("10"),
            currency="MAD",
        )
    assert "date" in refused.value.message_dict
    assert not Transaction.objects.exists()


def test_one_rounding_rule_half_up_to_the_centime(project, commune):
    from taawun.finance.models import ExchangeRate

    ExchangeRate.objects.create(currency="EUR", rate_to_mad=D("10.5"), valid_from=date(2025, 1, 1))
    tx, _warnings = services.transaction_save(
        project=project,
        type="11",
        date=date(2025, 3, 1),
        provider=commune,
        amount=D("0.05"),  # 0.525 MAD: half up gives 0.53 (half even would give 0.52)
        currency="EUR",
    )
    assert tx.mad_value == D("0.53")
