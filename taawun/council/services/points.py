"""The points of a session's agenda and their outcome.

Recording the outcome of a point that names an agreement is the council's deliberation of that
agreement: it goes through the agreements' own step (`agreements.services.record_deliberation`,
the one the agreement page's next-step box calls), with the same refusals, the same timeline
Event and the same history. Adopted → approved by the council; rejected → the kind's rule says
where the file goes. Point and agreement change together or not at all.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.agreements import lifecycle
from taawun.agreements import services as agreements_services
from taawun.agreements.models import Agreement
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, stamp

from ..choices import PointResult, SessionStatus
from ..models import CouncilSession, SessionPoint
from .sessions import saved

POINT_FIELDS = ["order", "title_ar", "title_fr", "title_en", "agreement"]
OUTCOME_FIELDS = [
    "votes_for",
    "votes_against",
    "votes_abstaining",
    "decision_number",
    "result",
    "recorded_at",
    "version",
    "updated_at",
]
MAX_VOTES = 200  # the agreements' deliberation form's bound too


def deliberation_stages():
    """The stages the agreements' deliberation step accepts (read from its STEPS table)."""
    return lifecycle.STEPS["deliberation"].stages


def _next_order(session):
    last = session.points.aggregate(last=Max("order"))["last"]
    return (last or 0) + 1


def points_proposed(session: CouncilSession):
    """Agreements waiting for the council's deliberation (at the stage its step accepts), that
    are not yet on a session's agenda awaiting their outcome, nor on this session's."""
    waiting = SessionPoint.objects.pending().filter(agreement__isnull=False)
    return (
        Agreement.objects.filter(stage__in=deliberation_stages())
        .exclude(pk__in=waiting.values("agreement_id"))
        .exclude(pk__in=session.points.filter(agreement__isnull=False).values("agreement_id"))
        .order_by("reference", "pk")
    )


@transaction.atomic
def point_save(
    *,
    session: CouncilSession,
    point: SessionPoint | None = None,
    by=None,
    expected_version=None,
    **fields,
) -> SessionPoint:
    """Add a point to `session` (last, unless an order is given), or change `point`. Once its
    outcome is recorded, the point keeps its agreement: the deliberation is a legal fact."""
    point = point or SessionPoint(session=session)
    if point.session_id != session.pk:
        raise ValueError("This point belongs to another session.")
    if point.pk is not None:
        lock(point)  # compared with the row as it is, not as a refused call left the object
    advance(point, expected_version)
    before = point.agreement_id
    assign(point, fields, POINT_FIELDS)
    if point.is_recorded and point.agreement_id != before:
        raise ValidationError(
            {"agreement": _("The outcome is recorded: the point keeps its agreement.")}
        )
    if point.pk is None and not fields.get("order"):
        point.order = _next_order(session)
    return saved(point, by)


@transaction.atomic
def points_add_proposed(*, session: CouncilSession, by=None) -> list[SessionPoint]:
    """Put every proposed agreement on `session`'s agenda, after its points, titled after the
    agreement in each language. Returns the points added."""
    lock(session)
    if session.status == SessionStatus.CANCELLED:
        raise ValidationError(_("This session is cancelled: its agenda no longer changes."))
    order = _next_order(session)
    added = []
    for agreement in points_proposed(session):
        point = SessionPoint(
            session=session,
            order=order,
            agreement=agreement,
            title_ar=(agreement.title_ar or agreement.title_fr)[:300],
            title_fr=(agreement.title_fr or agreement.title_ar)[:300],
            title_en=agreement.title_en[:300],
        )
        added.append(saved(point, by))
        order += 1
    return added


def _result(votes_for, votes_against):
    """The agreements' rule: more votes for than against adopts; otherwise (a tie included) the
    point is rejected."""
    return PointResult.ADOPTED if votes_for > votes_against else PointResult.REJECTED


def _check_votes(votes_for, votes_against, votes_abstaining):
    for value in (votes_for, votes_against, votes_abstaining):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_VOTES:
            raise ValidationError(
                _("Each count of votes is a whole number from 0 to %(max)s.") % {"max": MAX_VOTES}
            )


@transaction.atomic
def point_record_outcome(
    *,
    point: SessionPoint,
    votes_for: int,
    votes_against: int,
    votes_abstaining: int = 0,
    decision_number: str,
    result: str = "",
    held_on: date | None = None,
    by=None,
    expected_version=None,
) -> SessionPoint:
    """Record the council's vote on `point` (the session's opening day unless `held_on`).

    A point naming an agreement moves it through `record_deliberation` — refused there as on
    the agreement page (its stage, a date in the future…), and then nothing changes here
    either. An agreement whose deliberation is already on its file with this decision number
    (recorded from its page) is not moved twice: the point takes the outcome. `result`, when
    given, must agree with the counts (the agreements' rule decides adoption)."""
    session = lock(point.session)
    lock(point)
    if point.is_recorded:
        raise ValidationError(_("The outcome of this point is already recorded."))
    if session.status == SessionStatus.CANCELLED:
        raise ValidationError(_("This session is cancelled: no outcome can be recorded."))
    _check_votes(votes_for, votes_against, votes_abstaining)
    decision_number = (decision_number or "").strip()
    if not decision_number:
        raise ValidationError({"decision_number": _("Give the number of the council's decision.")})
    expected = _result(votes_for, votes_against)
    if result and result != expected:
        raise ValidationError(
            {
                "result": _(
                    "The counts say “%(expected)s”: an agreement is adopted only with more "
                    "votes for than against."
                )
                % {"expected": PointResult(expected).label}
            }
        )
    held_on = held_on or session.opens_on
    agreement = point.agreement
    if agreement is not None and not _already_deliberated(agreement, decision_number):
        # The agreements' own step: its require(), its refusals, its Event, its history.
        agreements_services.record_deliberation(
            agreement=agreement,
            session_ar=session.name_ar,
            session_fr=session.name_fr,
            held_on=held_on,
            decision_number=decision_number,
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstaining=votes_abstaining,
            by=by,
        )
    advance(point, expected_version)
    point.votes_for, point.votes_against = votes_for, votes_against
    point.votes_abstaining = votes_abstaining
    point.decision_number = decision_number
    point.result = expected
    point.recorded_at = timezone.now()
    point.full_clean()
    stamp(point, by)
    point.save(update_fields=OUTCOME_FIELDS)
    if session.status == SessionStatus.PLANNED and held_on <= timezone.localdate():
        # A session that voted was held.
        session_fields = {"status": SessionStatus.HELD}
        advance(session)
        assign(session, session_fields, ["status"])
        saved(session, by)
    return point


def _already_deliberated(agreement, decision_number):
    """The agreement's file already carries this deliberation (recorded from its page, or
    before the platform): not at the deliberation stage, same decision number."""
    lock(agreement)
    return (
        agreement.stage not in deliberation_stages()
        and agreement.council_date is not None
        and agreement.council_decision_number.strip() == decision_number
    )
