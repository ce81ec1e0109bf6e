"""Who may see and change committees, meetings, decisions and action items (accounts.permissions
gathers this table).

The commune's people see everything; its editors write. A partner's representative sees the
committees its organisation sits on and their meetings, except internal ones; among members'
contact data, only its own organisation's people; among action items, those its organisation
owns, whose status it may move on (with evidence). Anonymous readers go through the public
managers (published committees, public meetings, approved minutes), never through these scopes.
"""

from django.db.models import Q

from taawun.accounts.permissions import (
    EDITORS,
    has_role,
    in_scope,
    is_representative,
    own_organisation,
    sees_everything,
)

from .choices import Visibility


def committee_scope(user):
    """Every committee for the commune; for a representative, those its organisation sits on."""
    if sees_everything(user):
        return Q()
    if not is_representative(user):
        return None
    from .models import Membership

    return Q(pk__in=Membership.objects.filter(partner_id=user.partner_id).values("committee_id"))


def _in_committees(user, lookup):
    if sees_everything(user):
        return Q()
    committees = committee_scope(user)
    if committees is None:
        return None
    from .models import Committee

    return Q(**{f"{lookup}__in": Committee.objects.filter(committees).values("pk")})


def meeting_scope(user):
    """The meetings of the committees the reader sees; never the internal ones for partners."""
    allowed = _in_committees(user, "committee")
    if allowed is None or sees_everything(user):
        return allowed
    return allowed & ~Q(visibility=Visibility.INTERNAL)


def decision_scope(user):
    if sees_everything(user):
        return Q()
    meetings = meeting_scope(user)
    if meetings is None:
        return None
    from .models import Meeting

    return Q(meeting__in=Meeting.objects.filter(meetings).values("pk"))


def action_item_scope(user):
    """Every action item for the commune; for a representative, its organisation's own."""
    if sees_everything(user):
        return Q()
    if not is_representative(user):
        return None
    return Q(owner_partner_id=user.partner_id)


def _scoped(perm):
    """A rule from a scope: on a record, whether it is among the reader's rows; on the kind of
    record, whether the reader sees any at all."""

    def rule(user, obj):
        if sees_everything(user):
            return True
        if obj is None:
            return is_representative(user)
        return is_representative(user) and in_scope(user, perm, obj)

    return rule


def view_member_contact(user, membership):
    """A member's e-mail and phone: the commune, or the representative of the same
    organisation; nobody else."""
    if sees_everything(user):
        return True
    return membership is not None and own_organisation(user, membership.partner_id)


def set_action_status(user, item):
    """The commune's editors, or the representative of the organisation that owns the action."""
    if has_role(user, EDITORS):
        return True
    if item is None:
        return is_representative(user)
    return own_organisation(user, item.owner_partner_id)


def reply_to_invitation(user, attendance):
    """The invitee: the member's own user, or a representative of the organisation the member
    represents. The commune's people record replies through the attendance form instead."""
    if not getattr(user, "is_authenticated", False):
        return False
    if attendance is None:
        return True
    member = attendance.membership
    if member.user_id is not None and member.user_id == user.pk:
        return True
    return own_organisation(user, member.partner_id)


def _editor(user, obj):
    return has_role(user, EDITORS)


STAFF_ONLY_FIELDS = {}

RULES = {
    "coordination.view_committee": _scoped("coordination.view_committee"),
    "coordination.view_meeting": _scoped("coordination.view_meeting"),
    "coordination.view_actionitem": _scoped("coordination.view_actionitem"),
    "coordination.view_member_contact": view_member_contact,
    "coordination.view_attendance": lambda user, obj: (
        sees_everything(user) or is_representative(user)
    ),
    "coordination.add_committee": _editor,
    "coordination.change_committee": _editor,
    "coordination.publish_committee": _editor,
    "coordination.change_membership": _editor,
    "coordination.add_meeting": _editor,
    "coordination.change_meeting": _editor,
    "coordination.record_attendance": _editor,
    "coordination.change_minutes": _editor,
    "coordination.record_decision": _editor,
    "coordination.change_actionitem": _editor,
    "coordination.set_action_status": set_action_status,
    "coordination.reply_to_invitation": reply_to_invitation,
}

SCOPES = {
    "coordination.view_committee": committee_scope,
    "coordination.view_membership": lambda user: _in_committees(user, "committee"),
    "coordination.view_meeting": meeting_scope,
    "coordination.view_decision": decision_scope,
    "coordination.view_actionitem": action_item_scope,
}
