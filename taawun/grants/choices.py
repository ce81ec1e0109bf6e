from django.db import models
from django.utils.translation import gettext_lazy as _


class CallState(models.TextChoices):
    """A call for projects, from its drafting to its archive (wave2-research.md §3.7)."""

    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Open for applications")
    CLOSED = "closed", _("Closed: no more applications")
    REVIEW = "review", _("Applications under review")
    RESULTS = "results", _("Results published")
    ARCHIVED = "archived", _("Archived")


class ApplicantKind(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    COOPERATIVE = "cooperative", _("Cooperative")
    FEDERATION = "federation", _("Federation or network of associations")


class ApplicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ELIGIBLE = "eligible", _("Eligible: being scored")
    INELIGIBLE = "ineligible", _("Not eligible")
    SELECTED = "selected", _("Selected for a grant")
    RESERVE = "reserve", _("On the reserve list")
    NOT_SELECTED = "not_selected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


DECIDED = {ApplicationState.SELECTED, ApplicationState.RESERVE, ApplicationState.NOT_SELECTED}
