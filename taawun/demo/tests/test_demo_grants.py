"""The demo's calls for projects: the 2025 call for the associations of Aourir and Tamraght taken
from its publication to its results — twelve applications, two not eligible with their reasons,
a reviewer tied to one applicant and excluded from it, six awards within the envelope, each a
grant convention in force with its first tranche paid, its reports filed and, once accepted, its
second tranche paid — and the call open on the day of loading, with drafts and a submitted
application; a second load adds nothing."""

import io
import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from taawun.accounts.models import User
from taawun.agreements.choices import PartyRole, Stage
from taawun.agreements.models import Agreement, Delivery, Obligation
from taawun.grants.choices import ApplicationState, CallState
from taawun.grants.models import (
    Application,
    ApplicationDocument,
    BudgetLine,
    Call,
    GrantReport,
    Review,
)
from taawun.grants.report_models import ReportState
from taawun.grants.services import rule_breaches

MOROCCO = ZoneInfo("Africa/Casablanca")


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo()


pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def call_2025():
    return Call.objects.get(reference="AP-2025-01")


def test_the_2025_call_states_its_rules_and_its_window(call_2025):
    call = call_2025
    assert (call.envelope, call.min_grant, call.max_grant) == (
        Decimal("600000"),
        Decimal("20000"),
        Decimal("150000"),
    )
    assert (call.min_own_share, call.max_funding_rate, call.min_years) == (20, 80, 2)
    assert "D2185" in call.legal_basis and "2025" in call.legal_basis
    assert timezone.localtime(call.opens_at, MOROCCO).date() == date(2025, 3, 3)
    assert timezone.localtime(call.closes_at, MOROCCO).replace(tzinfo=None) == datetime(
        2025, 4, 15, 16, 0
    )
    assert {"sport", "coast-environment", "culture-heritage", "education"} <= set(
        call.domains.values_list("code", flat=True)
    )
    assert call.pac_axes.exists() and call.localities.filter(slug="tamraght").exists()
    assert call.state == CallState.RESULTS and call.results_published_at is not None
    assert call.results_published_at < datetime(2025, 5, 1, tzinfo=MOROCCO)


def test_twelve_applications_submitted_in_the_window_two_not_eligible(call_2025):
    applications = call_2025.applications.all()
    assert applications.count() == 12
    assert len({a.association_id for a in applications}) < 12  # some apply twice
    kinds = set(applications.values_list("applicant_kind", flat=True))
    assert kinds == {"association", "cooperative"}
    for application in applications:
        assert call_2025.opens_at <= application.submitted_at < call_2025.closes_at
        assert application.reference.startswith("DS-2025-")
        assert application.created_at <= application.submitted_at
        assert 2 <= application.budget_lines.count() <= 4
        assert application.documents.count() == 5
        assert application.starts_on.year == 2025 and application.beneficiaries > 0
        assert rule_breaches(application, today=application.submitted_at.date()) == []
    ineligible = applications.filter(state=ApplicationState.INELIGIBLE)
    assert ineligible.count() == 2
    assert all(a.screening_reasons for a in ineligible)
    assert ineligible.filter(association__kind="cooperative").exists()
    assert applications.filter(association__representatives__username="assoc-tamraght").count() == 2


def test_a_reviewer_tied_to_an_applicant_is_excluded_and_the_ranking_follows(call_2025):
    reviews = Review.objects.filter(application__call=call_2025)
    (conflict,) = reviews.filter(conflict=True)
    assert conflict.reviewer.username == "council" and conflict.conflict_note
    assert conflict.submitted_at is None and conflict.scores == {}
    assert set(reviews.values_list("reviewer__username", flat=True)) == {
        "officer",
        "finance",
        "council",
    }
    submitted = reviews.filter(submitted_at__isnull=False)
    assert submitted.count() == 10 * 3 - 1
    assert all(r.submitted_at < call_2025.results_published_at for r in submitted)
    decided = call_2025.applications.exclude(state=ApplicationState.INELIGIBLE)
    ranked = list(decided.order_by("rank"))
    assert [a.rank for a in ranked] == list(range(1, 11))
    assert [a.state for a in ranked] == ["selected"] * 6 + ["reserve"] * 2 + ["not_selected"] * 2


