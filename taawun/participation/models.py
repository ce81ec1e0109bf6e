"""Residents' participation (issue 13): resident accounts and the priorities they propose and
support, the commune's public answers, and the projects that answer them.

A resident's account holds personal data (Law 09-08): its display name, locality, level of
verification and, once verified in person, a keyed hash of the national ID number — never the
number. None of it is public: a priority's page names an association that proposed it, never a
resident, and supporters are counted, never listed. When a resident deletes their account the
priorities they proposed stay, without an author, and their supports stay counted.
"""

from datetime import timedelta
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
from taawun.core.i18n import Translated
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText

from .choices import (
    CLOSED_REQUESTS,
    AnswerState,
    FlagReason,
    Language,
    Level,
    LinkKind,
    Moderation,
    RefusalGround,
    RejectionReason,
    RequestState,
)
from .querysets import InformationRequestQuerySet, PriorityQuerySet, PublicPriorityManager

HISTORY = {"excluded_fields": ["created_at", "updated_at", "supports_count"]}


class Resident(CleanText, models.Model):
    """The participation side of a resident's account (User.role = resident)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="resident",
    )
    display_name = models.CharField(_("display name"), max_length=60)
    locality = models.ForeignKey(
        "territory.Locality",
        verbose_name=_("locality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed on"), null=True, blank=True)
    verified_at = models.DateTimeField(_("verified in person on"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # HMAC-SHA256 of the normalised national ID number under settings.NATIONAL_ID_KEY: enough to
    # tell two signatures by the same person apart, useless to read the number back.
    national_id_hash = models.CharField(max_length=64, blank=True, editable=False)
    notice_version = models.CharField(_("information notice accepted"), max_length=20)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    class Meta:
        verbose_name = _("resident")
        verbose_name_plural = _("residents")
        constraints = [
            models.UniqueConstraint(
                fields=["national_id_hash"],
                condition=~Q(national_id_hash=""),
                name="participation_one_account_per_national_id",
                violation_error_message=_(
                    "Another account is already verified with this national ID number."
                ),
            )
        ]

    def __str__(self):
        return self.display_name

    @property
    def level(self):
        if self.verified_at is not None:
            return Level.IN_PERSON
        if self.email_confirmed_at is not None:
            return Level.EMAIL
        return Level.NONE

    def get_level_display(self):
        return Level(self.level).label


def priority_photo_path(instance, filename):
    """A name nobody can guess, in the private storage: a hidden priority's photo stays hidden."""
    return unguessable_name("participation/priorities", filename)


COORDINATE = {"max_digits": 8, "decimal_places": 5, "null": True, "blank": True}


