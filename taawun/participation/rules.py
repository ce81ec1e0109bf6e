"""Who may do what with residents' priorities (accounts.permissions gathers this table).

Residents propose and support on the portal, at the level of verification each action needs
(settings.PARTICIPATION_LEVELS); an association's representative proposes in its name. The
commune's people read every priority in the workspace, its editors (admin, officer) moderate
and answer. Partners' representatives have no participation workspace: the published
priorities are on the portal for them as for anyone.
"""

from django.conf import settings
from django.db.models import Q

from taawun.accounts.choices import Role
from taawun.accounts.permissions import EDITORS, has_role, sees_everything


def resident_level(user):
    """The resident's level of verification (choices.Level), 0 for anyone else."""
    if not has_role(user, {Role.RESIDENT}):
        return 0
    resident = getattr(user, "resident", None)
    return resident.level if resident is not None else 0


def _resident_at(action):
    def rule(user, obj=None):
        return resident_level(user) >= settings.PARTICIPATION_LEVELS[action]

    return rule


def propose_priority(user, obj=None):
    return _resident_at("propose")(user) or has_role(user, {Role.ASSOCIATION})


def _commune(user, obj=None):
    return sees_everything(user)


def _editor(user, obj=None):
    return has_role(user, EDITORS)


def _commune_scope(user):
    return Q() if sees_everything(user) else None


STAFF_ONLY_FIELDS = {}


def own_account(user, obj=None):
    """A resident's own pages (their data, their account)."""
    return has_role(user, {Role.RESIDENT})


RULES = {
    "participation.own_account": own_account,
    "participation.propose_priority": propose_priority,
    "participation.support_priority": _resident_at("support"),
    "participation.view_priority": _commune,
    "participation.moderate_priority": _editor,
    "participation.answer_priority": _editor,
    "participation.verify_resident": _editor,
    "participation.view_informationrequest": _commune,
    "participation.answer_request": _editor,
    "participation.view_petition": _commune,
    "participation.handle_petition": _editor,
}

SCOPES = {
    "participation.view_priority": _commune_scope,
    "participation.view_informationrequest": _commune_scope,
    "participation.view_petition": _commune_scope,
}
