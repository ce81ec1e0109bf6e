"""Who may do what: one table of rules used by views, the API and templates.

Every rule takes (user, obj) and answers True or False. `obj` is None when the
question is about the kind of record ("may this user create partners?").
Django's `user.has_perm(name, obj)` reaches these rules through RoleBackend,
so templates (`{% can %}`), class-based views and DRF all ask the same question.
"""

from django.contrib.auth.backends import ModelBackend
from rest_framework import permissions as drf_permissions

from taawun.accounts.choices import COMMUNE_ROLES, ORGANISATION_ROLES, Role

EDITORS = {Role.ADMIN, Role.OFFICER}
STAFF = {Role.ADMIN, Role.OFFICER, Role.FINANCE}


def role_of(user):
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Role.ADMIN
    return user.role or None


def has_role(user, roles):
    return role_of(user) in roles


def is_staff(user):
    """Commune staff who keep the registers."""
    return has_role(user, STAFF)


def sees_everything(user):
    """Commune people (staff and council) see every record in the workspace."""
    return has_role(user, COMMUNE_ROLES)


def own_organisation(user, partner_id):
    return (
        has_role(user, ORGANISATION_ROLES)
        and partner_id is not None
        and (user.partner_id == partner_id)
    )


def _partner_id(obj):
    """The organisation a record belongs to, for scoping representatives."""
    if obj is None:
        return None
    name = obj.__class__.__name__
    if name == "Partner":
        return obj.pk
    if name == "Obligation":
        return obj.party.partner_id
    return getattr(obj, "partner_id", None)


def _is_party(user, agreement):
    """A representative acts on an agreement its organisation is party to."""
    return has_role(user, ORGANISATION_ROLES) and any(
        party.partner_id == user.partner_id for party in agreement.parties.all()
    )


def _view_scoped(user, obj):
    if sees_everything(user):
        return True
    if obj is None:
        return has_role(user, ORGANISATION_ROLES)
    return own_organisation(user, _partner_id(obj))


def _change_scoped(user, obj):
    if has_role(user, EDITORS):
        return True
    return obj is not None and own_organisation(user, _partner_id(obj))


RULES = {
    "core.view_workspace": lambda user, obj: role_of(user) is not None,
    "partners.view_partner": _view_scoped,
    "partners.add_partner": lambda user, obj: has_role(user, EDITORS),
    "partners.change_partner": _change_scoped,
    "partners.archive_partner": lambda user, obj: has_role(user, EDITORS),
    "partners.import_partner": lambda user, obj: has_role(user, EDITORS),
    "partners.export_partner": lambda user, obj: sees_everything(user),
    "partners.view_contact": _view_scoped,
    "partners.change_contact": _change_scoped,
    "partners.view_history": _view_scoped,
    "agreements.view_agreement": lambda user, obj: (
        sees_everything(user)
        or (obj is None and has_role(user, ORGANISATION_ROLES))
        or (obj is not None and _is_party(user, obj))
    ),
    "agreements.add_agreement": lambda user, obj: has_role(user, EDITORS),
    "agreements.change_agreement": lambda user, obj: has_role(user, EDITORS),
    # Money: the finance officer records what each party paid; a partner records its own proof.
    "agreements.record_delivery": lambda user, obj: (
        has_role(user, STAFF) or (obj is not None and own_organisation(user, _partner_id(obj)))
    ),
    "agreements.export_agreement": lambda user, obj: sees_everything(user),
    "finance.change_exchangerate": lambda user, obj: has_role(user, {Role.ADMIN, Role.FINANCE}),
    "finance.view_exchangerate": lambda user, obj: sees_everything(user),
    "projects.view_project": lambda user, obj: (
        sees_everything(user) or has_role(user, ORGANISATION_ROLES)
    ),  # object scope: Project.objects.visible_to(user)
    "projects.add_project": lambda user, obj: has_role(user, EDITORS),
    "projects.change_project": lambda user, obj: has_role(user, EDITORS),
    # The finance officer records commitments, disbursements and expenditure.
    "projects.record_transaction": lambda user, obj: has_role(user, {Role.ADMIN, Role.FINANCE}),
    "projects.import_transaction": lambda user, obj: has_role(user, {Role.ADMIN, Role.FINANCE}),
    "projects.export_project": lambda user, obj: sees_everything(user),
    "reports.view_dashboard": lambda user, obj: role_of(user) is not None,
    "territory.view_locality": lambda user, obj: sees_everything(user),
    "territory.change_locality": lambda user, obj: has_role(user, EDITORS),
    "territory.change_communeprofile": lambda user, obj: has_role(user, {Role.ADMIN}),
}


def can(user, perm, obj=None):
    rule = RULES.get(perm)
    return bool(rule and rule(user, obj))


class RoleBackend(ModelBackend):
    """Username/password sign-in; permissions come from RULES only, never from groups."""

    def get_user_permissions(self, user_obj, obj=None):
        return set()

    def get_group_permissions(self, user_obj, obj=None):
        return set()

    def has_perm(self, user_obj, perm, obj=None):
        return can(user_obj, perm, obj)

    def has_module_perms(self, user_obj, app_label):
        return False


class RolePermission(drf_permissions.BasePermission):
    """API: reading follows each view's queryset scoping; writing needs the view's rule.

    A view names its write rules in `write_permissions`, e.g.
    {"create": "partners.add_partner", "update": "partners.change_partner"}.
    """

    def has_permission(self, request, view):
        if request.method in drf_permissions.SAFE_METHODS:
            return True
        perm = getattr(view, "write_permissions", {}).get(getattr(view, "action", None))
        if perm is None:
            return False
        # Object rules are checked per object; here only ask whether the role could ever.
        if getattr(view, "detail", False) or view.action in {"update", "partial_update", "destroy"}:
            return role_of(request.user) is not None
        return can(request.user, perm)

    def has_object_permission(self, request, view, obj):
        if request.method in drf_permissions.SAFE_METHODS:
            return True
        perm = getattr(view, "write_permissions", {}).get(view.action)
        return perm is not None and can(request.user, perm, obj)
