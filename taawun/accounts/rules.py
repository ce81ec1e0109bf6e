"""The workspace itself: anyone with a role signs in to it (accounts.permissions)."""

from .permissions import role_of

RULES = {
    "core.view_workspace": lambda user, obj: role_of(user) is not None,
}
