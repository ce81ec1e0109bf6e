"""Who may do what with good practices and replications."""

RULES = {}
SCOPES = {}
