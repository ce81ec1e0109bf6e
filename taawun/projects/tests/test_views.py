import re
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import services
from taawun.projects.models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Milestone,
    Participant,
    Project,
    Transaction,
    Update,
)
from taawun.projects.tests.factories import LocationFactory, ProjectFactory

from .pages import figure, project_data, record, tx_data, url

pytestmark = pytest.mark.django_db


# Money -----------------------------------------------------------------------------------------


def test_a_disbursement_in_euros_is_valued_at_the_rate_of_its_date_and_moves_the_key_figures(
    finance, project, commune, lacanau
):
    for rate, valid_from in (("10.80", "2025-01-01"), ("11.00", "2025-07-01")):
        response = finance.post(
            url("finance:rates"),
            {"currency": "EUR", "rate_to_mad": rate, "valid_from": valid_from, "source": "BAM"},
        )
        assert response.status_code == 302
    detail = url("projects:detail", pk=project.pk)

    assert record(finance, project, tx_data(commune)).status_code == 302
    page = finance.get(detail).content.decode()
    assert figure(page, "secured") == "500000"
    assert figure(page, "gap") == "1500000"
    assert figure(page, "leverage") == "000"  # the commune alone: 0 partner dirhams

    commitment = tx_data(lacanau, date="2025-03-01", amount="50000", currency="EUR")
    assert record(finance, project, commitment).status_code == 302
    disbursement = tx_data(lacanau, type="3", date="2025-08-01", amount="40000", currency="EUR")
    assert record(finance, project, disbursement).status_code == 302

    paid = Transaction.objects.get(type="3")
    assert paid.rate == Decimal("11.00")  # the rate valid on 1 August, not the January one
    assert paid.mad_value == Decimal("440000.00")
    assert paid.recorded_by.username == "finance"
    assert Transaction.objects.get(type="11", currency="EUR").mad_value == Decimal("540000.00")
    page = finance.get(detail).content.decode()
    assert figure(page, "secured") == "1040000"  # 500 000 + 540 000 committed by Lacanau
    assert figure(page, "gap") == "960000"
    assert figure(page, "percent") == "520"  # 52.0 %
    assert figure(page, "leverage") == "108"  # 540 000 / 500 000
    assert "440" in page and "مدينة لاكانو" in page


def test_a_disbursement_beyond_the_commitment_needs_a_reason(finance, project, commune, lacanau):
    record(finance, project, tx_data(commune))
    record(finance, project, tx_data(lacanau, amount="300000"))
    beyond = tx_data(lacanau, type="3", date="2025-09-01", amount="350000")

    response = record(finance, project, beyond, lang="en")
    assert response.status_code == 400
    assert "Give the reason to record it anyway" in response.content.decode()
    assert not Transaction.objects.filter(type="3").exists()
    project.refresh_from_db()
    assert project.disbursed_mad == 0 and project.secured_mad == Decimal("800000")

    beyond["override_reason"] = "Le taux de change a varié ; écart accepté par le conseil"
    assert record(finance, project, beyond).status_code == 302
    project.refresh_from_db()
    assert project.disbursed_mad == Decimal("350000")
    assert project.secured_mad == Decimal("850000")  # Lacanau's payment exceeds its commitment
    page = finance.get(url("projects:detail", pk=project.pk)).content.decode()
    assert figure(page, "secured") == "850000"
    assert "écart accepté par le conseil" in page


def test_a_negative_amount_is_refused_and_nothing_is_saved(finance, project, lacanau):
    response = record(finance, project, tx_data(lacanau, amount="-5000"), lang="en")
    assert response.status_code == 400
    assert "greater than or equal to 0.01" in response.content.decode()
    assert not Transaction.objects.exists()


def test_a_date_outside_the_project_is_recorded_with_a_warning(finance, project, lacanau):
    response = record(finance, project, tx_data(lacanau, date="2024-06-01"), lang="en")
    assert response.status_code == 302
    page = finance.get(response.url).content.decode()
    assert "outside the project&#x27;s dates" in page
    assert Transaction.objects.count() == 1


