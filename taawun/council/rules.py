"""Who may see and change the council's sessions (accounts.permissions gathers this table).

The commune's people (staff and council members) read every session; its editors (admin,
officer) write. Partners' representatives have no council workspace: the published sessions
are on the portal for them as for anyone.
"""

from django.db.models import Q

from taawun.accounts.permissions import EDITORS, has_role, sees_everything


def _commune(user, obj=None):
    return sees_everything(user)


def _editor(user, obj=None):
    return has_role(user, EDITORS)


def _commune_scope(user):
    return Q() if sees_everything(user) else None


STAFF_ONLY_FIELDS = {}

RULES = {
    "council.view_councilsession": _commune,
    "council.add_councilsession": _editor,
    "council.change_councilsession": _editor,
    "council.publish_councilsession": _editor,
    "council.change_sessionpoint": _editor,
    "council.record_outcome": _editor,
}

SCOPES = {
    "council.view_councilsession": _commune_scope,
    "council.view_sessionpoint": _commune_scope,
}
