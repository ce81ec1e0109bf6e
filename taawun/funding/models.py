"""External funding opportunities and the commune's bids (issue 15 #4; wave2-research.md §4.4).

A `FundingOpportunity` is a donor's programme as it is published — who may apply and who must
lead, the countries and themes, the amounts and the co-financing asked, the deadlines (each in
its own time zone, stored in UTC) — fields after Grants.gov's opportunity schema, the UK's "Find
a grant" and the draft 360Giving grant-programme extension. `matching` finds, for each open one,
the projects whose funding gap it could fill, with its reasons. A `Bid` is the commune's
application for one project; awarded, it becomes a contribution of the project's funding plan.
"""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.i18n import Translated, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText
from taawun.finance.models import CurrencyField
from taawun.partners.choices import PartnerKind

from .choices import Applicant, BidState, Instrument, OpportunityState, Stage
from .querysets import BidQuerySet, OpportunityQuerySet

HISTORY = {"excluded_fields": ["created_at", "updated_at"]}
MONEY = {"max_digits": 16, "decimal_places": 2, "validators": [MinValueValidator(0)]}
PERCENT = {
    "max_digits": 5,
    "decimal_places": 2,
    "validators": [MinValueValidator(0), MaxValueValidator(100)],
}


class FundingOpportunity(PublicRecord, Versioned, TimeStampedModel):
    donor = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("donor"),
        on_delete=models.PROTECT,
        related_name="funding_opportunities",
    )
    programme_ar, programme_fr, programme_en = char_fields(_("programme"), max_length=200)
    reference = models.CharField(_("reference"), max_length=80, blank=True)
    url = models.URLField(pgettext_lazy("web address", "link"), blank=True)
    instrument = models.CharField(
        _("instrument"), max_length=10, choices=Instrument.choices, default=Instrument.GRANT
    )
    summary_ar, summary_fr, summary_en = text_fields(_("summary"), required=("ar", "fr"))
    applicants = models.JSONField(_("who may apply"), default=list, blank=True)
    lead_kind = models.CharField(
        _("the lead must be"),
        max_length=30,
        choices=PartnerKind.choices,
        blank=True,
        help_text=_("For instance a foreign local authority; empty: the commune may lead."),
    )
    lead_country = CountryField(_("from the country"), blank=True)
    countries = CountryField(_("eligible countries"), multiple=True, blank=True)
    domains = models.ManyToManyField(
        "territory.Domain", verbose_name=_("themes"), blank=True, related_name="opportunities"
    )
    pac_axes = models.ManyToManyField(
        "territory.PacAxis",
        verbose_name=_("axes of the action programme"),
        blank=True,
        related_name="opportunities",
    )
    opens_on = models.DateField(_("opens on"), null=True, blank=True)
    currency = CurrencyField(_("currency"))
    min_amount = models.DecimalField(_("smallest amount"), **MONEY, null=True, blank=True)
    max_amount = models.DecimalField(_("largest amount"), **MONEY, null=True, blank=True)
    envelope = models.DecimalField(_("total envelope"), **MONEY, null=True, blank=True)
    min_cofinancing = models.DecimalField(
        _("co-financing asked, at least (percent)"), **PERCENT, default=0
    )
    max_funding_rate = models.DecimalField(
        _("the donor pays at most (percent)"), **PERCENT, default=100
    )
    min_months = models.PositiveSmallIntegerField(
        _("duration, at least (months)"), null=True, blank=True
    )
    max_months = models.PositiveSmallIntegerField(
        _("duration, at most (months)"), null=True, blank=True
    )
    excluded_costs_ar, excluded_costs_fr, excluded_costs_en = text_fields(_("costs not eligible"))
    documents_ar, documents_fr, documents_en = text_fields(_("documents required"))
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=OpportunityState.choices,
        default=OpportunityState.FORECAST,
    )
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("Where the facts were read.")
    )
    last_checked_on = models.DateField(_("last checked on"), null=True, blank=True)
    illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("An example drawn from a real programme, not a call open today."),
    )
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    history = HistoricalRecords(m2m_fields=[domains, pac_axes], **HISTORY)

    programme = Translated("programme")
    summary = Translated("summary")
    excluded_costs = Translated("excluded_costs")
    documents = Translated("documents")

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        verbose_name = _("funding opportunity")
        verbose_name_plural = _("funding opportunities")
        ordering = ["state", "-opens_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True)
                | Q(max_amount__isnull=True)
                | Q(min_amount__lte=models.F("max_amount")),
                name="funding_min_below_max",
            )
        ]

    label_fields = ("programme",)
    slug_fields = ("programme_fr", "programme_en")
    public_url_name = "opportunities:detail"
    manage_url_name = "funding:opportunity-detail"

    def clean(self):
        super().clean()
        if None not in (self.min_amount, self.max_amount) and self.min_amount > self.max_amount:
            raise ValidationError({"max_amount": _("The largest amount is below the smallest.")})
        unknown = set(self.applicants or []) - set(Applicant.values)
        if unknown:
            raise ValidationError({"applicants": _("Choose who may apply from the list.")})
        if self.lead_country and not self.lead_kind:
            raise ValidationError({"lead_kind": _("Say what kind of partner must lead.")})


