from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage
from taawun.core.i18n import Translated, amount, char_fields, localized_item, readable, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText
from taawun.finance.models import MAD, CurrencyField
from taawun.finance.services import ABSURD_MAD

from .choices import (
    AmendmentStatus,
    ChangedTerm,
    CouncilRejection,
    DocumentCategory,
    EventAction,
    InKindType,
    ObligationKind,
    ObligationStatus,
    PartyRole,
    Renewal,
    Stage,
    VisaOutcome,
)
from .convention_models import ConventionTemplate
from .lifecycle import CLOSED, OPEN_OBLIGATION, VISA_DAYS, visa_deadline
from .payment_models import Delivery, PaymentDeclaration
from .querysets import AgreementQuerySet, ObligationQuerySet, PublicAgreementManager
from .storage import document_path

MONEY = {"max_digits": 16, "decimal_places": 2}
POSITIVE = [MinValueValidator(Decimal("0"))]


class AgreementKind(TimeStampedModel):
    """A kind of convention and the rules it carries; data, so a commune can correct them."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    needs_council_deliberation = models.BooleanField(
        _("needs a council deliberation"), default=True
    )
    needs_governor_visa = models.BooleanField(
        _("needs the governor's visa"),
        default=False,
        help_text=_("Art. 118: e.g. twinning and cooperation with foreign collectivities."),
    )
    council_rejection = models.CharField(
        _("when the council votes against"),
        max_length=10,
        choices=CouncilRejection.choices,
        default=CouncilRejection.REJECTED,
    )
    default_duration_months = models.PositiveSmallIntegerField(
        _("default duration (months)"), default=36, validators=[MaxValueValidator(600)]
    )
    is_framework = models.BooleanField(
        _("framework agreement"),
        default=False,
        help_text=_("Specific agreements can be attached under a framework agreement."),
    )
    # What a convention of this kind cites ("Vu …"), one reference per line, in each language a
    # convention is drafted in (conventions/): data the commune corrects.
    legal_references_ar, legal_references_fr = text_fields(_("legal references"))[:2]
    history = HistoricalRecords()

    name = Translated("name")

    class Meta:
        verbose_name = _("kind of agreement")
        verbose_name_plural = _("kinds of agreement")
        ordering = ["name_fr"]

    def __str__(self):
        return self.name


class Agreement(PublicRecord, Versioned, TimeStampedModel):
    """A convention the commune is party to, followed from draft to its end."""

    reference = models.CharField(_("reference number"), max_length=40, unique=True)
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=255)
    object_ar, object_fr, object_en = text_fields(_("object"), required=("ar", "fr"))
    kind = models.ForeignKey(
        AgreementKind, verbose_name=_("kind"), on_delete=models.PROTECT, related_name="agreements"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("framework agreement"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="specific_agreements",
        limit_choices_to={"kind__is_framework": True},
    )
    domains = models.ManyToManyField(
        "territory.Domain", verbose_name=_("domains"), blank=True, related_name="agreements"
    )
    localities = models.ManyToManyField(
        "territory.Locality", verbose_name=_("localities"), blank=True, related_name="agreements"
    )
    pac_axis = models.ForeignKey(
        "territory.PacAxis",
        verbose_name=_("action-programme axis"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField(
        _("duration (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Left empty, the kind's default duration applies."),
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    renewal = models.CharField(
        _("renewal"), max_length=10, choices=Renewal.choices, default=Renewal.NONE
    )
    # Unpublished until the commune publishes it (issue 10 #7, core.publication); the register
    # shows it from the council's deliberation on.
    is_public = models.BooleanField(
        _("published in the public register"),
        default=False,
        help_text=_("Law 31-13: conventions are published proactively unless there is a reason."),
    )
    internal_notes = models.TextField(_("internal notes"), blank=True)
    # Lifecycle
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.DRAFT, editable=False
    )
    stage_since = models.DateTimeField(
        _("in this stage since"), default=timezone.now, editable=False
    )
    suspended_from = models.CharField(
        max_length=20, choices=Stage.choices, blank=True, editable=False
    )
    # The commune's council deliberation
    # Typed at the deliberation in Arabic and French (both asked by its form, empty before).
    council_session_ar, council_session_fr = char_fields(
        _("council session"), max_length=120, required=()
    )[:2]
    council_date = models.DateField(_("deliberation date"), null=True, blank=True)
    council_decision_number = models.CharField(_("decision number"), max_length=40, blank=True)
    votes_for = models.PositiveSmallIntegerField(_("votes for"), null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(_("votes against"), null=True, blank=True)
    votes_abstaining = models.PositiveSmallIntegerField(_("abstentions"), null=True, blank=True)
    # The governor's visa
    visa_submitted_on = models.DateField(_("sent for the visa on"), null=True, blank=True)
    visa_outcome = models.CharField(
        _("visa"), max_length=10, choices=VisaOutcome.choices, blank=True
    )
    visa_date = models.DateField(_("visa date"), null=True, blank=True)
    entered_into_force_on = models.DateField(_("in force since"), null=True, blank=True)
    history = HistoricalRecords(m2m_fields=[domains, localities])

    title = Translated("title")
    object = Translated("object")
    council_session = Translated("council_session")

    objects = AgreementQuerySet.as_manager()
    public_objects = PublicAgreementManager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(start_date__lte=F("end_date")),
                name="agreement_dates_ordered",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]
        indexes = [
            models.Index(fields=["stage", "stage_since"]),
            models.Index(fields=["end_date"]),
            # The register's order, latest deliberation first.
            models.Index(fields=["-council_date", "-id"], name="agreement_register_order"),
        ]

    # PublicRecord: the label, the slug and both pages.
    label_fields = ("reference", "title")
    slug_fields = ("title_fr",)
    public_url_name = "portal:agreement-detail"
    manage_url_name = "agreements:detail"

    def clean(self):
        if self.parent_id is not None and self.pk is not None and self.parent_id == self.pk:
            raise ValidationError(
                {"parent": _("An agreement cannot be its own framework agreement.")}
            )

    @property
    def visa_deadline(self):
        return visa_deadline(self)

    @property
    def visa_days_left(self):
        deadline = self.visa_deadline
        if deadline is None:
            return None
        return (deadline - timezone.localdate()).days

    @property
    def needs_visa(self):
        return self.kind.needs_governor_visa

    @property
    def effective_duration_months(self):
        return self.duration_months or self.kind.default_duration_months

    @property
    def is_closed(self):
        return self.stage in CLOSED


class Party(Versioned, TimeStampedModel):
    """A partner's place in an agreement: its role, its approval and its signature."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="parties"
    )
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="parties",
    )
    role = models.CharField(_("role"), max_length=20, choices=PartyRole.choices)
    # The representative's title in each language ("Président du conseil communal"), both
    # optional; shown in the reader's language, the other as a fallback.
    representative_ar, representative_fr = char_fields(
        _("represented by"), max_length=200, required=(), help_text=_("Name and title.")
    )[:2]
    approval_body = models.CharField(_("approving body"), max_length=200, blank=True)
    approval_decision_number = models.CharField(
        _("approval decision number"), max_length=60, blank=True
    )
    approval_date = models.DateField(_("approval date"), null=True, blank=True)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signatory = models.CharField(_("signatory"), max_length=200, blank=True)
    added_by_amendment = models.ForeignKey(
        "Amendment",
        verbose_name=_("added by amendment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="added_parties",
    )
    history = HistoricalRecords()

    representative = Translated("representative")

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "partner"],
                name="one_party_per_partner",
                violation_error_message=_("This partner is already a party to the agreement."),
            ),
        ]

    def __str__(self):
        return f"{self.partner} ({self.get_role_display()})"

    @property
    def is_approved(self):
        return self.approval_date is not None

    @property
    def is_signed(self):
        return self.signed_on is not None


