"""Trainings of the commune's staff and elected members (wave2-research.md §4.3): who gave it,
its theme in the competence framework, when and how long, and who took part — registered,
present for how many hours, certified. The dashboard counts hours per person per year, per
service and per sex: the seed's "weak technical and administrative capacity" measured."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.i18n import Translated, char_fields
from taawun.core.models import TimeStampedModel

from ..choices import Modality, PersonCategory, Registration, Sex, TrainingState, TrainingTheme
from ..querysets import TrainingQuerySet
from .practices import HISTORY, MONEY, optional

HOURS = {"max_digits": 6, "decimal_places": 1, "validators": [MinValueValidator(0)]}


class Training(Versioned, TimeStampedModel):
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200)
    provider = optional("partners.Partner", _("provider"), "trainings_given")
    theme = models.CharField(_("theme"), max_length=12, choices=TrainingTheme.choices)
    modality = models.CharField(
        _("modality"), max_length=10, choices=Modality.choices, default=Modality.IN_PERSON
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    hours = models.DecimalField(_("hours"), **HOURS)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    trainer = models.CharField(_("trainer"), max_length=200, blank=True)
    seats = models.PositiveSmallIntegerField(_("seats"), null=True, blank=True)
    cost_mad = models.DecimalField(
        _("cost (MAD)"), **MONEY, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    funded_by = optional("partners.Partner", _("funded by"), "trainings_funded")
    agreement = optional("agreements.Agreement", _("agreement"), "trainings")
    state = models.CharField(
        _("state"), max_length=10, choices=TrainingState.choices, default=TrainingState.PLANNED
    )
    history = HistoricalRecords(**HISTORY)

    title = Translated("title")

    objects = TrainingQuerySet.as_manager()

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
        ordering = ["-starts_on", "-pk"]

    label_fields = ("title",)
    manage_url_name = "knowledge:training-detail"

    def __str__(self):
        return str(self.title)

    def get_manage_url(self):
        from django.urls import reverse

        return reverse(self.manage_url_name, kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The training ends after it starts.")})


class TrainingParticipant(Versioned, TimeStampedModel):
    """A person trained: an account of the commune, or a person named here (an elected member
    or an association's member without an account). Personal data: never public."""

    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="trainings",
    )
    name = models.CharField(_("name"), max_length=200)
    sex = models.CharField(_("sex"), max_length=6, choices=Sex.choices)
    category = models.CharField(_("category"), max_length=12, choices=PersonCategory.choices)
    service = models.CharField(
        _("service"), max_length=120, blank=True, help_text=_("The commune's service, for staff.")
    )
    registration = models.CharField(
        _("registration"),
        max_length=10,
        choices=Registration.choices,
        default=Registration.REGISTERED,
    )
    hours_attended = models.DecimalField(_("hours attended"), **HOURS, null=True, blank=True)
    certificate_number = models.CharField(_("certificate number"), max_length=60, blank=True)
    history = HistoricalRecords(**HISTORY)

    class Meta:
        verbose_name = _("participant in a training")
        verbose_name_plural = _("participants in a training")
        ordering = ["training", "name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["training", "user"],
                condition=models.Q(user__isnull=False),
                name="knowledge_one_participation_per_account",
                violation_error_message=_("This person is already registered for the training."),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (
            self.hours_attended is not None
            and self.training_id
            and self.hours_attended > self.training.hours
        ):
            raise ValidationError(
                {"hours_attended": _("More hours attended than the training lasted.")}
            )
