"""The "Invite the members" action of a meeting's page (editors): the service queues one
e-mail per member with the .ics and records who was invited and when."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from ..services.invitations import meeting_invite
from .meetings import MeetingActionView


class MeetingInviteView(MeetingActionView):
    permission = "coordination.change_meeting"

    def act(self, record):
        result = meeting_invite(meeting=record, by=self.request.user)
        message = ngettext(
            "The invitation is on its way to %(count)s member.",
            "The invitation is on its way to %(count)s members.",
            result.sent,
        ) % {"count": result.sent}
        if result.unreachable:
            separator = pgettext("list separator", ", ")
            message += " " + _("No e-mail address for: %(names)s.") % {
                "names": separator.join(member.person_name for member in result.unreachable)
            }
        return message
