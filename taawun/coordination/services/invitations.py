"""Invitations to a meeting: each member in office on the meeting's day gets an e-mail with the
meeting's .ics (METHOD REQUEST) — through accounts.notifications when the member has a user
account (in that person's language, unless they switched invitations off), through
coordination.tasks when only an e-mail address is known (in Arabic: nothing tells us the
person's language). Nothing is sent in the request: both are queued tasks.

Who was invited and when is recorded on the member's Attendance (`invited_at`, and the
calendar SEQUENCE sent, `invited_sequence`). When the time or the place of a meeting changes
after the invitations went out, or it is postponed, services/meetings.py calls
`invitations_follow()`: the invited get it again, with the higher SEQUENCE; when it is
cancelled, a METHOD CANCEL.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from taawun.accounts.notifications import CANCELLATION, notify
from taawun.accounts.notifications import INVITATION as INVITATION_TYPE
from taawun.core.calendars import calendar_bytes
from taawun.core.db import lock

from ..calendars import meeting_entry, meeting_filename
from ..choices import MeetingStatus
from ..models import Attendance, Meeting
from ..notifications import INVITATION, TEMPLATES
from .committees import saved

# What members changing would make an invitation out of date.
TIME_AND_PLACE = ["starts_at", "ends_at", "mode", "venue_ar", "venue_fr", "venue_en", "online_url"]


@dataclass
class Invited:
    """What an invitation run did: how many members were sent it, who has no address."""

    sent: int = 0
    unreachable: list = field(default_factory=list)


@transaction.atomic
def meeting_invite(*, meeting: Meeting, by=None) -> Invited:
    """Invite every member in office on the meeting's day (again, for those already invited:
    the same SEQUENCE, so a calendar keeps one copy)."""
    meeting = lock(meeting)
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED):
        raise ValidationError(_("A meeting held or cancelled is not sent invitations."))
    if meeting.ends_at <= timezone.now():
        raise ValidationError(_("This meeting is over: invitations go out before it."))
    day = timezone.localtime(meeting.starts_at).date()
    members = meeting.committee.memberships.in_office(day).select_related("user")
    return _send(meeting, list(members), method="REQUEST", update=False, by=by)


def invitations_follow(meeting: Meeting, *, by=None, cancelled=False) -> Invited:
    """Tell the members already invited that the meeting changed (REQUEST, a higher SEQUENCE)
    or was cancelled (CANCEL). Called by services/meetings.py inside its transaction."""
    invited = meeting.attendances.filter(invited_at__isnull=False).select_related(
        "membership__user"
    )
    members = [attendance.membership for attendance in invited]
    if not members:
        return Invited()
    method = "CANCEL" if cancelled else "REQUEST"
    return _send(meeting, members, method=method, update=True, by=by)


def _send(meeting, members, *, method, update, by):
    now = timezone.now()
    recorded = {a.membership_id: a for a in meeting.attendances.all()}
    result = Invited()
    for member in members:
        if not _deliver(meeting, member, method=method, update=update):
            result.unreachable.append(member)
            continue
        attendance = recorded.get(member.pk) or Attendance(meeting=meeting, membership=member)
        attendance.invited_at = now
        attendance.invited_sequence = meeting.sequence
        saved(attendance, by)
        result.sent += 1
    return result


def _deliver(meeting, member, *, method, update):
    """Queue the e-mail to `member`: to their account when they have one with an address,
    else to the member's own address; False when there is neither."""
    from ..tasks import send_member_invitation

    user = member.user
    if user is not None and user.is_active and user.email:
        with translation.override(user.language or "ar"):
            content = calendar_bytes(
                [meeting_entry(meeting, attendees=(user.email,))],
                method=method,
                name=str(meeting.committee.name),
                language=user.language or "ar",
            )
        subject, body = TEMPLATES[INVITATION]
        mimetype = CANCELLATION if method == "CANCEL" else INVITATION_TYPE
        data = {"meeting_id": meeting.pk, "method": method, "update": update}
        notify(
            user, INVITATION, subject, body, data, [(meeting_filename(meeting), content, mimetype)]
        )
        return True
    if member.email:
        send_member_invitation.enqueue(
            meeting_id=meeting.pk, membership_id=member.pk, method=method, update=update
        )
        return True
    return False
