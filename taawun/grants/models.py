"""Calls for projects and grants to associations (issue 14; wave2-research.md §1.5 and §3.7).

A `Call` states its rules as data — the envelope, the smallest and largest grant, the own
contribution asked, the largest share of the budget the commune pays, who may apply, the
documents to join (`RequiredDocument`) and the scoring grid (`Criterion`, a default grid copied
into each call) — and opens and closes at moments in Morocco's time, stored in UTC. An
`Application` is an association's (a partner of the register), drafted and submitted by its
representative before the deadline, with its budget lines and documents; the commune screens it
(eligible or not, with reasons), reviewers score it (`Review`, each declaring conflicts of
interest first), and the selection within the envelope makes the grant conventions, which are
agreements of the kind "grant" following the ordinary lifecycle.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage, unguessable_name
from taawun.core.i18n import Translated, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText

from .choices import ApplicantKind, ApplicationState, CallState
from .querysets import ApplicationQuerySet, CallQuerySet

MONEY = {"max_digits": 14, "decimal_places": 2}
POSITIVE = [MinValueValidator(Decimal("0"))]
PERCENT = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))]
HISTORY = {"excluded_fields": ["created_at", "updated_at"]}


class Call(PublicRecord, Versioned, TimeStampedModel):
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    year = models.PositiveSmallIntegerField(editable=False)
    number = models.PositiveIntegerField(editable=False)
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200)
    description_ar, description_fr, description_en = text_fields(
        _("what the call supports and how to apply"), required=("ar", "fr")
    )
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=300,
        help_text=_("The council's deliberation (number and date) and the circulars it applies."),
    )
    domains = models.ManyToManyField("territory.Domain", verbose_name=_("themes"), blank=True)
    pac_axes = models.ManyToManyField(
        "territory.PacAxis", verbose_name=_("axes of the action programme"), blank=True
    )
    localities = models.ManyToManyField(
        "territory.Locality",
        verbose_name=_("localities"),
        blank=True,
        help_text=_("Empty: the whole commune."),
    )
    envelope = models.DecimalField(_("envelope (MAD)"), **MONEY, validators=POSITIVE)
    min_grant = models.DecimalField(_("smallest grant (MAD)"), **MONEY, validators=POSITIVE)
    max_grant = models.DecimalField(_("largest grant (MAD)"), **MONEY, validators=POSITIVE)
    min_own_share = models.DecimalField(
        _("own contribution, at least (percent of the budget)"),
        max_digits=5,
        decimal_places=2,
        validators=PERCENT,
        default=Decimal("0"),
    )
    max_funding_rate = models.DecimalField(
        _("the commune pays at most (percent of the budget)"),
        max_digits=5,
        decimal_places=2,
        validators=PERCENT,
        default=Decimal("100"),
    )
    applicant_kinds = models.JSONField(
        _("who may apply"), default=list, help_text=_("Associations, cooperatives, federations.")
    )
    min_years = models.PositiveSmallIntegerField(_("constituted for at least (years)"), default=0)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    state = models.CharField(
        _("state"), max_length=12, choices=CallState.choices, default=CallState.DRAFT
    )
    results_published_at = models.DateTimeField(_("results published at"), null=True, blank=True)
    reviewers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewers"),
        blank=True,
        related_name="calls_to_review",
        help_text=_("The commune's people who score the applications; empty: any of them."),
    )
    selection_decision = models.OneToOneField(
        "coordination.Decision",
        verbose_name=_("the committee's decision on the selection"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="grant_call",
    )
    history = HistoricalRecords(**HISTORY, m2m_fields=[reviewers])

    title = Translated("title")
    description = Translated("description")

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call for projects")
        verbose_name_plural = _("calls for projects")
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="grants_call_number"),
            models.CheckConstraint(
                condition=Q(min_grant__lte=models.F("max_grant")),
                name="grants_call_min_below_max",
            ),
            models.CheckConstraint(
                condition=Q(opens_at__lt=models.F("closes_at")),
                name="grants_call_opens_before_closing",
            ),
        ]

    label_fields = ("reference",)
    slug_fields = ("title_fr",)
    public_url_name = "calls:detail"
    manage_url_name = "grants:call-detail"

    def __str__(self):
        return f"{self.reference} — {self.title}"

    def clean(self):
        super().clean()
        if None not in (self.min_grant, self.max_grant) and self.min_grant > self.max_grant:
            raise ValidationError({"max_grant": _("The largest grant is below the smallest.")})
        if None not in (self.max_grant, self.envelope) and self.max_grant > self.envelope:
            raise ValidationError({"max_grant": _("The largest grant exceeds the envelope.")})
        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            raise ValidationError({"closes_at": _("The call closes after it opens.")})
        unknown = set(self.applicant_kinds or []) - set(ApplicantKind.values)
        if unknown or not self.applicant_kinds:
            raise ValidationError({"applicant_kinds": _("Choose who may apply.")})

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.state == CallState.PUBLISHED and self.opens_at <= now < self.closes_at

    @property
    def total_weight(self):
        return sum(c.weight for c in self.criteria.all() if not c.eliminatory)


class Criterion(CleanText, models.Model):
    """A line of the call's scoring grid: scored 0 to `weight` points, or eliminatory (yes/no:
    a "no" from any reviewer puts the application out)."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="criteria")
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    label_ar, label_fr, label_en = char_fields(_("criterion"), max_length=200)
    guidance_ar, guidance_fr, guidance_en = text_fields(_("guidance for the reviewers"))
    weight = models.PositiveSmallIntegerField(_("points"), default=10)
    eliminatory = models.BooleanField(_("eliminatory (yes or no)"), default=False)

    label = Translated("label")
    guidance = Translated("guidance")

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["call", "order", "pk"]

    def __str__(self):
        return str(self.label)


