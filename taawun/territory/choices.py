from django.db import models
from django.utils.translation import gettext_lazy as _


class LocalityKind(models.TextChoices):
    CENTRE = "centre", _("Centre")
    NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood")
    DOUAR = "douar", _("Douar (village)")


class CollectivityKind(models.TextChoices):
    COMMUNE = "commune", _("Commune")
    PREFECTURE = "prefecture", _("Prefecture or province")
    REGION = "region", _("Region")
