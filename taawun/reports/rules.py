"""Who may see the dashboard (accounts.permissions gathers this table); its figures follow
each reader's scope."""

from taawun.accounts.choices import WORKSPACE_ROLES
from taawun.accounts.permissions import has_role, sees_everything

RULES = {
    "reports.view_dashboard": lambda user, obj: has_role(user, WORKSPACE_ROLES),
    # The alignment matrix and the partner brief are the commune's own view of its partners:
    # its people only (a representative reads its organisation's home instead).
    "reports.view_alignment": lambda user, obj=None: sees_everything(user),
}