class RequiredDocument(CleanText, models.Model):
    """A document an application must join (or may, when not `required`)."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="required_documents")
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    label_ar, label_fr, label_en = char_fields(_("document"), max_length=200)
    required = models.BooleanField(_("required"), default=True)

    label = Translated("label")

    class Meta:
        verbose_name = _("document to join")
        verbose_name_plural = _("documents to join")
        ordering = ["call", "order", "pk"]

    def __str__(self):
        return str(self.label)


class Application(Versioned, TimeStampedModel):
    call = models.ForeignKey(
        Call, verbose_name=_("call"), on_delete=models.PROTECT, related_name="applications"
    )
    association = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("applicant"),
        on_delete=models.PROTECT,
        related_name="grant_applications",
    )
    applicant_kind = models.CharField(
        _("the applicant is"), max_length=12, choices=ApplicantKind.choices
    )
    founded_on = models.DateField(
        _("constituted on"), help_text=_("The date of the definitive receipt of its declaration.")
    )
    reference = models.CharField(_("receipt number"), max_length=24, blank=True, editable=False)
    year = models.PositiveSmallIntegerField(null=True, editable=False)
    number = models.PositiveIntegerField(null=True, editable=False)
    title = models.CharField(_("project"), max_length=200)
    summary = models.TextField(_("what the project does, for whom"), max_length=6000)
    locality = models.ForeignKey(
        "territory.Locality", verbose_name=_("locality"), on_delete=models.PROTECT
    )
    domain = models.ForeignKey(
        "territory.Domain",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="grant_applications",
        help_text=_("Among the call's themes."),
    )
    women = models.PositiveIntegerField(_("women"), default=0)
    men = models.PositiveIntegerField(_("men"), default=0)
    girls = models.PositiveIntegerField(_("girls (under 18)"), default=0)
    boys = models.PositiveIntegerField(_("boys (under 18)"), default=0)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    no_double_funding = models.BooleanField(
        _("no other public funding for the same expenses"), default=False
    )
    data_notice = models.BooleanField(_("the notice on personal data was read"), default=False)
    state = models.CharField(
        _("state"), max_length=14, choices=ApplicationState.choices, default=ApplicationState.DRAFT
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    screening_reasons = models.TextField(_("reasons"), max_length=4000, blank=True)
    score = models.DecimalField(
        _("score"), max_digits=6, decimal_places=2, null=True, blank=True, editable=False
    )
    rank = models.PositiveSmallIntegerField(_("rank"), null=True, blank=True, editable=False)
    awarded = models.DecimalField(_("grant awarded (MAD)"), **MONEY, null=True, blank=True)
    agreement = models.OneToOneField(
        "agreements.Agreement",
        verbose_name=_("grant convention"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grant_application",
    )
    history = HistoricalRecords(**HISTORY)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["call", "number", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="grants_application_number"),
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")),
                name="grants_application_dates",
            ),
        ]

    def __str__(self):
        return self.reference or self.title

    def get_manage_url(self):
        from django.urls import reverse

        return reverse("grants:application-detail", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.starts_on > self.ends_on:
            raise ValidationError({"ends_on": _("The project ends after it starts.")})

    @property
    def beneficiaries(self):
        return self.women + self.men + self.girls + self.boys

    def totals(self, lines=None):
        """{"requested", "own", "others", "budget"} in MAD, from the budget lines."""
        lines = self.budget_lines.all() if lines is None else lines
        requested = sum((line.requested for line in lines), Decimal("0"))
        own = sum((line.own_cash + line.own_in_kind for line in lines), Decimal("0"))
        others = sum((line.other_funders for line in lines), Decimal("0"))
        return {
            "requested": requested,
            "own": own,
            "others": others,
            "budget": requested + own + others,
        }


class BudgetLine(CleanText, models.Model):
    """A line of the project's budget: what is asked of the commune, what the applicant brings
    (money and in kind) and what other funders give."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="budget_lines"
    )
    label = models.CharField(_("expense"), max_length=200)
    requested = models.DecimalField(
        _("asked of the commune"), **MONEY, validators=POSITIVE, default=0
    )
    own_cash = models.DecimalField(_("own money"), **MONEY, validators=POSITIVE, default=0)
    own_in_kind = models.DecimalField(_("own, in kind"), **MONEY, validators=POSITIVE, default=0)
    other_funders = models.DecimalField(_("other funders"), **MONEY, validators=POSITIVE, default=0)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["application", "pk"]

    def __str__(self):
        return self.label