def test_a_currency_without_a_rate_is_refused_with_the_reason(finance, project, lacanau):
    response = record(finance, project, tx_data(lacanau, currency="USD"), lang="en")
    assert response.status_code == 400
    assert "No exchange rate for USD" in response.content.decode()
    assert not Transaction.objects.exists()


def test_finance_deletes_a_transaction_and_the_totals_follow(finance, project, lacanau):
    record(finance, project, tx_data(lacanau))
    tx = Transaction.objects.get()
    assert finance.get(url("projects:transaction-delete", pk=tx.pk)).status_code == 405
    response = finance.post(url("projects:transaction-delete", pk=tx.pk))
    assert response.status_code == 302
    project.refresh_from_db()
    assert not Transaction.objects.exists() and project.secured_mad == 0


def test_the_officer_cannot_record_transactions_but_edits_the_project(client_for, project, lacanau):
    officer = client_for("officer")
    create = url("projects:transaction-create", pk=project.pk)
    assert officer.get(create).status_code == 403
    assert officer.post(create, tx_data(lacanau)).status_code == 403
    finance = client_for("finance")
    record(finance, project, tx_data(lacanau))
    tx = Transaction.objects.get()
    assert officer.post(url("projects:transaction-delete", pk=tx.pk)).status_code == 403
    assert Transaction.objects.count() == 1

    form = officer.get(url("projects:update", pk=project.pk))
    assert form.status_code == 200
    data = project_data(title_fr="Transport scolaire des douars (phase 2)", code=project.code)
    response = officer.post(url("projects:update", pk=project.pk), data)
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.title_fr.endswith("(phase 2)")
    assert client_for("finance").get(url("projects:update", pk=project.pk)).status_code == 403


# Projects --------------------------------------------------------------------------------------


def test_an_officer_creates_a_project_with_its_place_and_partner_in_arabic(
    client_for, commune, lacanau
):
    from taawun.territory.tests.factories import LocalityFactory

    douar = LocalityFactory(name_ar="دوار تامراغت")
    data = project_data(
        **{
            "locations-TOTAL_FORMS": "1",
            "locations-0-locality": douar.pk,
            "participants-TOTAL_FORMS": "1",
            "participants-0-partner": lacanau.pk,
            "participants-0-role": "1",
        }
    )
    client = client_for("officer")
    response = client.post(url("projects:create"), data)
    assert response.status_code == 302
    project = Project.objects.get(code="PRJ-NEW")
    place = project.locations.get()
    assert place.latitude == douar.latitude  # the locality's own point
    assert project.participants.get().partner == lacanau
    page = client.get(response.url).content.decode()
    assert "النقل المدرسي" in page and "دوار تامراغت" in page and 'lang="ar"' in page


def test_weights_not_adding_up_to_100_are_refused(client_for, commune):
    data = project_data(social_weight="50", economic_weight="30", environmental_weight="30")
    response = client_for("officer").post(url("projects:create", lang="en"), data)
    assert response.status_code == 400
    assert "must add up to 100 (now 110)" in response.content.decode()
    assert not Project.objects.exists()


def test_the_list_filters_and_answers_htmx_with_the_results_only(client_for, commune, lacanau):
    mine = ProjectFactory(title_fr="Assainissement d'Aourir")
    Participant.objects.create(project=mine, partner=lacanau, role="1")
    ProjectFactory(title_fr="Piste rurale")
    client = client_for("council")
    page = client.get(url("projects:list", lang="fr"), {"partner": lacanau.pk}).content.decode()
    assert "Assainissement" in page and "Piste rurale" not in page
    partial = client.get(
        url("projects:list", lang="fr"), {"q": "piste"}, headers={"HX-Request": "true"}
    )
    body = partial.content.decode()
    assert "Piste rurale" in body and "<html" not in body


def test_the_new_project_button_shows_for_editors_only(client_for, commune):
    new = url("projects:create")
    assert new in client_for("officer").get(url("projects:list")).content.decode()
    assert new not in client_for("council").get(url("projects:list")).content.decode()


