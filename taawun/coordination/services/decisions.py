"""Decisions, numbered per committee and year, and the action items that follow them."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.agreements.services import amendment_save
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import assign

from ..choices import ActionStatus, DecisionKind, DecisionRule, MeetingStatus
from ..models import ActionItem, Decision, Meeting
from ..selectors import quorum
from .committees import saved

DECISION_FIELDS = [
    "agenda_item",
    "kind",
    "text_ar",
    "text_fr",
    "text_en",
    "by_consensus",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "agreement",
    "project",
]
ACTION_FIELDS = [
    "decision",
    "meeting",
    "title_ar",
    "title_fr",
    "title_en",
    "owner_partner",
    "owner_user",
    "owner_name",
    "due_on",
    "priority",
]
# Content of the amendment a decision opens, in both languages of the register.
AMENDMENT_TITLE = {
    "title_ar": "ملحق مطلوب بمقرر اللجنة رقم %(reference)s",
    "title_fr": "Avenant demandé par la décision n° %(reference)s du comité",
}


def _vote_refusal(decision, committee, count):
    if committee.decision_rule == DecisionRule.CONSENSUS and not decision.by_consensus:
        return _("This committee decides by consensus.")
    if decision.by_consensus:
        return None
    cast = (decision.votes_for or 0) + (decision.votes_against or 0)
    if cast + (decision.votes_abstain or 0) > count.votes_possible:
        return _("More votes than voting members present and proxies (%(n)s).") % {
            "n": count.votes_possible
        }
    carried = (
        decision.votes_for * 3 >= cast * 2
        if committee.decision_rule == DecisionRule.TWO_THIRDS
        else decision.votes_for > (decision.votes_against or 0)
    )
    return None if carried else _("The vote does not carry under the committee's rule.")


def _open_amendment(decision, by):
    agreement = decision.agreement or decision.committee.agreement
    if agreement is None:
        raise ValidationError(
            {"agreement": _("Name the agreement whose amendment the committee requests.")}
        )
    number = (agreement.amendments.aggregate(n=Max("number"))["n"] or 0) + 1
    titles = {k: v % {"reference": decision.reference} for k, v in AMENDMENT_TITLE.items()}
    day = timezone.localtime(decision.meeting.starts_at).date()
    decision.agreement = agreement
    decision.amendment = amendment_save(
        agreement=agreement, by=by, number=number, dated=day, **titles
    )


@transaction.atomic
def decision_record(*, meeting: Meeting, by=None, **fields) -> Decision:
    """Record a decision of a held meeting whose quorum is reached. Its number is the next of
    its committee in the meeting's year, taken under the committee's lock so two decisions
    recorded at once never share one. "Request an amendment" opens a draft amendment of the
    agreement through the agreements' own service (its refusals apply)."""
    committee = lock(meeting.committee)
    meeting = lock(meeting)
    if meeting.status != MeetingStatus.HELD:
        raise ValidationError(_("Decisions are recorded for a meeting that has been held."))
    count = quorum(meeting)
    if not count.reached:
        raise ValidationError(
            _("The quorum is not reached (%(present)s present, %(required)s required).")
            % {"present": count.present, "required": count.required}
        )
    decision = Decision(committee=committee, meeting=meeting)
    assign(decision, fields, DECISION_FIELDS)
    decision.year = timezone.localtime(meeting.starts_at).year
    last = committee.decisions.filter(year=decision.year).aggregate(n=Max("number"))["n"]
    decision.number = (last or 0) + 1
    decision.full_clean()
    reason = _vote_refusal(decision, committee, count)
    if reason:
        raise ValidationError(reason)
    if decision.kind == DecisionKind.AMENDMENT:
        _open_amendment(decision, by)
    return saved(decision, by)


@transaction.atomic
def action_item_save(
    *, item: ActionItem | None = None, by=None, expected_version=None, **fields
) -> ActionItem:
    """Create an action item from a decision or a meeting (its committee follows), or change
    one. Its status moves through action_item_set_status()."""
    item = item or ActionItem()
    advance(item, expected_version)
    assign(item, fields, ACTION_FIELDS)
    source = item.decision or item.meeting
    if source is not None:
        item.committee_id = source.committee_id
        if item.decision is not None and item.meeting_id is None:
            item.meeting_id = item.decision.meeting_id
    return saved(item, by)


@transaction.atomic
def action_item_set_status(
    *,
    item: ActionItem,
    status: str,
    evidence: str = "",
    evidence_file=None,
    blocked_reason: str = "",
    by=None,
    expected_version=None,
) -> ActionItem:
    """Move an action item on. Done needs evidence (a text, a file or both), blocked a reason;
    done and cancelled are final. The owner organisation's representative may do it too."""
    if by is not None and not by.has_perm("coordination.set_action_status", item):
        raise PermissionDenied
    item = lock(item)
    advance(item, expected_version)
    if item.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
        raise ValidationError(_("A finished or cancelled action item can no longer change."))
    item.status = status
    item.blocked_reason = blocked_reason if status == ActionStatus.BLOCKED else ""
    if status == ActionStatus.DONE:
        item.evidence = evidence
        if evidence_file:
            content_type, extension = validate_document(evidence_file)
            item.evidence_file.save(f"evidence.{extension}", evidence_file, save=False)
            item.evidence_type = content_type
        item.done_on = timezone.localdate()
    return saved(item, by)
