"""A good-practice card (بطاقة ممارسة جيدة): the problem, what was done, by whom, where and when,
what it cost and who paid (the project or agreement it came from), its results (the project's
indicators), how sure we are that it works (the evidence level), the lessons and what it takes
to do it elsewhere. A `Replication` records who did it again — a Moroccan or foreign commune or
partner — and how it went; the card says "replicated N times"."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage, unguessable_name
from taawun.core.i18n import Translated, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText

from ..choices import EvidenceLevel, PracticeState, ReplicationState
from ..querysets import PracticeQuerySet, ReplicationQuerySet

HISTORY = {"excluded_fields": ["created_at", "updated_at"]}
MONEY = {"max_digits": 14, "decimal_places": 2}


def optional(to, verbose_name, related_name, **kwargs):
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
        **kwargs,
    )


class Practice(PublicRecord, Versioned, TimeStampedModel):
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200)
    summary_ar, summary_fr, summary_en = text_fields(_("summary"), required=("ar", "fr"))
    problem_ar, problem_fr, problem_en = text_fields(_("the problem"), required=("ar", "fr"))
    steps_ar, steps_fr, steps_en = text_fields(_("what was done (steps)"), required=("ar", "fr"))
    results_ar, results_fr, results_en = text_fields(_("results"))
    lessons_ar, lessons_fr, lessons_en = text_fields(_("lessons learned"))
    prerequisites_ar, prerequisites_fr, prerequisites_en = text_fields(
        _("conditions to transfer it: prerequisites")
    )
    skills_ar, skills_fr, skills_en = text_fields(_("skills needed"))
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    partners = models.ManyToManyField(
        "partners.Partner",
        verbose_name=_("actors (partners)"),
        blank=True,
        related_name="practices",
    )
    services_ar, services_fr, services_en = char_fields(
        _("actors (the commune's services)"), max_length=300, required=()
    )
    locality = optional("territory.Locality", _("locality"), "practices")
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    cost_mad = models.DecimalField(
        _("cost (MAD)"), **MONEY, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    project = optional("projects.Project", _("project"), "practices")
    agreement = optional("agreements.Agreement", _("agreement"), "practices")
    mission = optional(
        "knowledge.Mission",
        _("learned on the mission"),
        "practices_learned",
        help_text=_("The exchange mission where the commune learned it, if any."),
    )
    indicators = models.ManyToManyField(
        "projects.Indicator", verbose_name=_("indicators of its results"), blank=True
    )
    evidence = models.CharField(
        _("evidence level"),
        max_length=12,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.ANECDOTAL,
    )
    domains = models.ManyToManyField(
        "territory.Domain", verbose_name=_("domains"), blank=True, related_name="practices"
    )
    pac_axes = models.ManyToManyField(
        "territory.PacAxis",
        verbose_name=_("axes of the action programme"),
        blank=True,
        related_name="practices",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=PracticeState.choices, default=PracticeState.DRAFT
    )
    # Who wrote it: the commune (empty) or a partner whose representative submitted it.
    submitted_by = optional(
        "partners.Partner", _("submitted by the partner"), "submitted_practices", editable=False
    )
    internal_note = models.TextField(
        _("internal note"), blank=True, help_text=_("Seen only by the commune's people.")
    )
    return_note = models.TextField(
        _("the commune's remarks"),
        blank=True,
        editable=False,
        help_text=_("Why the card went back to its draft: the partner reads them."),
    )
    history = HistoricalRecords(m2m_fields=[partners, domains, pac_axes], **HISTORY)

    title = Translated("title")
    summary = Translated("summary")
    problem = Translated("problem")
    steps = Translated("steps")
    results = Translated("results")
    lessons = Translated("lessons")
    prerequisites = Translated("prerequisites")
    skills = Translated("skills")
    services = Translated("services")

    objects = PracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        ordering = ["-started_on", "-pk"]

    label_fields = ("title",)
    slug_fields = ("title_fr", "title_en")
    public_url_name = "practices:detail"
    manage_url_name = "knowledge:practice-detail"

    def clean(self):
        super().clean()
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": _("It ends after it starts.")})

    @property
    def is_public(self):
        return self.state == PracticeState.PUBLISHED


def practice_file_path(instance, filename):
    return unguessable_name("practices", filename)


class PracticeFile(CleanText, models.Model):
    """A photo or a document of the card (the evaluation report among them); public with the
    card once it is published."""

    class Kind(models.TextChoices):
        PHOTO = "photo", _("Photo")
        DOCUMENT = "document", _("Document")
        EVALUATION = "evaluation", _("Evaluation report")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    file = models.FileField(
        _("file"), upload_to=practice_file_path, storage=private_storage, max_length=255
    )
    caption_ar, caption_fr, caption_en = char_fields(_("caption"), max_length=200, required=())
    content_type = models.CharField(max_length=100, editable=False, default="")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, editable=False
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    caption = Translated("caption")

    class Meta:
        verbose_name = _("file of a practice")
        verbose_name_plural = _("files of a practice")
        ordering = ["practice", "kind", "pk"]

    def __str__(self):
        return str(self.caption) or self.get_kind_display()


class Replication(Versioned, TimeStampedModel):
    """Someone did the practice again: a partner of the register, or a commune named here."""

    practice = models.ForeignKey(
        Practice, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="replications"
    )
    partner = optional("partners.Partner", _("replicated by (partner)"), "replications")
    replicator_ar, replicator_fr, replicator_en = char_fields(
        _("replicated by (name, when not in the register)"), max_length=200, required=()
    )
    country = CountryField(_("country"), default="MA")
    started_on = models.DateField(_("started on"), null=True, blank=True)
    adaptation_ar, adaptation_fr, adaptation_en = text_fields(_("how it was adapted"))
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=ReplicationState.choices,
        default=ReplicationState.INTERESTED,
    )
    abandon_reason = models.TextField(_("why it was abandoned"), blank=True)
    outcome_ar, outcome_fr, outcome_en = text_fields(_("outcome"))
    mission = optional("knowledge.Mission", _("the mission that produced it"), "replications")
    agreement = optional(
        "agreements.Agreement", _("the agreement that produced it"), "replications"
    )
    history = HistoricalRecords(**HISTORY)

    replicator = Translated("replicator")
    adaptation = Translated("adaptation")
    outcome = Translated("outcome")

    objects = ReplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("replication")
        verbose_name_plural = _("replications")
        ordering = ["practice", "-started_on", "pk"]

    def __str__(self):
        return str(self.partner or self.replicator)

    def clean(self):
        super().clean()
        if not self.partner_id and not (self.replicator_ar or self.replicator_fr):
            raise ValidationError(
                {"partner": _("Choose the partner who replicated it, or give its name.")}
            )
        if self.state == ReplicationState.ABANDONED and not self.abandon_reason.strip():
            raise ValidationError({"abandon_reason": _("Say why it was abandoned.")})
