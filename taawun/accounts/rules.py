"""The workspace itself: the commune's people and the representatives sign in to it
(accounts.permissions); a resident's account is for the portal only."""

from .choices import WORKSPACE_ROLES
from .permissions import has_role, is_staff

RULES = {
    "core.view_workspace": lambda user, obj: has_role(user, WORKSPACE_ROLES),
    # The design system's page (core.views.design): for the staff who build the pages.
    "core.view_design": lambda user, obj: is_staff(user),
}
