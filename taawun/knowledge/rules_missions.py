"""Who may do what with exchange missions (gathered by rules.py). The commune's people read
every mission; its editors (admin, officer) plan them, move them through their lifecycle, name
the delegation, record the costs and file the report. A partner's representative reads the
missions of the agreements its organisation is party to, without the delegation's names, the
costs or the internal note (views leave them out). The portal shows the missions the commune
publishes, with counts by sex only (public_missions)."""

from django.db.models import Q

from taawun.accounts.choices import ORGANISATION_ROLES
from taawun.accounts.permissions import EDITORS, has_role, sees_everything


def _representative(user):
    return has_role(user, ORGANISATION_ROLES) and bool(user.partner_id)


def view(user, obj=None):
    if sees_everything(user):
        return True
    if not _representative(user):
        return False
    if obj is None:
        return True
    return (
        obj.agreement_id is not None
        and obj.agreement.parties.filter(partner_id=user.partner_id).exists()
    )


def _editor(user, obj=None):
    return has_role(user, EDITORS)


def _scope(user):
    if sees_everything(user):
        return Q()
    if _representative(user):
        return Q(agreement__parties__partner_id=user.partner_id)
    return None


RULES = {
    # Trainings of the commune's staff and elected members: the commune's own.
    "knowledge.view_training": lambda user, obj=None: sees_everything(user),
    "knowledge.edit_training": _editor,
    "knowledge.view_mission": view,
    "knowledge.edit_mission": _editor,
    "knowledge.see_delegation": lambda user, obj=None: sees_everything(user),
}

SCOPES = {
    "knowledge.view_mission": _scope,
    "knowledge.view_training": lambda user: Q() if sees_everything(user) else None,
}