def test_six_awards_within_the_envelope_each_a_grant_convention_in_force(call_2025):
    selected = call_2025.applications.filter(state=ApplicationState.SELECTED)
    assert selected.count() == 6
    total = sum(a.awarded for a in selected)
    assert total <= call_2025.envelope
    for application in selected:
        assert call_2025.min_grant <= application.awarded <= call_2025.max_grant
        assert application.awarded <= application.totals()["requested"]
        agreement = application.agreement
        assert agreement.kind.code == "grant" and agreement.is_public
        roles = {party.role: party.partner for party in agreement.parties.all()}
        assert roles[PartyRole.BENEFICIARY] == application.association
        assert agreement.stage == Stage.IN_FORCE
        assert agreement.council_date == date(2025, 5, 6)
        (point,) = agreement.council_points.all()
        assert point.session.opens_on == date(2025, 5, 6) and point.is_recorded
        assert point.decision_number == agreement.council_decision_number
        assert agreement.entered_into_force_on.month == 6
        assert agreement.title_en and agreement.internal_notes
        tranches = Obligation.objects.filter(party__agreement=agreement).order_by("tranche")
        assert sum(o.amount for o in tranches) == application.awarded
        first, _second = tranches
        assert first.outstanding_mad == 0
        (paid,) = Delivery.objects.filter(obligation=first)
        assert paid.recorded_by.username == "finance" and paid.delivered_on.year == 2025
        assert date(2025, 6, 1) <= paid.delivered_on < application.ends_on
    assert call_2025.applications.filter(agreement__isnull=False).count() == 6


def test_the_named_reviewers_and_the_committee_decision_that_adopted_the_selection(call_2025):
    named = set(call_2025.reviewers.values_list("username", flat=True))
    assert named == {"officer", "finance", "council"}
    decision = call_2025.selection_decision
    assert decision.committee.name_fr.startswith("Commission de sélection des projets associatifs")
    assert decision.meeting.status == "held" and decision.votes_for == 3
    held = timezone.localtime(decision.meeting.starts_at)
    assert held.date() == date(2025, 4, 28)
    assert held < call_2025.results_published_at
    members = {m.user.username for m in decision.committee.memberships.all()}
    assert members == named


def test_reports_accepted_release_the_second_tranche_one_is_sent_back(call_2025):
    selected = call_2025.applications.filter(state=ApplicationState.SELECTED)
    done, sent_back = [], []
    for application in selected:
        reports = {report.kind: report for report in application.reports.all()}
        assert set(reports) == {"final", "financial"}
        assert all(r.submitted_at and r.submitted_at.year in (2025, 2026) for r in reports.values())
        assert reports["financial"].documents.filter(kind="statement").exists()
        second = Obligation.objects.get(party__agreement=application.agreement, tranche=2)
        if reports["final"].state == ReportState.ACCEPTED:
            assert second.outstanding_mad == 0
            done.append(application)
        else:
            assert reports["final"].state == ReportState.CHANGES
            assert reports["final"].decision_note
            assert second.outstanding_mad == second.amount
            sent_back.append(application)
    assert (len(done), len(sent_back)) == (5, 1)
    # The overdue report keeps the association from submitting to the open call.
    (late,) = sent_back
    draft = Application.objects.get(call__state=CallState.PUBLISHED, association=late.association)
    assert any(late.title in message for message in rule_breaches(draft))


def test_the_representatives_without_an_account_cannot_sign_in():
    representatives = User.objects.filter(role="association").exclude(username="assoc-tamraght")
    assert representatives.count() >= 5
    assert not any(user.has_usable_password() for user in representatives)


def test_the_current_call_is_open_with_drafts_and_one_submission():
    call = Call.objects.get(title_fr__startswith="Appel à projets", state=CallState.PUBLISHED)
    assert call.is_open()
    assert str(timezone.localdate().year + 1) in call.title_fr
    assert 25 <= (call.closes_at - timezone.now()).days <= 31
    states = sorted(call.applications.values_list("state", flat=True))
    assert states == ["draft", "draft", "submitted"]
    mine = call.applications.get(association__representatives__username="assoc-tamraght")
    assert mine.state == ApplicationState.DRAFT and mine.documents.count() == 2


def test_a_second_load_adds_nothing():
    models = [
        Call,
        Application,
        BudgetLine,
        ApplicationDocument,
        Review,
        GrantReport,
        Agreement,
        Delivery,
        User,
    ]
    before = {model: model.objects.count() for model in models}
    output = load_demo()
    assert {model: model.objects.count() for model in models} == before
    assert set(re.findall(r"created\s+(\d+),", output)) == {"0"}
    assert re.search(r"calls for projects\s+created\s+0, already present\s+2", output)
