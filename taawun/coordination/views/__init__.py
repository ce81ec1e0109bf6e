"""The workspace pages of coordination (the public ones: public.py)."""

from .actions import ActionItemListView, ActionItemUpdateView, ActionStatusView, action_evidence
from .calendars import meeting_calendar, public_calendar, public_meeting_calendar
from .committees import (
    CommitteeDetailView,
    CommitteeFormView,
    CommitteeListView,
    MembershipCreateView,
    MembershipUpdateView,
)
from .invitations import MeetingInviteView
from .meetings import (
    ActionItemCreateView,
    AgendaItemCreateView,
    AgendaItemUpdateView,
    AttendanceView,
    DecisionCreateView,
    MeetingCancelView,
    MeetingCreateView,
    MeetingDetailView,
    MeetingHeldView,
    MeetingUpdateView,
    MinutesAdvanceView,
    SignedMinutesView,
    signed_minutes,
)
from .replies import AttendanceReplyView

__all__ = [
    "AttendanceReplyView",
    "ActionItemCreateView",
    "ActionItemListView",
    "ActionItemUpdateView",
    "ActionStatusView",
    "AgendaItemCreateView",
    "AgendaItemUpdateView",
    "AttendanceView",
    "CommitteeDetailView",
    "CommitteeFormView",
    "CommitteeListView",
    "DecisionCreateView",
    "MeetingCancelView",
    "MeetingCreateView",
    "MeetingDetailView",
    "MeetingHeldView",
    "MeetingInviteView",
    "MeetingUpdateView",
    "MembershipCreateView",
    "MembershipUpdateView",
    "MinutesAdvanceView",
    "SignedMinutesView",
    "action_evidence",
    "meeting_calendar",
    "public_calendar",
    "public_meeting_calendar",
    "signed_minutes",
]
