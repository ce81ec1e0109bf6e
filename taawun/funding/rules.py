"""Who may do what with funding opportunities and bids."""

RULES = {}
SCOPES = {}