class Priority(PublicRecord, Versioned, TimeStampedModel):
    """A development priority proposed by a resident or an association, published after
    moderation, supported by residents, and answered publicly by the commune."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="priorities",
    )
    association = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("on behalf of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="priorities",
        help_text=_("The association that proposes it, when its representative does."),
    )
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), max_length=4000)
    language = models.CharField(
        _("written in"), max_length=2, choices=Language.choices, default=Language.AR
    )
    domain = models.ForeignKey(
        "territory.Domain", verbose_name=_("domain"), on_delete=models.PROTECT, related_name="+"
    )
    pac_axis = models.ForeignKey(
        "territory.PacAxis",
        verbose_name=_("axis of the action programme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    locality = models.ForeignKey(
        "territory.Locality",
        verbose_name=_("locality"),
        on_delete=models.PROTECT,
        related_name="priorities",
    )
    latitude = models.DecimalField(
        _("latitude"),
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
        **COORDINATE,
    )
    longitude = models.DecimalField(
        _("longitude"),
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
        **COORDINATE,
    )
    photo = models.ImageField(
        _("photo"), upload_to=priority_photo_path, storage=private_storage, blank=True
    )

    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.PENDING
    )
    moderation_reason = models.CharField(_("reason"), max_length=300, blank=True)
    moderated_at = models.DateTimeField(_("moderated on"), null=True, blank=True)
    published_at = models.DateTimeField(_("published on"), null=True, blank=True)
    support_opens_on = models.DateField(_("supports open on"), null=True, blank=True)
    support_closes_on = models.DateField(_("supports close on"), null=True, blank=True)
    supports_count = models.PositiveIntegerField(_("online supports"), default=0, editable=False)
    paper_supports = models.PositiveIntegerField(_("supports on paper"), default=0)

    answer_state = models.CharField(
        _("answer"), max_length=16, choices=AnswerState.choices, default=AnswerState.NOT_ANSWERED
    )
    rejection_reason = models.CharField(
        _("reason for not accepting"), max_length=24, choices=RejectionReason.choices, blank=True
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged",
    )
    answer_ar = models.TextField(_("answer (Arabic)"), max_length=4000, blank=True)
    answer_fr = models.TextField(_("answer (French)"), max_length=4000, blank=True)
    answer_en = models.TextField(_("answer (English)"), max_length=4000, blank=True)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    answer_published_at = models.DateTimeField(_("answer published on"), null=True, blank=True)

    projects = models.ManyToManyField(
        "projects.Project",
        through="PriorityProject",
        related_name="priorities",
        verbose_name=_("projects"),
    )
    history = HistoricalRecords(**HISTORY)

    answer = Translated("answer")

    objects = PriorityQuerySet.as_manager()
    public_objects = PublicPriorityManager()

    class Meta:
        verbose_name = _("priority")
        verbose_name_plural = _("priorities")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["moderation", "published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(answer_state=AnswerState.REJECTED) | ~Q(rejection_reason=""),
                name="participation_rejection_has_reason",
                violation_error_message=_("Say why the priority is not accepted."),
            ),
        ]

    label_fields = ("title",)
    slug_fields = ("title",)
    public_url_name = "priorities:detail"
    manage_url_name = "participation:detail"

    @property
    def slug(self):
        from django.utils.text import slugify

        return (slugify(self.title) or slugify(self.title, allow_unicode=True))[:60].strip(
            "-"
        ) or "priority"

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both the latitude and the longitude, or neither."))
        if self.answer_state == AnswerState.REJECTED and not self.rejection_reason:
            raise ValidationError({"rejection_reason": _("Say why the priority is not accepted.")})
        if self.answer_state != AnswerState.REJECTED:
            self.rejection_reason = ""
        if self.answer_state == AnswerState.MERGED and self.merged_into_id is None:
            raise ValidationError({"merged_into": _("Choose the priority it is merged into.")})
        if self.merged_into_id is not None and self.merged_into_id == self.pk:
            raise ValidationError({"merged_into": _("A priority cannot be merged into itself.")})
        opens, closes = self.support_opens_on, self.support_closes_on
        if opens and closes and closes < opens:
            raise ValidationError(
                {"support_closes_on": _("Supports cannot close before they open.")}
            )

    # What the pages read -----------------------------------------------------------------

    @property
    def is_published(self):
        return self.moderation == Moderation.PUBLISHED

    @property
    def total_supports(self):
        return self.supports_count + self.paper_supports

    @property
    def answer_is_public(self):
        return self.answer_published_at is not None

    def support_is_open(self, today=None):
        today = today or timezone.localdate()
        return (
            self.is_published
            and self.support_opens_on is not None
            and self.support_opens_on <= today
            and (self.support_closes_on is None or today <= self.support_closes_on)
        )

    @property
    def answer_owed(self):
        """Whether the commune owes a public answer: supports reached the threshold."""
        return self.is_published and self.total_supports >= settings.PRIORITY_ANSWER_THRESHOLD

    @property
    def answer_due_on(self):
        """The day the owed answer is due: N days after the priority was published (staff see
        the countdown); None when no answer is owed or one is published."""
        if not self.answer_owed or self.answer_is_public or self.published_at is None:
            return None
        published = timezone.localdate(self.published_at)
        return published + timedelta(days=settings.PRIORITY_ANSWER_DAYS)


class PriorityProject(CleanText, models.Model):
    """A project that answers a priority, wholly or in part (the traceability chain)."""

    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="links")
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("project"),
        on_delete=models.PROTECT,
        related_name="priority_links",
    )
    kind = models.CharField(
        _("link"), max_length=10, choices=LinkKind.choices, default=LinkKind.ANSWERS
    )
    created_at = models.DateTimeField(_("linked on"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("project answering a priority")
        verbose_name_plural = _("projects answering priorities")
        ordering = ["priority", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["priority", "project"],
                name="participation_one_link_per_project",
                violation_error_message=_("This project is already linked to this priority."),
            )
        ]

    def __str__(self):
        return f"{self.priority} → {self.project}"


class Support(models.Model):
    """One resident's support of one priority. Private: only the count is public. When the
    resident deletes their account the support stays, without them."""

    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="priority_supports",
    )
    created_at = models.DateTimeField(_("supported on"), auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["priority", "user"],
                condition=Q(user__isnull=False),
                name="participation_one_support_per_resident",
                violation_error_message=_("You already support this priority."),
            )
        ]

    def __str__(self):
        return f"{self.priority_id}/{self.user_id or '-'}"


def request_document_path(instance, filename):
    return unguessable_name("information-requests", filename)


class InformationRequest(Versioned, TimeStampedModel):
    """A request for information to the commune (Law 31-13): the requester's name and contact
    are required by the law and private; the public register shows the reference, the dates,
    the state and a summary the commune writes (`public_summary_*`), never the requester.
    Due 20 working days after receipt (3 when urgent), extendable once by as many."""

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    year = models.PositiveSmallIntegerField(editable=False)
    number = models.PositiveIntegerField(editable=False)
    requester_name = models.CharField(_("requester's name"), max_length=120)
    requester_contact = models.CharField(
        _("requester's contact"),
        max_length=254,
        help_text=_("An e-mail or postal address, where the answer is sent."),
    )
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="information_requests",
    )
    subject = models.TextField(_("information requested"), max_length=4000)
    urgent = models.BooleanField(
        _("urgent"),
        default=False,
        help_text=_("The information is needed to protect someone's life, safety or freedom."),
    )
    received_on = models.DateField(_("received on"))
    due_on = models.DateField(_("answer due on"), editable=False)
    extended = models.BooleanField(_("extended"), default=False, editable=False)
    extension_reason = models.CharField(_("reason for the extension"), max_length=300, blank=True)
    state = models.CharField(
        _("state"), max_length=12, choices=RequestState.choices, default=RequestState.RECEIVED
    )
    answer = models.TextField(_("answer"), max_length=8000, blank=True)
    refusal_ground = models.CharField(
        _("ground"), max_length=16, choices=RefusalGround.choices, blank=True
    )
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    # What is given, as a document: sent to the requester through a signed link, never public.
    answer_document = models.FileField(
        _("document given"),
        upload_to=request_document_path,
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    answer_document_type = models.CharField(max_length=100, blank=True, editable=False)
    # The language the requester is written to in (the page's, when filed online).
    language = models.CharField(
        _("language of the requester"), max_length=2, choices=Language.choices, default=Language.AR
    )
    public_summary_ar = models.CharField(_("public summary (Arabic)"), max_length=300, blank=True)
    public_summary_fr = models.CharField(_("public summary (French)"), max_length=300, blank=True)
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    public_summary = Translated("public_summary")

    objects = InformationRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("request for information")
        verbose_name_plural = _("requests for information")
        ordering = ["-received_on", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="participation_request_number"),
        ]

    def __str__(self):
        return self.reference

    def get_manage_url(self):
        from django.urls import reverse

        return reverse("participation:request-detail", kwargs={"pk": self.pk})

    @property
    def is_closed(self):
        return self.state in CLOSED_REQUESTS

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        if self.is_closed:
            return self.answered_on is not None and self.answered_on > self.due_on
        return today > self.due_on

    def clean(self):
        super().clean()
        if self.state in {RequestState.REFUSED, RequestState.PARTLY} and not self.refusal_ground:
            raise ValidationError(
                {"refusal_ground": _("Give the legal ground for what is withheld.")}
            )
        given = self.answer.strip() or self.answer_document
        if self.state in {RequestState.ANSWERED, RequestState.PARTLY} and not given:
            raise ValidationError({"answer": _("Write the answer, or attach what is given.")})


class PriorityFlag(CleanText, models.Model):
    """A reader's report of a published priority to the moderators (anyone may send one; who
    sent it is not kept). Flags since the last moderation are the ones to read."""

    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="flags")
    reason = models.CharField(_("reason"), max_length=12, choices=FlagReason.choices)
    note = models.CharField(_("details"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("reported on"), auto_now_add=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.priority_id}: {self.reason}"


from .petition_models import Petition, PetitionSignature, petition_threshold  # noqa: E402,F401
