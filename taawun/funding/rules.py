"""Who may do what with funding opportunities and bids (accounts.permissions gathers this
table). The commune's people read the opportunities, their matches and the bids; its editors
(admin, officer) record opportunities and prepare, submit and follow bids. A partner's
representative has none of this in the workspace: the public opportunities are on the portal."""

from django.db.models import Q

from taawun.accounts.permissions import EDITORS, has_role, sees_everything


def _commune(user, obj=None):
    return sees_everything(user)


def _editor(user, obj=None):
    return has_role(user, EDITORS)


def _scope(user):
    return Q() if sees_everything(user) else None


RULES = {
    "funding.view_fundingopportunity": _commune,
    "funding.edit_opportunity": _editor,
    "funding.view_bid": _commune,
    "funding.edit_bid": _editor,
}

SCOPES = {"funding.view_fundingopportunity": _scope, "funding.view_bid": _scope}
