"""Meetings: planned, postponed, cancelled or held, with their agenda and attendance.

Every change attendees should see moves `sequence` on (RFC 5545 SEQUENCE), so a calendar that
already has the meeting replaces it; the `uid` never changes, whatever happens to the meeting.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign

from ..choices import ItemKind, MeetingStatus
from ..models import AgendaItem, Attendance, Committee, Meeting, Membership
from .committees import saved
from .invitations import TIME_AND_PLACE, invitations_follow

MEETING_FIELDS = [
    "kind",
    "starts_at",
    "ends_at",
    "mode",
    "venue_ar",
    "venue_fr",
    "venue_en",
    "online_url",
    "visibility",
]
AGENDA_FIELDS = [
    "title_ar",
    "title_fr",
    "title_en",
    "kind",
    "agreement",
    "obligation",
    "project",
    "amendment",
    "priority",
    "minutes_ar",
    "minutes_fr",
    "minutes_en",
]
# Content, not interface: stored in every language, whatever the editor's.
STATE_OF_ACTIONS = {
    "title_ar": "وضعية تنفيذ الإجراءات المقررة",
    "title_fr": "État d'avancement des actions décidées",
    "title_en": "State of action items",
}
FINAL = {MeetingStatus.HELD, MeetingStatus.CANCELLED}


def _bump(meeting):
    meeting.sequence += 1


@transaction.atomic
def meeting_save(
    *,
    committee: Committee,
    meeting: Meeting | None = None,
    by=None,
    expected_version=None,
    **fields,
) -> Meeting:
    """Plan a meeting of `committee`, or change one. A new meeting's agenda opens with the
    state of the action items; a change moves the calendar sequence on."""
    if meeting is not None and meeting.pk:
        meeting = lock(meeting)
        if meeting.committee_id != committee.pk:
            raise ValueError("This meeting belongs to another committee.")
        if meeting.status == MeetingStatus.CANCELLED:
            raise ValidationError(_("A cancelled meeting can no longer be changed."))
    new = meeting is None or meeting.pk is None
    meeting = meeting or Meeting(committee=committee)
    advance(meeting, expected_version)
    before = {n: getattr(meeting, meeting._meta.get_field(n).attname) for n in MEETING_FIELDS}
    assign(meeting, fields, MEETING_FIELDS)
    changed = {
        n for n, v in before.items() if getattr(meeting, meeting._meta.get_field(n).attname) != v
    }
    if not new and changed:
        _bump(meeting)
    saved(meeting, by)
    if not new and changed & set(TIME_AND_PLACE):
        invitations_follow(meeting, by=by)  # the invited get the new time or place
    if new:
        saved(
            AgendaItem(meeting=meeting, order=1, kind=ItemKind.INFORMATION, **STATE_OF_ACTIONS), by
        )
    return meeting


def _set_status(meeting, status, reason, by, **times):
    meeting.status = status
    meeting.status_reason = reason
    for name, value in times.items():
        setattr(meeting, name, value)
    _bump(meeting)
    advance(meeting)
    return saved(meeting, by)


@transaction.atomic
def meeting_postpone(
    *, meeting: Meeting, reason: str = "", starts_at=None, ends_at=None, by=None
) -> Meeting:
    """Postpone a meeting, to new times if they are known; it keeps its uid."""
    meeting = lock(meeting)
    if meeting.status in FINAL:
        raise ValidationError(_("A meeting held or cancelled cannot be postponed."))
    times = {}
    if starts_at is not None:
        times = {"starts_at": starts_at, "ends_at": ends_at or starts_at + meeting_length(meeting)}
    meeting = _set_status(meeting, MeetingStatus.POSTPONED, reason, by, **times)
    invitations_follow(meeting, by=by)
    return meeting


def meeting_length(meeting):
    return meeting.ends_at - meeting.starts_at


@transaction.atomic
def meeting_cancel(*, meeting: Meeting, reason: str = "", by=None) -> Meeting:
    """Cancel a meeting; it stays, with its uid, so calendars can be told."""
    meeting = lock(meeting)
    if meeting.status in FINAL:
        raise ValidationError(_("A meeting held or cancelled cannot be cancelled."))
    meeting = _set_status(meeting, MeetingStatus.CANCELLED, reason, by)
    invitations_follow(meeting, by=by, cancelled=True)  # METHOD CANCEL to the invited
    return meeting


@transaction.atomic
def meeting_mark_held(*, meeting: Meeting, by=None) -> Meeting:
    """The meeting took place: attendance, minutes and decisions may now be recorded."""
    meeting = lock(meeting)
    if meeting.status in FINAL:
        raise ValidationError(_("This meeting is already held or cancelled."))
    if meeting.starts_at > timezone.now():
        raise ValidationError(_("A meeting cannot be held before it starts."))
    return _set_status(meeting, MeetingStatus.HELD, "", by)


@transaction.atomic
def agenda_item_save(
    *, meeting: Meeting, item: AgendaItem | None = None, order=None, by=None, **fields
) -> AgendaItem:
    """Add an item to the agenda (last, or at `order`, the others moving down), or change one."""
    meeting = lock(meeting)
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("A cancelled meeting's agenda can no longer be changed."))
    item = item or AgendaItem(meeting=meeting)
    existing = item.pk is not None
    if item.meeting_id != meeting.pk:
        raise ValueError("This item is on another meeting's agenda.")
    assign(item, fields, AGENDA_FIELDS)
    others = list(meeting.agenda_items.exclude(pk=item.pk).order_by("order", "pk"))
    if order is None:
        order = item.order if item.pk else len(others) + 1
    position = min(max(int(order), 1), len(others) + 1)
    others.insert(position - 1, item)
    for number, row in enumerate(others, start=1):
        if row is item:
            row.order = number
        elif row.order != number:
            AgendaItem.objects.filter(pk=row.pk).update(order=number)
    saved(item, by)
    if existing is False or fields.keys() - {"minutes_ar", "minutes_fr", "minutes_en"}:
        _bump(meeting)
        advance(meeting)
        meeting.save(update_fields=["sequence", "version", "updated_at"])
    return item


@transaction.atomic
def attendance_record(
    *,
    meeting: Meeting,
    membership: Membership,
    reply: str | None = None,
    presence: str | None = None,
    proxy: Membership | None = None,
    by=None,
) -> Attendance:
    """A member's reply to the invitation and, once the meeting started, presence and proxy.
    Arguments left None keep what was recorded."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("A cancelled meeting has no attendance."))
    attendance = Attendance.objects.filter(meeting=meeting, membership=membership).first()
    attendance = attendance or Attendance(meeting=meeting, membership=membership)
    if reply is not None:
        attendance.reply = reply
    if presence is not None:
        if presence and meeting.starts_at > timezone.now():
            raise ValidationError(_("Presence is recorded once the meeting has started."))
        attendance.presence = presence
        attendance.proxy = proxy
    return saved(attendance, by)
