from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    OFFICER = "officer", _("Cooperation officer")
    FINANCE = "finance", _("Finance officer")
    COUNCIL = "council", _("Council member")
    PARTNER = "partner", _("Partner representative")
    ASSOCIATION = "association", _("Association representative")
    RESIDENT = "resident", _("Resident")


# Roles that act for one organisation and only see its records.
ORGANISATION_ROLES = {Role.PARTNER, Role.ASSOCIATION}
# The commune's own people.
COMMUNE_ROLES = {Role.ADMIN, Role.OFFICER, Role.FINANCE, Role.COUNCIL}
# Who has a workspace (/manage/): the commune's people and the organisations' representatives.
# A resident signs up on the portal and acts there (taawun.participation), never in it.
WORKSPACE_ROLES = COMMUNE_ROLES | ORGANISATION_ROLES
