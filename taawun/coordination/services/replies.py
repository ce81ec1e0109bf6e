"""Replies to invitations by the invitee: the member's own user, or a representative of the
organisation the member represents (rules.reply_to_invitation)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.core.db import lock

from ..choices import MeetingStatus, Reply
from ..models import Attendance
from ..rules import reply_to_invitation
from .committees import saved


@transaction.atomic
def attendance_reply(*, attendance: Attendance, reply: str, by) -> Attendance:
    """The invitee accepts, declines or says it may come; refused once the meeting is over or
    cancelled."""
    if not reply_to_invitation(by, attendance):
        raise PermissionDenied
    attendance = lock(attendance)
    meeting = attendance.meeting
    if reply not in Reply.values:
        raise ValidationError(_("Choose a reply: accepted, declined or tentative."))
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("This meeting is cancelled: it takes no more replies."))
    if meeting.status == MeetingStatus.HELD or meeting.starts_at <= timezone.now():
        raise ValidationError(_("This meeting has started or is over: it takes no more replies."))
    attendance.reply = reply
    return saved(attendance, by)
