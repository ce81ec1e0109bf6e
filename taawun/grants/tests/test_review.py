"""The committee's review: screening with reasons, reviewers who declare a tie are excluded,
scores hidden until one's own is submitted, the ranking of the weighted grid (computed here by
hand), a selection that cannot exceed the envelope, and an award that becomes a grant
convention with the right parties and tranches, in the ordinary lifecycle."""

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from taawun.accounts.tests.factories import UserFactory
from taawun.agreements.choices import PartyRole
from taawun.grants import services
from taawun.grants.models import Call
from taawun.partners.tests.factories import PartnerFactory

from .awarded import selection_decision
from .conftest import complete

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def reviewing(call, users, locality):
    """Three submitted applications, screened: two eligible, one not; the call under review."""
    others = [
        UserFactory(
            username=f"assoc-{n}",
            role="association",
            partner=PartnerFactory(kind="association", name_fr=f"Association {n}"),
        )
        for n in ("imi-miki", "tamzait")
    ]
    applications = [
        complete(users["association"], call, locality, requested="30000"),
        complete(others[0], call, locality, requested="40000", title="Tournoi de quartier"),
        complete(others[1], call, locality, requested="20000", title="Atelier de couture"),
    ]
    for application in applications:
        services.application_submit(application=application, by=user_of(application, users, others))
    with time_machine.travel(call.closes_at + timedelta(minutes=1)):
        services.call_step(call=call, step="close", by=users["officer"])
    first, second, third = applications
    with pytest.raises(ValidationError):  # a refusal says why
        services.application_screen(application=third, eligible=False, by=users["officer"])
    services.application_screen(
        application=third,
        eligible=False,
        reasons="Récépissé définitif expiré.",
        by=users["officer"],
    )
    for application in (first, second):
        services.application_screen(application=application, eligible=True, by=users["officer"])
    services.call_step(call=call, step="review", by=users["officer"])
    for application in applications:
        application.refresh_from_db()
    return applications


def user_of(application, users, others):
    for user in [users["association"], *others]:
        if user.partner_id == application.association_id:
            return user
    raise AssertionError


def scores(call, points, eliminatory=True):
    """Scores by criterion id: the scored criteria take `points` in order."""
    result, values = {}, iter(points)
    for criterion in call.criteria.all():
        result[str(criterion.pk)] = eliminatory if criterion.eliminatory else next(values)
    return result


def test_a_reviewer_tied_to_the_applicant_cannot_score_it(reviewing, users, call):
    first = reviewing[0]
    review = services.review_declare(
        application=first, by=users["council"], conflict=True, note="Membre du bureau"
    )
    with pytest.raises(ValidationError, match="tie to the applicant"):
        services.review_submit(review=review, scores=scores(call, [20] * 7), by=users["council"])
    with pytest.raises(ValidationError, match="already declared"):
        services.review_declare(application=first, by=users["council"], conflict=False)
    with pytest.raises(PermissionDenied):  # an association does not review
        services.review_declare(application=first, by=users["association"], conflict=False)


def test_scores_are_hidden_until_ones_own_is_submitted(reviewing, users, call):
    first = reviewing[0]
    officer = services.review_declare(application=first, by=users["officer"], conflict=False)
    finance = services.review_declare(application=first, by=users["finance"], conflict=False)
    services.review_submit(
        review=officer, scores=scores(call, [20, 15, 20, 15, 15, 10, 5]), by=users["officer"]
    )
    assert services.visible_reviews(first, users["finance"]) == [finance]  # only their own
    services.review_submit(
        review=finance, scores=scores(call, [10, 5, 10, 5, 5, 5, 0]), by=users["finance"]
    )
    assert set(services.visible_reviews(first, users["finance"])) == {officer, finance}
    assert services.visible_reviews(first, users["partner"]) == []
    with pytest.raises(ValidationError, match="no longer change"):
        services.review_submit(review=finance, scores=scores(call, [0] * 7), by=users["finance"])


def test_the_ranking_follows_the_weighted_grid_computed_by_hand(reviewing, users, call):
    first, second, _third = reviewing
    grid = [
        # (application, reviewer, points on the seven scored criteria)
        (first, "officer", [18, 12, 15, 10, 12, 8, 4]),  # 79
        (first, "finance", [16, 10, 14, 12, 10, 6, 3]),  # 71 -> mean 75.00
        (second, "officer", [20, 15, 18, 14, 14, 9, 5]),  # 95
        (second, "finance", [19, 13, 18, 13, 12, 8, 4]),  # 87 -> mean 91.00
    ]
    for application, role, points in grid:
        review = services.review_declare(application=application, by=users[role], conflict=False)
        services.review_submit(review=review, scores=scores(call, points), by=users[role])
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.score, second.score) == (Decimal("75.00"), Decimal("91.00"))
    assert (second.rank, first.rank) == (1, 2)
    with pytest.raises(ValidationError, match="between 0 and 20 points"):
        review = services.review_declare(application=first, by=users["council"], conflict=False)
        services.review_submit(
            review=review, scores=scores(call, [21, 0, 0, 0, 0, 0, 0]), by=users["council"]
        )


