"""Who may see the dashboard (accounts.permissions gathers this table); its figures follow
each reader's scope."""

from taawun.accounts.permissions import role_of

RULES = {
    "reports.view_dashboard": lambda user, obj: role_of(user) is not None,
}
