"""Who may see and record exchange rates (accounts.permissions gathers this table)."""

from taawun.accounts.permissions import TREASURY, has_role, sees_everything

RULES = {
    "finance.change_exchangerate": lambda user, obj: has_role(user, TREASURY),
    "finance.view_exchangerate": lambda user, obj: sees_everything(user),
}
