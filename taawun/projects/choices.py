from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ActivityStatus(models.TextChoices):
    """IATI ActivityStatus. (A context: a project is masculine in Arabic and French.)"""

    PIPELINE = "1", pgettext_lazy("project status", "Identification")
    IMPLEMENTATION = "2", pgettext_lazy("project status", "Under way")
    FINALISATION = "3", pgettext_lazy("project status", "Finalisation")
    CLOSED = "4", pgettext_lazy("project status", "Completed")
    CANCELLED = "5", pgettext_lazy("project status", "Cancelled")
    SUSPENDED = "6", pgettext_lazy("project status", "Suspended")


class ParticipantRole(models.TextChoices):
    """IATI OrganisationRole."""

    FUNDING = "1", _("Funding")
    ACCOUNTABLE = "2", _("Accountable")
    EXTENDING = "3", _("Extending")
    IMPLEMENTING = "4", _("Implementing")


class TransactionType(models.TextChoices):
    """The IATI TransactionType codes a commune records."""

    COMMITMENT = "11", _("Incoming commitment")
    DISBURSEMENT = "3", _("Disbursement")
    EXPENDITURE = "4", _("Expenditure")


class ContributionKind(models.TextChoices):
    CASH = "cash", _("Cash")
    IN_KIND = "in_kind", _("In kind")


class MilestoneStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    UNDER_WAY = "under_way", _("Under way")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class ResultType(models.TextChoices):
    """IATI ResultType."""

    OUTPUT = "1", _("Output")
    OUTCOME = "2", _("Outcome")
    IMPACT = "3", _("Impact")


class Measure(models.TextChoices):
    """IATI IndicatorMeasure."""

    UNIT = "1", _("Unit")
    PERCENTAGE = "2", _("Percentage")
    QUALITATIVE = "5", _("Qualitative")


class Disaggregation(models.TextChoices):
    NONE = "none", _("Not disaggregated")
    SEX = "sex", _("By sex")
    SEX_AGE = "sex_age", _("By sex and age group")


class Sex(models.TextChoices):
    FEMALE = "female", _("Women and girls")
    MALE = "male", _("Men and boys")


class AgeGroup(models.TextChoices):
    UNDER_18 = "0-17", _("Under 18")
    ADULT = "18-59", _("18 to 59")
    SENIOR = "60+", _("60 and over")