def test_a_representative_sees_only_the_projects_its_organisation_takes_part_in(
    client_for, users, commune
):
    own = users["partner"].partner
    mine = ProjectFactory(title_fr="Projet partagé")
    Participant.objects.create(project=mine, partner=own, role="4")
    other = ProjectFactory(title_fr="Projet d'autrui")
    client = client_for("partner")
    page = client.get(url("projects:list", lang="fr")).content.decode()
    assert "Projet partagé" in page and "Projet d&#x27;autrui" not in page
    assert client.get(url("projects:detail", pk=mine.pk)).status_code == 200
    for name in ("projects:detail", "projects:history"):
        assert client.get(url(name, pk=other.pk)).status_code == 404
    assert client.get(url("projects:update", pk=mine.pk)).status_code == 403
    # a representative whose organisation takes no part sees none of them
    assert (
        "Projet partagé"
        not in client_for("association").get(url("projects:list", lang="fr")).content.decode()
    )


# History ---------------------------------------------------------------------------------------


def test_the_history_shows_who_changed_what(client_for, project, lacanau):
    officer = client_for("officer")
    data = project_data(code=project.code, title_fr=project.title_fr, budget="2500000")
    assert officer.post(url("projects:update", pk=project.pk), data).status_code == 302
    record(client_for("finance"), project, tx_data(lacanau, amount="120000"))
    page = officer.get(url("projects:history", lang="fr", pk=project.pk)).content.decode()
    assert "<strong>officer</strong>" in page and "<strong>finance</strong>" in page
    budget = re.search(r"budget \(MAD\)</th><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td>", page)
    assert budget, "the budget's change is listed"
    before, after = (re.sub(r"\D", "", value) for value in budget.groups())
    assert (before, after) == ("2000000", "2500000")  # whole dirhams, as on every other page
    assert re.fullmatch(r"2\s500\s000", budget.group(2))  # grouped as in the reader's language
    assert "Ville de Lacanau" in page


# Query budgets ---------------------------------------------------------------------------------


def grow(project, count, partner):
    """Give the project `count` more rows of each child, and the register `count` projects."""
    from taawun.territory.tests.factories import LocalityFactory

    start = project.transactions.count()
    for n in range(start, start + count):
        LocationFactory(project=project, locality=LocalityFactory())
        Participant.objects.create(project=project, partner=PartnerFactory(), role="1")
        Contribution.objects.create(
            project=project,
            partner=partner,
            kind="cash",
            amount=1000,
            currency="MAD",
            mad_value=1000,
        )
        Transaction.objects.create(
            project=project,
            type="11",
            date=date(2025, 1, 1 + n % 28),
            provider=PartnerFactory(),
            amount=1000,
            currency="MAD",
            rate=1,
            mad_value=1000,
        )
        Milestone.objects.create(
            project=project, title_ar="مرحلة", title_fr=f"Étape {n}", planned_date=date(2025, 6, 1)
        )
        Update.objects.create(
            project=project, date=date(2025, 6, 1), title_ar="خبر", title_fr=f"Nouvelle {n}"
        )
        indicator = Indicator.objects.create(
            project=project,
            name_ar="مؤشر",
            name_fr=f"Indicateur {n}",
            result_type="1",
            measure="1",
            disaggregation="sex",
        )
        period = IndicatorPeriod.objects.create(
            indicator=indicator,
            period_start=date(2025, 1, 1),
            period_end=date(2025, 12, 31),
            target=100,
            actual=n,
        )
        IndicatorValue.objects.create(period=period, sex="female", target=50, actual=n)
        ProjectFactory()
    services.project_refresh_totals(project)


def count(client, name, project):
    kwargs = {} if name == "projects:list" else {"pk": project.pk}
    address = url(name, **kwargs)
    client.get(address)  # warm the session and caches outside the count
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("name", "budget"),
    # the detail: with the sections funding and knowledge add (core.panels), three queries
    [("projects:list", 11), ("projects:detail", 17), ("projects:history", 12)],
)
def test_queries_do_not_grow_with_rows(
    client_for, project, lacanau, name, budget, django_assert_max_num_queries
):
    client = client_for("officer")
    grow(project, 2, lacanau)
    few = count(client, name, project)
    grow(project, 10, lacanau)
    many = count(client, name, project)
    assert few == many, f"{name}: {few} queries with 2 rows of each child, {many} with 12"
    with django_assert_max_num_queries(budget):
        client.get(url(name, **({} if name == "projects:list" else {"pk": project.pk})))


