"""Who may do what with exchange missions and trainings."""

RULES = {}
SCOPES = {}
