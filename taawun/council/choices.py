from django.db import models
from django.utils.translation import pgettext_lazy


class SessionKind(models.TextChoices):
    """Law 113-14: three ordinary sessions a year (the months are data:
    settings.COUNCIL_ORDINARY_MONTHS), and extraordinary ones when needed."""

    ORDINARY = "ordinary", pgettext_lazy("council session", "Ordinary session")
    EXTRAORDINARY = "extraordinary", pgettext_lazy("council session", "Extraordinary session")


class SessionStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("council session", "Planned")
    HELD = "held", pgettext_lazy("council session", "Held")
    CANCELLED = "cancelled", pgettext_lazy("council session", "Cancelled")


class PointResult(models.TextChoices):
    ADOPTED = "adopted", pgettext_lazy("council vote", "Adopted")
    REJECTED = "rejected", pgettext_lazy("council vote", "Rejected")
