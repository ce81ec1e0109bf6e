"""Meetings and action items as calendar entries (core.calendars): one meeting's .ics (the
download of the workspace and the public page, the invitation by e-mail), a person's feed
(their committees' meetings and the due dates of their action items) and the public feed
(public meetings of public committees).

An entry is built in the language active now; the caller chooses it (the reader's page, the
recipient's `User.language`). The UID is the meeting's own (`Meeting.uid`), never changed; the
SEQUENCE is the one the services move on at each change (services/meetings.py).
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from taawun.core.calendars import CalendarEntry

from .choices import MeetingStatus
from .models import ActionItem, Meeting, Membership

# A feed is read by a program every few hours: the latest meetings and due dates, bounded.
FEED_LIMIT = 500

STATUS = {
    MeetingStatus.CANCELLED: "CANCELLED",
    MeetingStatus.POSTPONED: "TENTATIVE",
}


def meeting_summary(meeting):
    return _("{committee} — {kind}").format(
        committee=meeting.committee.name, kind=meeting.get_kind_display()
    )


def meeting_entry(meeting, *, public=False, attendees=()):
    """`meeting` as a calendar entry, in the language active now. `public`: the link goes to
    the portal's page and only what that page shows is written (the venue, not the online
    link); otherwise to the workspace's page, with the venue or the online link."""
    if public:
        url = reverse("coordination-public:meeting-detail", kwargs={"pk": meeting.pk})
        location = meeting.venue or ""
    else:
        url = meeting.get_manage_url()
        location = meeting.venue or meeting.online_url
        if meeting.venue and meeting.online_url:
            location = f"{meeting.venue} — {meeting.online_url}"
    description = [str(meeting.get_mode_display())]
    if meeting.status_reason:
        description.append(f"{meeting.get_status_display()}: {meeting.status_reason}")
    return CalendarEntry(
        uid=meeting.uid,
        sequence=meeting.sequence,
        start=meeting.starts_at,
        end=meeting.ends_at,
        summary=meeting_summary(meeting),
        description="\n".join(description),
        location=location,
        url=url,
        status=STATUS.get(meeting.status, "CONFIRMED"),
        last_modified=meeting.updated_at,
        attendees=tuple(attendees),
    )


def meeting_filename(meeting):
    return f"meeting-{meeting.pk}.ics"


# --- The personal feed (core.calendars.register_source) --------------------------------------


def committees_of(user):
    """The committees `user` sits on (Membership.user) or whose organisation sits on them."""
    sits = Q(user=user)
    if getattr(user, "partner_id", None):
        sits |= Q(partner_id=user.partner_id)
    return Membership.objects.filter(sits).values("committee_id")


def meeting_entries(user):
    """The meetings of `user`'s committees that they may see (internal ones only for the
    commune's people), newest first, bounded; one query."""
    meetings = (
        Meeting.objects.visible_to(user)
        .filter(committee__in=committees_of(user))
        .select_related("committee")
        .order_by("-starts_at", "pk")[:FEED_LIMIT]
    )
    for meeting in meetings:
        yield meeting_entry(meeting)


def action_entries(user):
    """The due dates of the action items `user` owns, or their organisation owns, still
    awaited; one query."""
    owns = Q(owner_user=user)
    if getattr(user, "partner_id", None):
        owns |= Q(owner_partner_id=user.partner_id)
    items = (
        ActionItem.objects.visible_to(user)
        .awaited()
        .filter(owns)
        .select_related("committee")
        .order_by("-due_on", "pk")[:FEED_LIMIT]
    )
    for item in items:
        yield action_entry(item)


def action_entry(item):
    return CalendarEntry(
        uid=f"action-item-{item.pk}",
        sequence=max(item.version - 1, 0),
        start=item.due_on,
        summary=_("Action item due: {title}").format(title=item.title),
        description=str(item.committee.name),
        url=reverse("coordination:action-list") + f"#actionitem-{item.pk}",
        last_modified=item.updated_at,
    )


def personal_entries(user):
    """The source registered for the personal feed: meetings, then action items."""
    yield from meeting_entries(user)
    yield from action_entries(user)


# --- The public feed (core.calendars.register_public_source) ---------------------------------


def public_entries():
    """Public meetings of public committees, newest first, bounded; one query."""
    meetings = Meeting.objects.public().select_related("committee").order_by("-starts_at", "pk")
    for meeting in meetings[:FEED_LIMIT]:
        yield meeting_entry(meeting, public=True)
