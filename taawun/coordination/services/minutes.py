"""Minutes: written per agenda item, circulated for comments, approved, then the signed scan."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document

from ..choices import MeetingStatus, MinutesStatus
from ..models import Meeting
from .committees import saved

# From each state, where the minutes may go: back to draft while circulated, never back from
# approved (approved minutes are corrected by the next meeting's minutes).
MOVES = {
    MinutesStatus.DRAFT: {MinutesStatus.CIRCULATED},
    MinutesStatus.CIRCULATED: {MinutesStatus.APPROVED, MinutesStatus.DRAFT},
    MinutesStatus.APPROVED: set(),
}


def minutes_refusal(meeting, to):
    """Why the minutes of `meeting` cannot move to `to` now, or None."""
    if meeting.minutes_status == MinutesStatus.APPROVED:
        return _("Approved minutes can no longer change.")
    if to not in MOVES[MinutesStatus(meeting.minutes_status)]:
        return _("The minutes cannot go from “%(from)s” to “%(to)s”.") % {
            "from": MinutesStatus(meeting.minutes_status).label,
            "to": MinutesStatus(to).label,
        }
    if meeting.status != MeetingStatus.HELD:
        return _("Minutes are circulated and approved once the meeting has been held.")
    if (
        to == MinutesStatus.CIRCULATED
        and not meeting.agenda_items.exclude(minutes_ar="", minutes_fr="").exists()
    ):
        return _("Write the minutes of at least one agenda item before circulating them.")
    return None


@transaction.atomic
def minutes_advance(*, meeting: Meeting, to: str, by=None) -> Meeting:
    """Move the minutes on: draft → circulated → approved (or back to draft from circulated)."""
    meeting = lock(meeting)
    reason = minutes_refusal(meeting, to)
    if reason:
        raise ValidationError(reason, code="minutes")
    meeting.minutes_status = to
    meeting.minutes_approved_at = timezone.now() if to == MinutesStatus.APPROVED else None
    advance(meeting)
    return saved(meeting, by)


@transaction.atomic
def minutes_attach_signed(*, meeting: Meeting, upload, by=None) -> Meeting:
    """Keep the signed scan of approved minutes, in the private storage, checked for what it
    really is."""
    meeting = lock(meeting)
    if meeting.minutes_status != MinutesStatus.APPROVED:
        raise ValidationError(_("The signed scan comes once the minutes are approved."))
    content_type, extension = validate_document(upload)
    meeting.signed_minutes.save(f"minutes.{extension}", upload, save=False)
    meeting.signed_minutes_type = content_type
    advance(meeting)
    return saved(meeting, by)