def test_an_eliminatory_no_puts_the_application_out_of_the_ranking(reviewing, users, call):
    first = reviewing[0]
    review = services.review_declare(application=first, by=users["officer"], conflict=False)
    services.review_submit(
        review=review,
        scores=scores(call, [20, 15, 20, 15, 15, 10, 5], eliminatory=False),
        by=users["officer"],
    )
    first.refresh_from_db()
    assert first.score is None and first.rank is None


def scored(reviewing, users, call):
    first, second, _third = reviewing
    for application in (first, second):
        review = services.review_declare(
            application=application, by=users["officer"], conflict=False
        )
        services.review_submit(
            review=review, scores=scores(call, [15, 10, 15, 10, 10, 5, 5]), by=users["officer"]
        )
    return first, second


def test_a_selection_beyond_the_envelope_is_refused(reviewing, users, call):
    first, second = scored(reviewing, users, call)
    call.envelope = Decimal("60000")
    call.save()
    with pytest.raises(ValidationError) as raised:
        services.select_awards(
            call=call,
            awards={first: "30000", second: "40000"},
            decision=selection_decision(users["officer"]),
            by=users["officer"],
        )
    assert raised.value.messages == [
        "The awards come to 70,000 MAD, 10,000 above the envelope of 60,000 MAD."
    ]
    with pytest.raises(ValidationError, match="between 10,000 MAD and 30,000 MAD"):
        services.select_awards(
            call=call,
            awards={first: "35000"},
            decision=selection_decision(users["officer"], name="Autre commission"),
            by=users["officer"],
        )
    first.refresh_from_db()
    assert first.state == "eligible" and first.agreement is None
    call.refresh_from_db()
    assert call.selection_decision is None


def test_the_selection_names_the_committee_decision_that_adopted_it_once(reviewing, users, call):
    first, second = scored(reviewing, users, call)
    with pytest.raises(ValidationError, match="Name the committee's decision"):
        services.select_awards(
            call=call, awards={first: "25000"}, decision=None, by=users["officer"]
        )
    decision = selection_decision(users["officer"])
    other = Call.objects.get(pk=call.pk)  # a second call of the same year, copied
    other.pk, other.number, other.reference = None, call.number + 1, f"{call.reference}-B"
    other._state.adding = True
    other.selection_decision = decision
    other.save()
    with pytest.raises(ValidationError, match="already adopted the selection of another call"):
        services.select_awards(
            call=call, awards={first: "25000"}, decision=decision, by=users["officer"]
        )
    other.selection_decision = None
    other.save()
    services.select_awards(
        call=call, awards={first: "25000"}, decision=decision, by=users["officer"]
    )
    call.refresh_from_db()
    assert call.selection_decision == decision
    assert call.history.first().history_user == users["officer"]


def test_once_the_call_names_its_reviewers_only_they_score(reviewing, users, call):
    first, _second, _third = reviewing
    with pytest.raises(ValidationError, match="one of the commune's people"):
        services.call_reviewers_set(
            call=call, reviewers=[users["association"]], by=users["officer"]
        )
    with pytest.raises(PermissionDenied):
        services.call_reviewers_set(call=call, reviewers=[users["finance"]], by=users["council"])
    services.call_reviewers_set(call=call, reviewers=[users["finance"]], by=users["officer"])
    assert users["finance"].has_perm("grants.review_application", first)
    assert not users["council"].has_perm("grants.review_application", first)
    with pytest.raises(PermissionDenied):
        services.review_declare(application=first, by=users["council"], conflict=False)
    services.review_declare(application=first, by=users["finance"], conflict=False)
    # One who has declared stays named; the others may be added.
    with pytest.raises(ValidationError, match="stays named"):
        services.call_reviewers_set(call=call, reviewers=[users["council"]], by=users["officer"])
    services.call_reviewers_set(
        call=call, reviewers=[users["finance"], users["council"]], by=users["officer"]
    )
    assert users["council"].has_perm("grants.review_application", first)
    named = call.history.order_by("-history_id").first().reviewers.values_list("user_id", flat=True)
    assert set(named) == {users["finance"].pk, users["council"].pk}  # kept in its history


def test_an_award_becomes_a_grant_convention_with_its_parties_and_tranches(reviewing, users, call):
    first, second = scored(reviewing, users, call)
    services.select_awards(
        call=call,
        awards={first: "25000"},
        reserve=[second],
        decision=selection_decision(users["officer"]),
        by=users["officer"],
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == ("selected", "reserve")
    agreement = first.agreement
    assert agreement.kind.code == "grant" and agreement.stage == "draft"
    roles = {party.role: party.partner for party in agreement.parties.all()}
    assert roles[PartyRole.BENEFICIARY] == first.association
    funder = agreement.parties.get(role=PartyRole.FUNDER)
    tranches = list(funder.obligations.order_by("tranche").values_list("tranche", "amount"))
    assert tranches == [(1, Decimal("12500.00")), (2, Decimal("12500.00"))]
    assert agreement.reference == f"SUB-{first.reference}"
    services.call_step(call=call, step="results", by=users["officer"])
    call.refresh_from_db()
    assert call.state == "results" and call.results_published_at is not None