def application_document_path(instance, filename):
    return unguessable_name("grant-applications", filename)


class ApplicationDocument(CleanText, models.Model):
    """A document joined to an application: private, checked for what it really is."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="documents")
    requirement = models.ForeignKey(
        RequiredDocument,
        verbose_name=_("document asked"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), upload_to=application_document_path, storage=private_storage, max_length=255
    )
    content_type = models.CharField(max_length=100, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("application document")
        verbose_name_plural = _("application documents")
        ordering = ["application", "pk"]

    def __str__(self):
        return self.title


class Review(CleanText, models.Model):
    """One reviewer's reading of one application: the declaration of interests first (a
    reviewer tied to the applicant is excluded from it), then a score per criterion; hidden
    from the other reviewers until their own is submitted."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="grant_reviews"
    )
    conflict = models.BooleanField(_("I am tied to the applicant"), default=False)
    conflict_note = models.CharField(_("how"), max_length=300, blank=True)
    scores = models.JSONField(_("points per criterion"), default=dict, blank=True)
    comment = models.TextField(_("comment"), max_length=4000, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"], name="grants_one_review_per_reviewer"
            )
        ]

    def __str__(self):
        return f"{self.application_id}/{self.reviewer_id}"

    def total(self, criteria):
        """The points of the scored criteria; None when an eliminatory criterion says no."""
        points = Decimal("0")
        for criterion in criteria:
            value = self.scores.get(str(criterion.pk))
            if criterion.eliminatory:
                if not value:
                    return None
                continue
            points += Decimal(str(value or 0))
        return points


from .report_models import GrantReport, ReportDocument  # noqa: E402,F401 - one models module
