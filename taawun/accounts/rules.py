"""The workspace itself: anyone with a role signs in to it (accounts.permissions)."""

from .permissions import is_staff, role_of

RULES = {
    "core.view_workspace": lambda user, obj: role_of(user) is not None,
    # The design system's page (core.views.design): for the staff who build the pages.
    "core.view_design": lambda user, obj: is_staff(user),
}
