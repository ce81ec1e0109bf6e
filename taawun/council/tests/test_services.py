"""The council's sessions and points, and the outcome moving the agreement through its own
lifecycle step (issue 12 #5)."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone, translation

from taawun.agreements.choices import CouncilRejection, EventAction, Stage
from taawun.agreements.models import Agreement, Event
from taawun.agreements.tests.factories import AgreementFactory, kind
from taawun.council import services
from taawun.council.choices import PointResult, SessionStatus
from taawun.council.models import CouncilSession, SessionPoint

from .factories import CouncilSessionFactory, SessionPointFactory

pytestmark = pytest.mark.django_db


def session_data(**extra):
    return {
        "kind": "ordinary",
        "name_ar": "الدورة العادية لشهر ماي 2025",
        "name_fr": "Session ordinaire de mai 2025",
        "opens_on": date(2025, 5, 5),
        "venue_ar": "مقر الجماعة",
        "venue_fr": "Siège de la commune",
        **extra,
    }


# Sessions -------------------------------------------------------------------------------------


def test_a_new_session_is_saved_unpublished_with_its_history(users):
    session = services.session_save(by=users["officer"], **session_data())
    assert session.is_public is False
    assert session.status == SessionStatus.PLANNED
    assert session.history.first().history_user == users["officer"]
    with translation.override("ar"):
        assert str(session) == "الدورة العادية لشهر ماي 2025"
    with translation.override("fr"):
        assert str(session) == "Session ordinaire de mai 2025"


def test_an_ordinary_session_opens_in_the_months_of_the_law():
    with translation.override("en"), pytest.raises(ValidationError) as error:
        services.session_save(**session_data(opens_on=date(2025, 3, 3)))
    assert "February, May, October" in str(error.value.message_dict["opens_on"])
    assert not CouncilSession.objects.exists()
    # An extraordinary one may open at any time.
    services.session_save(**session_data(kind="extraordinary", opens_on=date(2025, 3, 3)))


@override_settings(COUNCIL_ORDINARY_MONTHS=(3, 6, 10))
def test_the_ordinary_months_are_data():
    services.session_save(**session_data(opens_on=date(2025, 3, 3)))
    with pytest.raises(ValidationError):
        services.session_save(**session_data(opens_on=date(2025, 2, 3)))


def test_a_session_name_needs_arabic_and_french():
    with pytest.raises(ValidationError) as error:
        services.session_save(**session_data(name_fr=""))
    assert "name_fr" in error.value.message_dict


def test_a_control_character_in_a_name_is_refused():
    with pytest.raises(ValidationError):
        services.session_save(**session_data(name_fr="Session\u202eordinaire"))


def test_a_stale_edit_is_refused(session):
    from taawun.core.concurrency import StaleEdit

    services.session_save(session=session, expected_version=1, venue_fr="Salle A")
    with pytest.raises(StaleEdit):
        services.session_save(session=session, expected_version=1, venue_fr="Salle B")


# Points ---------------------------------------------------------------------------------------


def test_a_new_point_goes_last(session):
    first = services.point_save(session=session, title_ar="نقطة أولى", title_fr="Premier point")
    second = services.point_save(session=session, title_ar="نقطة ثانية", title_fr="Second point")
    assert (first.order, second.order) == (1, 2)


def test_the_same_agreement_once_per_session(session, on_agenda):
    services.point_save(session=session, title_ar="أ", title_fr="A", agreement=on_agenda)
    with pytest.raises(ValidationError):
        services.point_save(session=session, title_ar="ب", title_fr="B", agreement=on_agenda)


def test_proposed_are_the_agreements_waiting_for_deliberation_not_yet_on_a_session(
    session, on_agenda
):
    AgreementFactory(stage=Stage.DRAFT)
    AgreementFactory(stage=Stage.COUNCIL_APPROVED)
    elsewhere = AgreementFactory(stage=Stage.AGENDA)
    SessionPointFactory(agreement=elsewhere)  # on another session's agenda, outcome awaited
    assert list(services.points_proposed(session)) == [on_agenda]


def test_adding_the_proposed_agreements(session, on_agenda, users):
    services.point_save(session=session, title_ar="أ", title_fr="Ouverture")
    added = services.points_add_proposed(session=session, by=users["officer"])
    assert [(p.order, p.agreement) for p in added] == [(2, on_agenda)]
    assert added[0].title_fr == on_agenda.title_fr
    assert list(services.points_proposed(session)) == []
    assert services.points_add_proposed(session=session) == []


def test_a_cancelled_session_takes_no_proposed_points(session, on_agenda):
    services.session_save(session=session, status="cancelled")
    with pytest.raises(ValidationError):
        services.points_add_proposed(session=session)
    assert not session.points.exists()


# Outcomes -------------------------------------------------------------------------------------


def record(point, votes_for=21, votes_against=3, **extra):
    return services.point_record_outcome(
        point=point,
        votes_for=votes_for,
        votes_against=votes_against,
        votes_abstaining=extra.pop("votes_abstaining", 1),
        decision_number=extra.pop("decision_number", "12/2025"),
        **extra,
    )


def test_an_adopted_point_approves_the_agreement_through_its_own_step(session, on_agenda, users):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    record(point, by=users["officer"], result="adopted")
    point.refresh_from_db()
    on_agenda.refresh_from_db()
    assert point.result == PointResult.ADOPTED
    assert point.recorded_at is not None
    assert (point.votes_for, point.votes_against, point.votes_abstaining) == (21, 3, 1)
    assert on_agenda.stage == Stage.COUNCIL_APPROVED
    assert on_agenda.council_decision_number == "12/2025"
    assert on_agenda.council_date == session.opens_on
    assert on_agenda.council_session_fr == session.name_fr
    assert on_agenda.council_session_ar == session.name_ar
    # The same Event and history as from the agreement page.
    event = Event.objects.get(agreement=on_agenda, action=EventAction.DELIBERATION)
    assert event.by == users["officer"]
    assert event.facts["votes_for"] == 21
    assert on_agenda.history.first().history_user == users["officer"]
    assert point.history.first().history_user == users["officer"]
    session.refresh_from_db()
    assert session.status == SessionStatus.HELD


def test_a_rejected_point_follows_the_kind_rule_rejected(session, on_agenda):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    record(point, votes_for=5, votes_against=20, result="rejected")
    on_agenda.refresh_from_db()
    assert on_agenda.stage == Stage.REJECTED
    assert Event.objects.filter(agreement=on_agenda, action=EventAction.REJECTION).exists()
    assert SessionPoint.objects.get().result == PointResult.REJECTED


def test_a_rejected_point_follows_the_kind_rule_back_to_draft(session, commune):
    back = kind("partnership")
    back.council_rejection = CouncilRejection.DRAFT
    back.save()
    agreement = AgreementFactory(kind=back, stage=Stage.AGENDA)
    point = SessionPointFactory(session=session, agreement=agreement)
    record(point, votes_for=10, votes_against=10)  # a tie is a rejection
    agreement.refresh_from_db()
    assert agreement.stage == Stage.DRAFT
    assert agreement.council_decision_number == ""
    assert SessionPoint.objects.get().result == PointResult.REJECTED
    # Reworked and back on the agenda, it is proposed again.
    agreement.stage = Stage.AGENDA
    agreement.save()
    later = CouncilSessionFactory(opens_on=session.opens_on + timedelta(days=90))
    assert list(services.points_proposed(later)) == [agreement]


def test_a_refusal_of_the_step_leaves_point_and_agreement_unchanged(session, users):
    draft = AgreementFactory(stage=Stage.DRAFT)
    point = SessionPointFactory(session=session, agreement=draft)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        record(point, by=users["officer"])
    assert "not possible while the agreement is at the stage" in " ".join(error.value.messages)
    point.refresh_from_db()
    draft.refresh_from_db()
    assert point.recorded_at is None and point.result == "" and point.votes_for is None
    assert draft.stage == Stage.DRAFT
    assert not Event.objects.filter(agreement=draft).exists()
    session.refresh_from_db()
    assert session.status == SessionStatus.PLANNED


def test_a_session_in_the_future_cannot_deliberate(on_agenda):
    future = CouncilSessionFactory(
        kind="extraordinary", opens_on=timezone.localdate() + timedelta(days=10)
    )
    point = SessionPointFactory(session=future, agreement=on_agenda)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        record(point)
    assert "cannot be in the future" in " ".join(error.value.messages)
    on_agenda.refresh_from_db()
    assert on_agenda.stage == Stage.AGENDA
    assert SessionPoint.objects.get().recorded_at is None


def test_a_result_that_contradicts_the_counts_is_refused(session, on_agenda):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        record(point, votes_for=3, votes_against=10, result="adopted")
    assert "result" in error.value.message_dict
    on_agenda.refresh_from_db()
    assert on_agenda.stage == Stage.AGENDA


@pytest.mark.parametrize(
    ("counts", "number"),
    [((-1, 0, 0), "1/2025"), ((201, 0, 0), "1/2025"), ((10, 0, 0), "  ")],
)
def test_bad_counts_or_no_number_are_refused(session, on_agenda, counts, number):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    with pytest.raises(ValidationError):
        services.point_record_outcome(
            point=point,
            votes_for=counts[0],
            votes_against=counts[1],
            votes_abstaining=counts[2],
            decision_number=number,
        )
    on_agenda.refresh_from_db()
    assert on_agenda.stage == Stage.AGENDA


def test_an_outcome_is_recorded_once(session, on_agenda):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    record(point)
    with pytest.raises(ValidationError):
        record(SessionPoint.objects.get(pk=point.pk))
    assert Event.objects.filter(action=EventAction.DELIBERATION).count() == 1


def test_a_point_without_agreement_records_its_outcome(session):
    point = SessionPointFactory(session=session)
    record(point, votes_for=2, votes_against=5)
    assert SessionPoint.objects.get().result == PointResult.REJECTED


def test_a_deliberation_already_on_the_agreement_is_not_taken_twice(session):
    """Recorded from the agreement page (or before the platform) with the same number: the
    point takes the outcome, the agreement does not move again."""
    agreement = AgreementFactory(
        stage=Stage.IN_FORCE, council_date=session.opens_on, council_decision_number="7/2025"
    )
    point = SessionPointFactory(session=session, agreement=agreement)
    record(point, decision_number="7/2025")
    agreement.refresh_from_db()
    assert agreement.stage == Stage.IN_FORCE
    assert not Event.objects.filter(agreement=agreement).exists()
    assert SessionPoint.objects.get().result == PointResult.ADOPTED


def test_a_recorded_point_keeps_its_agreement(session, on_agenda):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    record(point)
    point = SessionPoint.objects.get()
    with pytest.raises(ValidationError):
        services.point_save(session=session, point=point, agreement=None)
    services.point_save(session=session, point=point, title_fr="Titre corrigé")
    assert Agreement.objects.get(pk=on_agenda.pk).council_points.get().title_fr == "Titre corrigé"


def test_a_cancelled_session_records_no_outcome(session, on_agenda):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    services.session_save(session=session, status="cancelled")
    with pytest.raises(ValidationError):
        record(SessionPoint.objects.get(pk=point.pk))
    on_agenda.refresh_from_db()
    assert on_agenda.stage == Stage.AGENDA
