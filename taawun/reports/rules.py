"""Who may see the dashboard (accounts.permissions gathers this table); its figures follow
each reader's scope."""

from taawun.accounts.choices import WORKSPACE_ROLES
from taawun.accounts.permissions import has_role

RULES = {
    "reports.view_dashboard": lambda user, obj: has_role(user, WORKSPACE_ROLES),
}
