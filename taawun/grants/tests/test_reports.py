"""A grant's reports and tranches: scheduled with the convention, filed by the association,
decided by the commune; the second tranche is not paid before the final report is accepted; an
overdue report keeps the association from the next call until it is filed."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from taawun.accounts.tests.factories import UserFactory
from taawun.agreements import services as agreements
from taawun.agreements.choices import PartyRole, Stage
from taawun.agreements.models import Agreement
from taawun.grants import services
from taawun.partners.tests.factories import PartnerFactory

from .awarded import selection_decision
from .conftest import complete, pdf
from .test_review import scores

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def awarded(call, users, locality):
    """An application awarded 30,000 MAD, its convention in force (the lifecycle's steps are
    the agreements' tests' business: the stage is set here)."""
    application = complete(users["association"], call, locality)
    services.application_submit(application=application, by=users["association"])
    with time_machine.travel(call.closes_at + timedelta(minutes=1)):
        services.call_step(call=call, step="close", by=users["officer"])
    services.application_screen(application=application, eligible=True, by=users["officer"])
    services.call_step(call=call, step="review", by=users["officer"])
    review = services.review_declare(application=application, by=users["officer"], conflict=False)
    services.review_submit(
        review=review, scores=scores(call, [15, 10, 15, 10, 10, 5, 5]), by=users["officer"]
    )
    services.select_awards(
        call=call,
        awards={application: "30000"},
        decision=selection_decision(users["officer"]),
        by=users["officer"],
    )
    application.refresh_from_db()
    Agreement.objects.filter(pk=application.agreement_id).update(stage=Stage.IN_FORCE)
    return application


def tranche(application, number):
    funder = application.agreement.parties.get(role=PartyRole.FUNDER)
    return funder.obligations.get(tranche=number)


def pay(obligation, by):
    return agreements.delivery_record(
        obligation=obligation,
        delivered_on=timezone.localdate(),
        mad_value=Decimal("15000"),
        by=by,
    )


def test_the_reports_are_scheduled_with_the_convention(awarded):
    reports = {r.kind: r.due_on for r in awarded.reports.all()}
    assert reports == {
        "final": awarded.ends_on + timedelta(days=90),
        "financial": awarded.ends_on + timedelta(days=90),
    }


def test_the_second_tranche_waits_for_the_final_report(awarded, users):
    pay(tranche(awarded, 1), users["finance"])  # at signature: paid
    second = tranche(awarded, 2)
    with pytest.raises(ValidationError, match="Tranche 2 is paid once the final report is"):
        pay(second, users["finance"])
    second.refresh_from_db()
    assert second.delivered_mad == 0
    final = awarded.reports.get(kind="final")
    services.report_submit(
        report=final, by=users["association"], narrative="Douze journées de nettoyage."
    )
    with pytest.raises(ValidationError):  # submitted is not accepted
        pay(second, users["finance"])
    services.report_decide(report=final, verdict="accepted", by=users["officer"])
    pay(second, users["finance"])
    second.refresh_from_db()
    assert second.delivered_mad == Decimal("15000")


def test_a_report_says_what_it_lacks_and_only_its_association_files_it(awarded, users):
    financial = awarded.reports.get(kind="financial")
    with pytest.raises(ValidationError):
        services.report_submit(report=financial, by=users["association"], narrative="")
    with pytest.raises(ValidationError, match="expense statement"):
        services.report_submit(report=financial, by=users["association"], narrative="Fait.")
    other = UserFactory(
        username="assoc-x",
        role="association",
        partner=PartnerFactory(kind="association", name_fr="Association X"),
    )
    with pytest.raises(PermissionDenied):
        services.report_submit(report=financial, by=other, narrative="Fait.")
    services.report_submit(
        report=financial,
        by=users["association"],
        narrative="Dépenses conformes au budget.",
        expenses=Decimal("34800"),
        pieces=[("statement", pdf("etat.pdf")), ("receipt", pdf("facture.pdf"))],
    )
    financial.refresh_from_db()
    assert financial.state == "submitted" and financial.documents.count() == 2
    with pytest.raises(ValidationError, match="what is to change"):
        services.report_decide(report=financial, verdict="changes", by=users["officer"])
    with pytest.raises(PermissionDenied):
        services.report_decide(report=financial, verdict="accepted", by=users["association"])
    services.report_decide(
        report=financial, verdict="changes", note="Joindre les factures du transport.",
        by=users["officer"],
    )  # fmt: skip
    financial.refresh_from_db()
    assert financial.state == "changes"


def test_an_overdue_report_keeps_the_association_from_the_next_call(awarded, users, call, locality):
    late = awarded.ends_on + timedelta(days=91)
    with time_machine.travel(late):
        now = timezone.now()
        next_call = services.call_create(
            by=users["officer"], title_ar="طلب 2", title_fr="Appel 2", description_ar="د",
            description_fr="D", legal_basis="Délibération 2", envelope=Decimal("100000"),
            min_grant=Decimal("10000"), max_grant=Decimal("50000"), min_own_share=Decimal("10"),
            max_funding_rate=Decimal("90"), applicant_kinds=["association"], min_years=2,
            opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=10),
        )  # fmt: skip
        services.call_step(call=next_call, step="publish", by=users["officer"])
        application = complete(
            users["association"], next_call, locality,
            starts_on=date(2027, 6, 1), ends_on=date(2027, 9, 1),
        )  # fmt: skip
        breaches = services.rule_breaches(application)
    assert any(b.startswith("The final report of") for b in breaches)
    assert any("file it before applying again" in b for b in breaches)


def test_the_dashboard_names_the_reports_to_read_and_the_late_ones(client, awarded, users):
    final = awarded.reports.get(kind="final")
    services.report_submit(report=final, by=users["association"], narrative="Fait.")
    client.force_login(users["officer"])
    page = client.get("/en/manage/").content.decode()
    assert "Grants to associations" in page and "filed, to read" in page
    assert "not filed" not in page
    with time_machine.travel(awarded.ends_on + timedelta(days=100)):
        client.force_login(users["officer"])
        page = client.get("/en/manage/").content.decode()
    assert "not filed" in page  # the financial report, past its date
    client.force_login(users["association"])
    assert "Grants to associations" not in client.get("/en/manage/").content.decode()


def test_the_commune_sets_the_dates_of_a_conventions_reports(awarded, users, client):
    from datetime import date

    from django.urls import reverse

    officer = users["officer"]
    assert (awarded.starts_on, awarded.ends_on) == (date(2026, 6, 1), date(2026, 9, 30))
    with pytest.raises(ValidationError) as refused:
        services.report_dates_set(
            application=awarded, by=officer, interim_on=date(2026, 10, 15), final=date(2026, 9, 1)
        )
    assert set(refused.value.message_dict) == {"interim_on", "final"}
    assert not awarded.reports.filter(kind="interim").exists()  # nothing written
    with pytest.raises(PermissionDenied):
        services.report_dates_set(
            application=awarded, by=users["association"], interim_on=date(2026, 7, 31)
        )
    services.report_dates_set(
        application=awarded, by=officer, interim_on=date(2026, 7, 31), final=date(2027, 1, 31)
    )
    due = dict(awarded.reports.values_list("kind", "due_on"))
    assert due["interim"] == date(2026, 7, 31) and due["final"] == date(2027, 1, 31)
    # The page: the officer moves the financial report and removes the interim one.
    client.force_login(users["association"])
    assert client.get(reverse("grants:report-dates", args=[awarded.pk])).status_code == 403
    client.force_login(officer)
    response = client.post(
        reverse("grants:report-dates", args=[awarded.pk]),
        {"interim_on": "", "final": "2027-01-31", "financial": "2027-02-28"},
    )
    assert response.status_code == 302
    due = dict(awarded.reports.values_list("kind", "due_on"))
    assert "interim" not in due and due["financial"] == date(2027, 2, 28)
    # A report filed keeps its date.
    final = awarded.reports.get(kind="final")
    services.report_submit(report=final, by=users["association"], narrative="Fait.")
    with pytest.raises(ValidationError, match="keeps its date"):
        services.report_dates_set(application=awarded, by=officer, final=date(2027, 3, 31))