def validate_zone(value):
    """An IANA time zone name known to the tzdata package (Europe/Paris, Africa/Casablanca)."""
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone."))


class Deadline(CleanText, models.Model):
    """A deadline of the opportunity, at a moment in the donor's time zone (stored in UTC)."""

    opportunity = models.ForeignKey(
        FundingOpportunity, on_delete=models.CASCADE, related_name="deadlines"
    )
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.SINGLE)
    due_at = models.DateTimeField(_("due at"))
    tzid = models.CharField(
        _("time zone"), max_length=64, default="Europe/Paris", validators=[validate_zone]
    )

    class Meta:
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")
        ordering = ["opportunity", "due_at"]

    def __str__(self):
        return f"{self.get_stage_display()} — {self.due_at:%Y-%m-%d %H:%M} UTC"

    @property
    def in_moroccan_time(self):
        """The donor's clock is Morocco's: its time needs no second reading."""
        return self.tzid == settings.TIME_ZONE


class Bid(Versioned, TimeStampedModel):
    """The commune's application to an opportunity for one project."""

    opportunity = models.ForeignKey(
        FundingOpportunity,
        verbose_name=_("opportunity"),
        on_delete=models.PROTECT,
        related_name="bids",
    )
    project = models.ForeignKey(
        "projects.Project", verbose_name=_("project"), on_delete=models.PROTECT, related_name="bids"
    )
    lead = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("lead applicant"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bids_led",
        help_text=_("The partner who leads when the donor asks for one; empty: the commune."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=BidState.choices, default=BidState.PREPARING
    )
    amount = models.DecimalField(_("amount asked"), **MONEY)
    currency = CurrencyField(_("currency"))
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    amount_awarded = models.DecimalField(_("amount awarded"), **MONEY, null=True, blank=True)
    contribution = models.OneToOneField(
        "projects.Contribution",
        verbose_name=_("contribution to the funding plan"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="bid",
    )
    note = models.TextField(_("internal note"), blank=True)
    history = HistoricalRecords(**HISTORY)

    objects = BidQuerySet.as_manager()

    class Meta:
        verbose_name = _("bid")
        verbose_name_plural = _("bids")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["opportunity", "project"],
                name="funding_one_bid_per_project",
                violation_error_message=_("This project already has a bid for this opportunity."),
            )
        ]

    manage_url_name = "funding:bid-detail"

    def __str__(self):
        return f"{self.opportunity} — {self.project}"

    def get_manage_url(self):
        return reverse(self.manage_url_name, kwargs={"pk": self.pk})
