from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage, unguessable_name
from taawun.core.i18n import Translated, amount, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText
from taawun.finance.models import CurrencyField

from .choices import (
    ActivityStatus,
    AgeGroup,
    ContributionKind,
    Disaggregation,
    Measure,
    MilestoneStatus,
    ParticipantRole,
    ResultType,
    Sex,
    TransactionType,
)
from .querysets import ProjectQuerySet, PublicProjectManager, TransactionQuerySet

MONEY = {"max_digits": 16, "decimal_places": 2}
ZERO = Decimal("0")
PERCENT = [MinValueValidator(0), MaxValueValidator(100)]


# The public list's order: newest planned start first, projects without a date last. Its index
# is made by migration 0002 for each database (SQLite has no NULLS LAST in an index, but puts
# NULLs last in a descending one anyway).
LIST_ORDER = (models.F("planned_start").desc(nulls_last=True), models.F("code").asc())


class Project(PublicRecord, Versioned, TimeStampedModel):
    """A cooperation project: what agreements pay for, where, with whom, and how far it has come.

    The money totals are a summary kept current by the services that record contributions and
    transactions (services.project_refresh_totals), so lists and dashboards read them directly.
    """

    code = models.CharField(_("code"), max_length=30, unique=True)
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=255)
    description_ar, description_fr, description_en = text_fields(_("description"))
    agreements = models.ManyToManyField(
        "agreements.Agreement", verbose_name=_("agreements"), blank=True, related_name="projects"
    )
    domains = models.ManyToManyField(
        "territory.Domain", verbose_name=_("domains"), blank=True, related_name="projects"
    )
    pac_axis = models.ForeignKey(
        "territory.PacAxis",
        verbose_name=_("action-programme axis"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
    )
    status = models.CharField(
        _("status"), max_length=1, choices=ActivityStatus.choices, default=ActivityStatus.PIPELINE
    )
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    owner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("project owner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_projects",
    )
    budget = models.DecimalField(
        _("budget (MAD)"), **MONEY, default=ZERO, validators=[MinValueValidator(ZERO)]
    )
    beneficiaries = models.PositiveIntegerField(_("expected beneficiaries"), null=True, blank=True)
    # Unpublished until the commune publishes it (issue 10 #7, core.publication).
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    # The seed's objectives
    social_weight = models.PositiveSmallIntegerField(
        _("social (%)"), default=34, validators=PERCENT
    )
    economic_weight = models.PositiveSmallIntegerField(
        _("economic (%)"), default=33, validators=PERCENT
    )
    environmental_weight = models.PositiveSmallIntegerField(
        _("environmental (%)"), default=33, validators=PERCENT
    )
    expertise_exchange = models.BooleanField(_("exchange of expertise"), default=False)
    integration = models.BooleanField(_("local and regional integration"), default=False)
    innovation = models.BooleanField(_("innovation"), default=False)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, validators=PERCENT)
    # Summary of the money, in MAD (kept by the services)
    planned_mad = models.DecimalField(_("promised (MAD)"), **MONEY, default=ZERO, editable=False)
    in_kind_mad = models.DecimalField(
        _("of which in kind (MAD)"), **MONEY, default=ZERO, editable=False
    )
    committed_mad = models.DecimalField(_("committed (MAD)"), **MONEY, default=ZERO, editable=False)
    disbursed_mad = models.DecimalField(_("disbursed (MAD)"), **MONEY, default=ZERO, editable=False)
    spent_mad = models.DecimalField(_("spent (MAD)"), **MONEY, default=ZERO, editable=False)
    secured_mad = models.DecimalField(_("secured (MAD)"), **MONEY, default=ZERO, editable=False)
    commune_mad = models.DecimalField(
        _("secured from the commune (MAD)"), **MONEY, default=ZERO, editable=False
    )
    history = HistoricalRecords(
        m2m_fields=[agreements, domains],
        excluded_fields=[
            "planned_mad",
            "in_kind_mad",
            "committed_mad",
            "disbursed_mad",
            "spent_mad",
            "secured_mad",
            "commune_mad",
            "created_at",
            "updated_at",
        ],
    )

    title = Translated("title")
    description = Translated("description")

    objects = ProjectQuerySet.as_manager()
    public_objects = PublicProjectManager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(social_weight__lte=100)
                & Q(economic_weight__lte=100)
                & Q(environmental_weight__lte=100),
                name="project_weights_are_percentages",
            ),
            models.CheckConstraint(
                condition=Q(planned_start__isnull=True)
                | Q(planned_end__isnull=True)
                | Q(planned_start__lte=F("planned_end")),
                name="project_planned_dates_ordered",
                violation_error_message=_("The planned end cannot be before the planned start."),
            ),
            models.CheckConstraint(
                condition=Q(actual_start__isnull=True)
                | Q(actual_end__isnull=True)
                | Q(actual_start__lte=F("actual_end")),
                name="project_actual_dates_ordered",
                violation_error_message=_("The actual end cannot be before the actual start."),
            ),
            models.CheckConstraint(condition=Q(budget__gte=0), name="project_budget_positive"),
        ]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["is_public", "status"]),
            models.Index(fields=["-budget"]),
        ]

    # PublicRecord: the label, the slug and both pages.
    label_fields = ("code", "title")
    slug_fields = ("title_fr",)
    public_url_name = "portal:project-detail"
    manage_url_name = "projects:detail"

    def clean(self):
        """The seed's three objectives share the project: their weights add up to 100."""
        weights = [self.social_weight, self.economic_weight, self.environmental_weight]
        if all(isinstance(w, int) for w in weights) and sum(weights) != 100:
            raise ValidationError(
                _(
                    "The social, economic and environmental weights must add up to 100 (now %(sum)s)."
                )
                % {"sum": sum(weights)}
            )

    # Derived figures: plain arithmetic on the summary columns.
    @property
    def funding_gap(self):
        return max(self.budget - self.secured_mad, ZERO)

    @property
    def plan_gap(self):
        """What neither the funding plan nor the money secured covers: what is left to find."""
        return max(self.budget - max(self.planned_mad, self.secured_mad), ZERO)

    @property
    def percent_funded(self):
        if not self.budget:
            return ZERO
        return min(self.secured_mad * 100 / self.budget, Decimal("100")).quantize(Decimal("0.1"))

    @property
    def partner_mad(self):
        return self.secured_mad - self.commune_mad

    @property
    def leverage(self):
        """Partner dirhams mobilised per dirham of the commune's own (None without the commune)."""
        if not self.commune_mad:
            return None
        return (self.partner_mad / self.commune_mad).quantize(Decimal("0.01"))

    @property
    def cash_mad(self):
        return self.planned_mad - self.in_kind_mad

    @property
    def date_range(self):
        start = self.actual_start or self.planned_start
        end = self.actual_end or self.planned_end
        return start, end


