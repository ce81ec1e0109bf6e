"""The invitee's reply to an invitation (accept, decline, tentative), from the partner's home
or the workspace meeting page."""

from django.db.models import Q
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy

from taawun.accounts.permissions import is_representative
from taawun.core.views import RecordActionView

from .. import services
from ..models import Attendance


def invitations_of(user):
    """The attendances the reader answers for: its own memberships, and its organisation's."""
    mine = Q(membership__user_id=user.pk)
    if is_representative(user) and user.partner_id:
        mine |= Q(membership__partner_id=user.partner_id)
    return Attendance.objects.filter(mine).select_related("meeting", "membership")


class AttendanceReplyView(RecordActionView):
    """Accept, decline or answer "maybe" to the invitation (services.attendance_reply)."""

    permission = "coordination.reply_to_invitation"
    success_message = gettext_lazy("Your reply is recorded.")

    def get_queryset(self):
        return invitations_of(self.request.user)

    def act(self, record):
        services.attendance_reply(
            attendance=record, reply=self.request.POST.get("reply", ""), by=self.request.user
        )

    def get_success_url(self):
        target = self.request.POST.get("next", "")
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return target
        return self.object.meeting.get_manage_url()
