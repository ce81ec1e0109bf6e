"""The e-mails of coordination (accounts.notifications): the invitation to a meeting (with its
.ics, METHOD REQUEST, or CANCEL when the meeting is cancelled) and the reminders of
`manage.py send_reminders` (a meeting tomorrow, minutes not written two days after, an action
item due in three days or overdue). Each kind can be switched off by each person.

Every kind names a `context` function: the task reads the record again when it runs, so the
e-mail says what is true then (and nothing when the record is gone or the reminder no longer
holds: the action done, the minutes written)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taawun.core.calendars import absolute_url

from .choices import CLOSED_ACTIONS, MeetingStatus

INVITATION = "coordination.invitation"
MEETING_TOMORROW = "coordination.meeting_tomorrow"
MINUTES_MISSING = "coordination.minutes_missing"
ACTION_DUE = "coordination.action_due"
ACTION_OVERDUE = "coordination.action_overdue"

EMAIL = "coordination/email/"
TEMPLATES = {
    INVITATION: (EMAIL + "invitation_subject.txt", EMAIL + "invitation.txt"),
    MEETING_TOMORROW: (EMAIL + "meeting_tomorrow_subject.txt", EMAIL + "meeting_tomorrow.txt"),
    MINUTES_MISSING: (EMAIL + "minutes_missing_subject.txt", EMAIL + "minutes_missing.txt"),
    ACTION_DUE: (EMAIL + "action_due_subject.txt", EMAIL + "action_due.txt"),
    ACTION_OVERDUE: (EMAIL + "action_overdue_subject.txt", EMAIL + "action_overdue.txt"),
}


def _meeting(data):
    from .models import Meeting

    return (
        Meeting.objects.select_related("committee")
        .prefetch_related("agenda_items")
        .filter(pk=data.get("meeting_id"))
        .first()
    )


def invitation_context(user, data):
    meeting = _meeting(data)
    if meeting is None:
        return None
    return {
        "meeting": meeting,
        "cancelled": data.get("method") == "CANCEL",
        "update": bool(data.get("update")),
        "url": absolute_url(meeting.get_manage_url()),
    }


def meeting_tomorrow_context(user, data):
    meeting = _meeting(data)
    if meeting is None or meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.HELD):
        return None
    return {"meeting": meeting, "url": absolute_url(meeting.get_manage_url())}


def minutes_missing_context(user, data):
    meeting = _meeting(data)
    if meeting is None or not meeting_lacks_minutes(meeting):
        return None
    return {"meeting": meeting, "url": absolute_url(meeting.get_manage_url())}


def meeting_lacks_minutes(meeting):
    """No agenda item has minutes in any language (the reminder's one test)."""
    return not any(
        item.minutes_ar or item.minutes_fr or item.minutes_en for item in meeting.agenda_items.all()
    )


def _action(data):
    from .models import ActionItem

    item = (
        ActionItem.objects.select_related("committee", "owner_partner")
        .filter(pk=data.get("action_id"))
        .first()
    )
    if item is None or item.status in CLOSED_ACTIONS:
        return None
    return item


def action_due_context(user, data):
    item = _action(data)
    if item is None:
        return None
    return {"item": item, "url": absolute_url(item_url(item)), "days": data.get("days", 3)}


def action_overdue_context(user, data):
    item = _action(data)
    if item is None or item.due_on >= timezone.localdate():
        return None
    late = (timezone.localdate() - item.due_on).days
    return {"item": item, "url": absolute_url(item_url(item)), "late": late}


def item_url(item):
    from django.urls import reverse

    return reverse("coordination:action-list") + f"#actionitem-{item.pk}"


def register_kinds():
    """Called by CoordinationConfig.ready()."""
    from taawun.accounts.notifications import register_kind

    register_kind(INVITATION, _("Invitations to committee meetings"), context=invitation_context)
    register_kind(
        MEETING_TOMORROW, _("Reminder of a meeting the next day"), context=meeting_tomorrow_context
    )
    register_kind(
        MINUTES_MISSING,
        _("Minutes not written two days after a meeting"),
        context=minutes_missing_context,
    )
    register_kind(ACTION_DUE, _("Action item due in three days"), context=action_due_context)
    register_kind(ACTION_OVERDUE, _("Action item overdue"), context=action_overdue_context)
