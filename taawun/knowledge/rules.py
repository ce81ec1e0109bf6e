"""Who may do what with good practices, exchange missions and trainings (accounts.permissions
gathers this table): the practices' part in rules_practices, the missions' and trainings' in
rules_missions."""

from .rules_missions import RULES as MISSION_RULES
from .rules_missions import SCOPES as MISSION_SCOPES
from .rules_practices import RULES as PRACTICE_RULES
from .rules_practices import SCOPES as PRACTICE_SCOPES

RULES = {**PRACTICE_RULES, **MISSION_RULES}
SCOPES = {**PRACTICE_SCOPES, **MISSION_SCOPES}
