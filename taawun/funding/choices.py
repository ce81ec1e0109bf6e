from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Instrument(models.TextChoices):
    GRANT = "grant", _("Grant")
    LOAN = "loan", _("Loan")
    TECHNICAL = "technical", _("Technical assistance")
    IN_KIND = "in_kind", _("In kind")


class OpportunityState(models.TextChoices):
    """After Grants.gov's opportunity status: forecasted, posted, closed, archived."""

    FORECAST = "forecast", _("Forecast")
    OPEN = "open", pgettext_lazy("opportunity state", "Open")
    CLOSED = "closed", pgettext_lazy("opportunity state", "Closed")
    ARCHIVED = "archived", _("Archived")


class Applicant(models.TextChoices):
    """Who may apply to an opportunity."""

    COMMUNE = "commune", _("A Moroccan commune")
    GROUPING = "grouping", _("A grouping of collectivities")
    ASSOCIATION = "association", _("An association")
    COOPERATIVE = "cooperative", _("A cooperative")
    FOREIGN_LOCAL = "foreign_local", _("A foreign local authority")


class Stage(models.TextChoices):
    SINGLE = "single", _("Application")
    CONCEPT = "concept", _("Concept note")
    FULL = "full", _("Full application")


class BidState(models.TextChoices):
    PREPARING = "preparing", _("Being prepared")
    SUBMITTED = "submitted", _("Submitted")
    AWARDED = "awarded", _("Awarded")
    REJECTED = "rejected", _("Rejected")
