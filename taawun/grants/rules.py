"""Who may do what with calls for projects and grant applications (accounts.permissions
gathers this table).

The commune's editors (admin, officer) write calls, screen applications and select the awards;
the commune's people (staff and council) read every application in the workspace. An
association's representative drafts, submits and withdraws its own organisation's applications
and sees only those (the scope below), never another association's, nor the reviews. Reviewers
are the commune's people the officer names on a call's committee — any commune account may be
one, and once the call names its reviewers, only they; a review is asked of the reviewer's
own record (services.review).
"""

from django.db.models import Q

from taawun.accounts.choices import Role
from taawun.accounts.permissions import EDITORS, has_role, sees_everything


def _commune(user, obj=None):
    return sees_everything(user)


def _editor(user, obj=None):
    return has_role(user, EDITORS)


def apply(user, obj=None):
    """An association's representative applies in its organisation's name: to any call, and
    on its own applications only."""
    if not has_role(user, {Role.ASSOCIATION}) or not user.partner_id:
        return False
    return getattr(obj, "association_id", user.partner_id) == user.partner_id


def see_calls(user, obj=None):
    """The calls in the workspace: the commune's people, and the associations that apply."""
    return sees_everything(user) or apply(user)


def _application_scope(user):
    if sees_everything(user):
        return Q()
    if has_role(user, {Role.ASSOCIATION}) and user.partner_id:
        return Q(association_id=user.partner_id)
    return None


def review(user, obj=None):
    """A reviewer is one of the commune's people; when the call names its reviewers, one of
    them (obj: an application, or a call)."""
    if not sees_everything(user):
        return False
    call = getattr(obj, "call", obj)
    if call is None or call.pk is None:
        return True
    named = call.reviewers.values_list("pk", flat=True)
    return not named or user.pk in set(named)


def _call_scope(user):
    return Q() if sees_everything(user) else None


RULES = {
    "grants.see_calls": see_calls,
    "grants.view_call": _commune,
    "grants.edit_call": _editor,
    "grants.view_application": lambda user, obj=None: _commune(user) or apply(user, obj),
    "grants.apply": apply,
    "grants.screen_application": _editor,
    "grants.review_application": review,
    "grants.select_awards": _editor,
}

SCOPES = {
    "grants.view_call": _call_scope,
    "grants.view_application": _application_scope,
}