def test_with_thousands_of_partners_the_transaction_form_searches_and_still_records(
    finance, project, commune, lacanau, monkeypatch
):
    """Past 200 partners the provider and receiver selects hold only their current choice and
    a name search; a posted choice is checked against every partner, and a wrong one refused
    with the select showing what was posted."""
    from taawun.core import widgets

    monkeypatch.setattr(widgets, "LISTED_CHOICES", 1)
    create = url("projects:transaction-create", lang="fr", pk=project.pk)
    page = finance.get(create).content.decode()
    assert 'id="id_provider-search"' in page and 'id="id_receiver-search"' in page
    assert "Ville de Lacanau" not in page
    refused = record(finance, project, tx_data(lacanau, amount="-5"), lang="fr")
    assert refused.status_code == 400
    assert f'<option value="{lacanau.pk}" selected>Ville de Lacanau</option>' in (
        refused.content.decode()
    )
    assert not Transaction.objects.exists()
    assert record(finance, project, tx_data(lacanau), lang="fr").status_code == 302
    assert Transaction.objects.get().provider == lacanau


def test_with_thousands_of_agreements_the_project_form_keeps_its_own_and_finds_others(
    client_for, commune, monkeypatch
):
    """Past 200 agreements the form shows only the project's own, checked, and a name search
    that brings more checkboxes of the same field; checking one adds it, the others stay."""
    from taawun.agreements.tests.factories import AgreementFactory
    from taawun.core import widgets

    monkeypatch.setattr(widgets, "LISTED_CHOICES", 1)
    kept = AgreementFactory(reference="CONV-EAU", title_fr="Eau potable de Tamraght")
    found = AgreementFactory(reference="CONV-ECOLE", title_fr="Transport scolaire")
    AgreementFactory(reference="CONV-ROUTE", title_fr="Piste d'Imi Miqi")
    officer = client_for("officer")
    assert (
        officer.post(url("projects:create"), project_data(agreements=[kept.pk])).status_code == 302
    )
    project = Project.objects.get(code="PRJ-NEW")
    form = officer.get(url("projects:update", lang="fr", pk=project.pk)).content.decode()
    assert 'id="id_agreements-search"' in form
    assert "CONV-EAU" in form and "CONV-ECOLE" not in form and "CONV-ROUTE" not in form
    suggested = officer.get(
        reverse("core:choices", args=["agreements"]),
        {"q": "scolaire", "checkboxes": "agreements"},
    ).content.decode()
    assert f'<input type="checkbox" name="agreements" value="{found.pk}">' in suggested
    assert "CONV-ROUTE" not in suggested
    response = officer.post(
        url("projects:update", pk=project.pk),
        project_data(agreements=[kept.pk, found.pk]),
    )
    assert response.status_code == 302
    assert set(project.agreements.values_list("reference", flat=True)) == {"CONV-EAU", "CONV-ECOLE"}


def test_agreement_suggestions_follow_the_readers_scope(client_for, commune):
    from taawun.agreements.choices import Stage
    from taawun.agreements.tests.factories import AgreementFactory

    published = AgreementFactory(reference="CONV-PUB", is_public=True, stage=Stage.IN_FORCE)
    draft = AgreementFactory(reference="CONV-DRAFT", is_public=True, stage=Stage.DRAFT)
    address = reverse("core:choices", args=["agreements"])
    anonymous = client_for(None).get(address, {"q": "CONV", "checkboxes": "agreements"})
    assert f'value="{published.pk}"' in anonymous.content.decode()
    assert f'value="{draft.pk}"' not in anonymous.content.decode()
    officer = client_for("officer").get(address, {"q": "CONV", "checkboxes": "agreements"})
    assert f'value="{draft.pk}"' in officer.content.decode()
    bad = client_for("officer").get(address, {"checkboxes": '"><script>'})
    assert bad.status_code == 400