class ProjectLocation(CleanText, models.Model):
    """Where a project happens: a locality, with a point on the map."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="locations")
    locality = models.ForeignKey(
        "territory.Locality",
        verbose_name=_("locality"),
        on_delete=models.PROTECT,
        related_name="project_locations",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
    )
    # What the place is ("Site de l'actuel terrain de Tamraght (2 ha)"), in Arabic and French,
    # both optional; shown in the reader's language, the other as a fallback.
    description_ar, description_fr = char_fields(_("place"), max_length=200, required=())[:2]

    description = Translated("description")

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "locality"],
                name="one_location_per_locality",
                violation_error_message=_("This locality is already one of the project's places."),
            )
        ]
        # The map's box: a range of latitudes, the longitudes filtered inside the index, and the
        # project read from it too, so the map's clusters are an index-only scan on PostgreSQL
        # (no visit to the rows, which a national dataset scatters over hundreds of pages).
        indexes = [
            models.Index(fields=["latitude", "longitude", "project"], name="projects_location_box")
        ]

    def __str__(self):
        return str(self.locality)


class Participant(CleanText, models.Model):
    """A partner's IATI role in a project: funding, accountable, extending, implementing."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participants")
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    role = models.CharField(_("role"), max_length=1, choices=ParticipantRole.choices)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["role", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "partner", "role"],
                name="one_role_per_partner",
                violation_error_message=_("This partner already has this role in the project."),
            )
        ]

    def __str__(self):
        return f"{self.partner} ({self.get_role_display()})"


