"""Who may do what, and which rows each person sees: the roles, and the registry of the rules
every app declares in its `rules.py`.

An app's `rules.py` holds two tables, side by side:

- `RULES`: permission name -> `rule(user, obj)`, True or False. `obj` is None when the
  question is about the kind of record ("may this user create partners?"), else the record,
  of the model the permission names.
- `SCOPES`: permission name -> `scope(user)`, the rows that user may act on as a Q (an empty
  Q: every row) or None (no row). `Model.objects.restrict(user, "view")` (core.querysets)
  reads "<app>.view_<model>".

`can()` reads RULES, `scope()` reads SCOPES; Django reaches both through RoleBackend, so
views (`user.has_perm`), templates (`{% can %}`), querysets (`.visible_to`) and DRF
(RolePermission) all ask the same declaration, and core needs no import of this app.
"""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.utils.module_loading import module_has_submodule
from rest_framework import permissions as drf_permissions

from .choices import COMMUNE_ROLES, ORGANISATION_ROLES, Role

EDITORS = {Role.ADMIN, Role.OFFICER}
STAFF = {Role.ADMIN, Role.OFFICER, Role.FINANCE}
TREASURY = {Role.ADMIN, Role.FINANCE}

RULES = {}
SCOPES = {}


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


def is_representative(user):
    """Acts for one organisation, and sees only its records."""
    return has_role(user, ORGANISATION_ROLES)


def own_organisation(user, partner_id):
    return is_representative(user) and partner_id is not None and user.partner_id == partner_id


def organisation_scope(user, lookup):
    """The common scope: every row for the commune's people, the rows whose `lookup` is a
    representative's organisation for a representative, nothing for anyone else."""
    if sees_everything(user):
        return Q()
    if is_representative(user):
        return Q(**{lookup: user.partner_id})
    return None


def in_scope(user, perm, obj):
    """Whether `obj` is among the rows `scope(user, perm)` allows (one query), for a rule
    that cannot tell from the record alone."""
    allowed = scope(user, perm)
    if allowed is None:
        return False
    return type(obj)._default_manager.filter(allowed, pk=obj.pk).exists()


def register(rules=(), scopes=()):
    """Add an app's rules and scopes; a name declared twice is a mistake, said at start-up."""
    for table, entries in ((RULES, dict(rules)), (SCOPES, dict(scopes))):
        for name, function in entries.items():
            if table.get(name, function) is not function:
                raise ImproperlyConfigured(f"The permission {name} is declared twice.")
            table[name] = function


def gather():
    """Read the `rules.py` of every taawun app (AccountsConfig.ready())."""
    for config in apps.get_app_configs():
        if config.name.startswith("taawun.") and module_has_submodule(config.module, "rules"):
            module = import_module(f"{config.name}.rules")
            register(getattr(module, "RULES", {}), getattr(module, "SCOPES", {}))


def can(user, perm, obj=None):
    rule = RULES.get(perm)
    return bool(rule and rule(user, obj))


def scope(user, perm):
    """The rows `user` may act on under `perm`: a Q, or None for none."""
    try:
        function = SCOPES[perm]
    except KeyError:
        raise ImproperlyConfigured(f"No app declares a scope for {perm} in its rules.py.") from None
    return function(user)


class RoleBackend(ModelBackend):
    """Username/password sign-in; permissions come from the rules only, never from groups.

    `scope()` is not part of Django's backend protocol: core.querysets asks it of the
    backends, as `user.has_perm` asks `has_perm`."""

    def get_user_permissions(self, user_obj, obj=None):
        return set()

    def get_group_permissions(self, user_obj, obj=None):
        return set()

    def has_perm(self, user_obj, perm, obj=None):
        return can(user_obj, perm, obj)

    def has_module_perms(self, user_obj, app_label):
        return False

    def scope(self, user_obj, perm):
        return scope(user_obj, perm)


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
