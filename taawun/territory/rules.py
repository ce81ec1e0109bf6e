"""Who may keep the territory's registers (accounts.permissions gathers this table)."""

from taawun.accounts.choices import Role
from taawun.accounts.permissions import EDITORS, has_role, sees_everything

RULES = {
    "territory.view_locality": lambda user, obj: sees_everything(user),
    "territory.change_locality": lambda user, obj: has_role(user, EDITORS),
    "territory.change_communeprofile": lambda user, obj: has_role(user, {Role.ADMIN}),
}
