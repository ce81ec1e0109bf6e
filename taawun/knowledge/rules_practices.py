"""Who may do what with good practices and replications (gathered by rules.py).

The commune's people read every card; its editors (admin, officer) write cards, validate and
publish them and record replications. A partner's or an association's representative proposes
cards in its organisation's name, changes them while they are drafts, submits them for
validation and reads only its own organisation's cards — never the commune's internal note
(views leave it out). The portal shows published cards only (querysets.public)."""

from django.db.models import Q

from taawun.accounts.choices import ORGANISATION_ROLES
from taawun.accounts.permissions import EDITORS, has_role, sees_everything

from .choices import PracticeState


def _representative(user):
    return has_role(user, ORGANISATION_ROLES) and bool(user.partner_id)


def _own(user, obj):
    return obj is None or obj.submitted_by_id == user.partner_id


def view(user, obj=None):
    return sees_everything(user) or (_representative(user) and _own(user, obj))


def propose(user, obj=None):
    """Write a card: an editor, or a representative on its own draft."""
    if has_role(user, EDITORS):
        return True
    if not _representative(user):
        return False
    return obj is None or (_own(user, obj) and obj.state == PracticeState.DRAFT)


def _editor(user, obj=None):
    return has_role(user, EDITORS)


def _scope(user):
    if sees_everything(user):
        return Q()
    if _representative(user):
        return Q(submitted_by_id=user.partner_id)
    return None


RULES = {
    "knowledge.view_practice": view,
    "knowledge.propose_practice": propose,
    "knowledge.validate_practice": _editor,
    "knowledge.record_replication": _editor,
}

SCOPES = {"knowledge.view_practice": _scope}
