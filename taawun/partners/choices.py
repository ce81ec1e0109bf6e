from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    """Every kind of partner the seed names, grouped as the four forms of cooperation."""

    COMMUNE = "commune", _("Moroccan commune")
    PROVINCE = "province", _("Prefecture or province (council)")
    REGION = "region", _("Region (council)")
    GROUPING = "grouping", _("Grouping of collectivities")
    ECI = "eci", _("Inter-communal cooperation establishment")
    FOREIGN_LOCAL = "foreign_local", _("Foreign local authority")
    INTERNATIONAL = "international", _("International organisation")
    COOPERATION_AGENCY = "cooperation_agency", _("Foreign cooperation agency")
    STATE = "state", _("Ministry or State service")
    PUBLIC_INSTITUTION = "public_institution", _("National public institution or programme")
    ASSOCIATION = "association", _("Association")
    COOPERATIVE = "cooperative", _("Cooperative")
    COMPANY = "company", _("Company or investor")
    FOUNDATION = "foundation", _("Foundation")
    UNIVERSITY = "university", _("University or research")


# IATI OrganisationType for each kind (../iati codelist OrganisationType).
IATI_ORGANISATION_TYPE = {
    PartnerKind.COMMUNE: "11",
    PartnerKind.PROVINCE: "11",
    PartnerKind.REGION: "11",
    PartnerKind.GROUPING: "11",
    PartnerKind.ECI: "11",
    PartnerKind.FOREIGN_LOCAL: "11",
    PartnerKind.INTERNATIONAL: "40",
    PartnerKind.COOPERATION_AGENCY: "10",
    PartnerKind.STATE: "10",
    PartnerKind.PUBLIC_INSTITUTION: "15",
    PartnerKind.ASSOCIATION: "22",
    PartnerKind.COOPERATIVE: "22",
    PartnerKind.COMPANY: "70",
    PartnerKind.FOUNDATION: "60",
    PartnerKind.UNIVERSITY: "80",
}


class PartnerStatus(models.TextChoices):
    PROSPECT = "prospect", _("Prospect")
    ACTIVE = "active", _("Active")
    DORMANT = "dormant", _("Dormant")