class Contribution(Versioned, TimeStampedModel):
    """The funding plan: what a partner promised, in cash or in kind.

    When it comes from an agreement's obligation, its amount is the obligation's, kept in step
    by the services: plan and obligations never disagree.
    """

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="contributions")
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="contributions",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ContributionKind.choices)
    amount = models.DecimalField(_("amount"), **MONEY, validators=[MinValueValidator(ZERO)])
    currency = CurrencyField(_("currency"))
    mad_value = models.DecimalField(_("value in MAD"), **MONEY, editable=False)
    obligation = models.OneToOneField(
        "agreements.Obligation",
        verbose_name=_("agreement obligation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contribution",
    )
    note = models.CharField(_("note"), max_length=255, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["project", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="contribution_positive")
        ]

    def __str__(self):
        return f"{self.partner} — {amount(self.amount, self.currency)}"


class Transaction(Versioned, TimeStampedModel):
    """Money committed, disbursed or spent (IATI transaction), with its rate and MAD value."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="transactions")
    type = models.CharField(_("type"), max_length=2, choices=TransactionType.choices)
    date = models.DateField(_("date"))
    provider = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("provider"),
        on_delete=models.PROTECT,
        related_name="provided_transactions",
    )
    receiver = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("receiver"),
        on_delete=models.PROTECT,
        related_name="received_transactions",
        null=True,
        blank=True,
    )
    amount = models.DecimalField(
        _("amount"), **MONEY, validators=[MinValueValidator(Decimal("0.01"))]
    )
    currency = CurrencyField(_("currency"))
    rate = models.DecimalField(_("rate to MAD"), max_digits=14, decimal_places=6, editable=False)
    mad_value = models.DecimalField(_("value in MAD"), **MONEY, editable=False)
    # What the line is ("Première tranche"), in the reader's language, the others as fallback.
    description_ar, description_fr, description_en = char_fields(
        _("description"), max_length=255, required=()
    )
    override_reason = models.CharField(
        _("reason for exceeding the commitment"),
        max_length=255,
        blank=True,
        help_text=_("Required when a disbursement exceeds what the provider committed."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, editable=False
    )
    history = HistoricalRecords()

    description = Translated("description")
    objects = TransactionQuerySet.as_manager()

    class Meta:
        verbose_name = _("transaction")
        verbose_name_plural = _("transactions")
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="transaction_amount_positive"),
            models.CheckConstraint(condition=Q(rate__gt=0), name="transaction_rate_positive"),
        ]
        indexes = [
            models.Index(fields=["project", "type"]),
            models.Index(fields=["date"]),
            models.Index(fields=["provider", "type"]),
        ]

    def __str__(self):
        return f"{self.get_type_display()} {amount(self.amount, self.currency)} ({date_format(self.date) if hasattr(self.date, 'year') else self.date})"


class Milestone(Versioned, TimeStampedModel):
    """A step of the project's plan, with its dates and progress."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="milestones")
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200)
    planned_date = models.DateField(_("planned date"))
    actual_date = models.DateField(_("actual date"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, validators=PERCENT)
    status = models.CharField(
        _("status"), max_length=12, choices=MilestoneStatus.choices, default=MilestoneStatus.PLANNED
    )
    history = HistoricalRecords()

    title = Translated("title")

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["project", "planned_date", "pk"]

    def __str__(self):
        return self.title


def update_photo_path(instance, filename):
    """A private name nobody can guess: the photo of internal news must stay internal."""
    return unguessable_name("projects/updates", filename)


class Update(TimeStampedModel):
    """Dated news of a project, with a photo; public or internal."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"))
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200)
    body_ar, body_fr, body_en = text_fields(_("text"))
    photo = models.ImageField(
        _("photo"), upload_to=update_photo_path, storage=private_storage, blank=True
    )
    photo_caption = models.CharField(_("photo caption"), max_length=200, blank=True)
    # Internal until the commune makes it public (issue 10 #7): the portal lists updates alone.
    is_public = models.BooleanField(_("public"), default=False)
    history = HistoricalRecords()

    title = Translated("title")
    body = Translated("body")

    class Meta:
        verbose_name = _("update")
        verbose_name_plural = _("updates")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["is_public", "-date"])]

    def __str__(self):
        return self.title


class Indicator(Versioned, TimeStampedModel):
    """A result the project measures: output, outcome or impact, with its baseline."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="indicators")
    name_ar, name_fr, name_en = char_fields(_("indicator"), max_length=255)
    result_type = models.CharField(_("result level"), max_length=1, choices=ResultType.choices)
    measure = models.CharField(_("measure"), max_length=1, choices=Measure.choices)
    unit_ar, unit_fr, unit_en = char_fields(_("unit"), max_length=60, required=())
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    disaggregation = models.CharField(
        _("disaggregation"),
        max_length=10,
        choices=Disaggregation.choices,
        default=Disaggregation.NONE,
    )
    history = HistoricalRecords()

    name = Translated("name")
    unit = Translated("unit")

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["project", "result_type", "pk"]

    def __str__(self):
        return self.name


class IndicatorPeriod(CleanText, Versioned, models.Model):
    """Target and actual for one period of an indicator."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="periods")
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual = models.DecimalField(
        _("actual"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    comment = models.CharField(_("comment"), max_length=255, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("period")
        verbose_name_plural = _("periods")
        ordering = ["indicator", "period_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_start__lte=F("period_end")),
                name="indicator_period_ordered",
                violation_error_message=_("The period ends before it starts."),
            ),
            models.UniqueConstraint(
                fields=["indicator", "period_start"],
                name="one_period_per_start",
                violation_error_message=_("A period of this indicator already starts on this day."),
            ),
        ]

    def __str__(self):
        return f"{self.period_start} – {self.period_end}"

    @property
    def percent_of_target(self):
        if self.target in (None, 0) or self.actual is None:
            return None
        return (self.actual * 100 / self.target).quantize(Decimal("1"))


class IndicatorValue(CleanText, models.Model):
    """A disaggregated part of a period's target and actual (by sex, and age group)."""

    period = models.ForeignKey(IndicatorPeriod, on_delete=models.CASCADE, related_name="values")
    sex = models.CharField(_("sex"), max_length=6, choices=Sex.choices)
    age_group = models.CharField(_("age group"), max_length=6, choices=AgeGroup.choices, blank=True)
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual = models.DecimalField(
        _("actual"), max_digits=14, decimal_places=2, null=True, blank=True
    )

    class Meta:
        verbose_name = _("disaggregated value")
        verbose_name_plural = _("disaggregated values")
        ordering = ["period", "sex", "age_group"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "sex", "age_group"], name="one_value_per_category"
            )
        ]

    def __str__(self):
        return f"{self.get_sex_display()} {self.age_group}".strip()
