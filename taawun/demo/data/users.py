"""The demo accounts, one per role (product.md, "Contract"), all with the same password."""

from taawun.accounts.choices import Role

from .names import INDH, TAMRAGHT_ASSOCIATION

PASSWORD = "taawun-demo"

# Demo accounts (product.md, "Contract"). "partner" is the demo French name of their organisation.
USERS = [
    {
        "username": "admin",
        "role": Role.ADMIN,
        "first_name": "Rachid",
        "last_name": "Aït Lahcen",
        "is_superuser": True,
        "is_staff": True,
    },
    {
        "username": "officer",
        "role": Role.OFFICER,
        "first_name": "Fatima Zahra",
        "last_name": "Amrani",
    },
    {"username": "finance", "role": Role.FINANCE, "first_name": "Brahim", "last_name": "Ouhammou"},
    {"username": "council", "role": Role.COUNCIL, "first_name": "Aicha", "last_name": "Boutaleb"},
    {
        "username": "partner-indh",
        "role": Role.PARTNER,
        "first_name": "Hassan",
        "last_name": "Oubella",
        "partner": INDH,
    },
    {
        "username": "assoc-tamraght",
        "role": Role.ASSOCIATION,
        "first_name": "Lahcen",
        "last_name": "Ait Baha",
        "partner": TAMRAGHT_ASSOCIATION,
    },
]
