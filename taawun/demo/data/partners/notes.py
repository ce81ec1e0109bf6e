"""What each partner's notes say about it."""

ILLUSTRATIVE = "Real institution; its relationship with Aourir in this demo is illustrative."
FICTIONAL = (
    "Fictional organisation invented for the demo (name, activities and figures are illustrative)."
)