class Amendment(Versioned, TimeStampedModel):
    """An avenant: numbered and dated, approved like the agreement, changing its terms."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="amendments"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    dated = models.DateField(_("date"))
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=255)
    council_date = models.DateField(_("deliberation date"), null=True, blank=True)
    council_decision_number = models.CharField(_("decision number"), max_length=40, blank=True)
    new_start_date = models.DateField(_("new start date"), null=True, blank=True)
    new_end_date = models.DateField(_("new end date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=AmendmentStatus.choices, default=AmendmentStatus.DRAFT
    )
    applied_at = models.DateTimeField(_("applied on"), null=True, blank=True, editable=False)
    history = HistoricalRecords()

    title = Translated("title")

    class Meta:
        verbose_name = _("amendment")
        verbose_name_plural = _("amendments")
        ordering = ["agreement", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "number"],
                name="amendment_number_unique",
                violation_error_message=_(
                    "This agreement already has an amendment with this number."
                ),
            ),
        ]

    def __str__(self):
        return _("Amendment no. %(number)s") % {"number": self.number}


class AmendmentChange(CleanText, models.Model):
    """One term an amendment changed: what it was and what it became (written when applied).

    Values are stored as data (ISO dates, amounts, names) and shown in the reader's language.
    """

    amendment = models.ForeignKey(Amendment, on_delete=models.CASCADE, related_name="changes")
    term = models.CharField(max_length=20, choices=ChangedTerm.choices)
    subject = models.CharField(max_length=255, blank=True)  # e.g. the partner concerned
    before = models.CharField(max_length=255, blank=True)
    after = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_term_display()}: {readable(self.before)} → {readable(self.after)}"

    @property
    def before_display(self):
        return readable(self.before)

    @property
    def after_display(self):
        return readable(self.after)


class Obligation(Versioned, TimeStampedModel):
    """What one party owes under the agreement: money by tranche, or a contribution in kind."""

    party = models.ForeignKey(
        Party, verbose_name=_("party"), on_delete=models.CASCADE, related_name="obligations"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ObligationKind.choices)
    in_kind_type = models.CharField(
        _("type of contribution in kind"), max_length=10, choices=InKindType.choices, blank=True
    )
    description_ar, description_fr, description_en = char_fields(
        _("description"), max_length=255, required=()
    )
    amount = models.DecimalField(_("amount"), **MONEY, validators=POSITIVE)
    currency = CurrencyField(_("currency"))
    mad_value = models.DecimalField(_("value in MAD"), **MONEY, editable=False)
    tranche = models.PositiveSmallIntegerField(_("tranche"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_year = models.PositiveSmallIntegerField(
        _("due year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ObligationStatus.choices,
        default=ObligationStatus.DUE,
        editable=False,
    )
    delivered_mad = models.DecimalField(
        _("delivered (MAD)"), **MONEY, default=Decimal("0"), editable=False
    )
    added_by_amendment = models.ForeignKey(
        Amendment,
        verbose_name=_("added by amendment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="added_obligations",
    )
    history = HistoricalRecords()

    description = Translated("description")
    objects = ObligationQuerySet.as_manager()

    class Meta:
        verbose_name = _("obligation")
        verbose_name_plural = _("obligations")
        ordering = ["party", "due_date", "tranche", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="obligation_amount_positive"),
            models.CheckConstraint(
                condition=Q(kind=ObligationKind.FINANCIAL) | ~Q(in_kind_type=""),
                name="in_kind_obligation_has_a_type",
                violation_error_message=_("Say what kind of contribution in kind this is."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_date"]),
            # The overdue alert: open obligations, oldest due first, read in order.
            models.Index(
                fields=["due_date"],
                condition=Q(status__in=OPEN_OBLIGATION),
                name="obligation_open_by_due_date",
            ),
        ]

    def __str__(self):
        return (
            f"{self.party.partner} — {self.get_kind_display()} {amount(self.amount, self.currency)}"
        )

    def clean(self):
        """The rules every entry point meets (forms, API, imports, the demo, commands)."""
        errors = {}
        if self.kind == ObligationKind.IN_KIND:
            if not self.in_kind_type:
                errors["in_kind_type"] = _("Say what kind of contribution in kind this is.")
            if not (self.description_ar or self.description_fr):
                errors["description_fr"] = _("Describe the contribution in kind.")
        if not self.due_date and not self.due_year:
            errors["due_date"] = _("Give a due date, or at least the year.")
        if self.amount is not None and self.amount > ABSURD_MAD:
            errors["amount"] = _("This amount is not plausible; check the figures.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_late(self):
        due = self.due_date
        return due is not None and due < timezone.localdate() and self.status in OPEN_OBLIGATION

    @property
    def percent_delivered(self):
        if not self.mad_value:
            return Decimal("0")
        return (self.delivered_mad * 100 / self.mad_value).quantize(Decimal("0.1"))

    @property
    def outstanding_mad(self):
        return max(self.mad_value - self.delivered_mad, Decimal("0"))


class Document(TimeStampedModel):
    """A signed scan, annex or proof, stored through Django's storage API, with versions."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="documents"
    )
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200, required=())
    category = models.CharField(_("category"), max_length=20, choices=DocumentCategory.choices)
    file = models.FileField(
        _("file"), upload_to=document_path, storage=private_storage, max_length=255
    )
    content_type = models.CharField(_("file type"), max_length=100, editable=False)
    size = models.PositiveIntegerField(_("size (bytes)"), editable=False)
    version = models.PositiveSmallIntegerField(_("version"), default=1, editable=False)
    previous = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_version",
    )
    is_public = models.BooleanField(_("public"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, editable=False
    )
    history = HistoricalRecords()

    title = Translated("title")

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["category", "title_fr", "title_ar", "-version"]

    def __str__(self):
        return self.title

    def clean(self):
        if not (self.title_ar or self.title_fr):
            raise ValidationError({"title_fr": _("Give the document a title in Arabic or French.")})

    @property
    def is_current(self):
        return not hasattr(self, "next_version")


class Event(CleanText, models.Model):
    """One step of the agreement's timeline: who did what, and when.

    The action is a code shown in the reader's language; `partner` names the party a step is
    about; `detail` holds data only (a decision number, a reason typed by someone), never
    interface text.
    """

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    on = models.DateField(null=True, blank=True)  # the legal date of the step, when there is one
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    action = models.CharField(max_length=30, choices=EventAction.choices)
    stage = models.CharField(max_length=20, choices=Stage.choices)
    detail = models.CharField(max_length=300, blank=True)
    # The party a step is about (its approval, its signature): named at display time in the
    # reader's language, never frozen in the language of whoever recorded the step.
    partner = models.ForeignKey(
        "partners.Partner", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Figures of the step, shown in the reader's language: a deliberation's votes and session,
    # the obligation a waiver is about and its value in MAD.
    facts = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["agreement", "at"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d} {self.get_action_display()} {self.detail}".strip()

    @property
    def session(self):
        """A deliberation's council session, in the reader's language."""
        return localized_item(self.facts, "session")

    @property
    def label(self):
        """What the timeline says: the new stage for a move, else the action."""
        if self.action == EventAction.STAGE:
            return self.get_stage_display()
        return self.get_action_display()


__all__ = [
    "MAD",
    "VISA_DAYS",
    "Agreement",
    "AgreementKind",
    "Amendment",
    "AmendmentChange",
    "ConventionTemplate",
    "Delivery",
    "Document",
    "Event",
    "Obligation",
    "Party",
    "PaymentDeclaration",
]
