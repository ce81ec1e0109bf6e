"""Exchange missions and study visits (wave2-research.md §4.2): incoming or outgoing, the
agreement they serve, the delegation (people are private; only counts by sex are public), the
objectives and programme, what each cost item costs and who pays it (an in-kind obligation of
the agreement where there is one), the report due 30 days after the return, the follow-up action
items (coordination's) and the practices learned (cards or replications)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage, unguessable_name
from taawun.core.i18n import Translated, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.finance.models import CurrencyField

from ..choices import CostItem, Direction, MissionKind, MissionState, PersonCategory, Sex
from ..querysets import MissionQuerySet
from .practices import HISTORY, MONEY, optional


def mission_report_path(instance, filename):
    return unguessable_name("missions", filename)


class Mission(PublicRecord, Versioned, TimeStampedModel):
    kind = models.CharField(_("kind"), max_length=24, choices=MissionKind.choices)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=200)
    agreement = optional("agreements.Agreement", _("agreement it serves"), "missions")
    counterpart = optional(
        "partners.Partner",
        _("host or visitor"),
        "missions",
        help_text=_("The partner the commune visits, or who visits the commune."),
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    places_ar, places_fr, places_en = char_fields(_("places"), max_length=300)
    objectives_ar, objectives_fr, objectives_en = text_fields(
        _("objectives"), required=("ar", "fr")
    )
    programme_ar, programme_fr, programme_en = text_fields(_("programme"))
    state = models.CharField(
        _("state"), max_length=10, choices=MissionState.choices, default=MissionState.IDEA
    )
    approval = models.CharField(
        _("approved by"),
        max_length=200,
        blank=True,
        help_text=_("The council's deliberation or the order of mission (number and date)."),
    )
    report_ar, report_fr, report_en = text_fields(_("mission report"))
    report_file = models.FileField(
        _("report (file)"),
        upload_to=mission_report_path,
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    reported_on = models.DateField(_("report filed on"), null=True, blank=True, editable=False)
    action_items = models.ManyToManyField(
        "coordination.ActionItem",
        verbose_name=_("follow-up action items"),
        blank=True,
        related_name="missions",
    )
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    internal_note = models.TextField(
        _("internal note"), blank=True, help_text=_("Seen only by the commune's people.")
    )
    history = HistoricalRecords(m2m_fields=[action_items], **HISTORY)

    title = Translated("title")
    places = Translated("places")
    objectives = Translated("objectives")
    programme = Translated("programme")
    report = Translated("report")

    objects = MissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("exchange mission")
        verbose_name_plural = _("exchange missions")
        ordering = ["-starts_on", "-pk"]

    label_fields = ("title",)
    slug_fields = ("title_fr", "title_en")
    public_url_name = "missions:detail"
    manage_url_name = "knowledge:mission-detail"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The mission ends after it starts.")})

    @property
    def report_due_on(self):
        """The report is due 30 days after the mission (a setting)."""
        from datetime import timedelta

        return self.ends_on + timedelta(days=settings.MISSION_REPORT_DAYS)

    def is_report_late(self, today=None):
        from django.utils import timezone

        today = today or timezone.localdate()
        return self.state == "done" and self.report_due_on < today


class MissionMember(TimeStampedModel):
    """A member of the delegation. Personal data: never public; the portal shows counts by sex
    and category only."""

    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role in the delegation"), max_length=200, blank=True)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    sex = models.CharField(_("sex"), max_length=6, choices=Sex.choices)
    category = models.CharField(_("category"), max_length=12, choices=PersonCategory.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="missions",
    )

    class Meta:
        verbose_name = _("member of the delegation")
        verbose_name_plural = _("members of the delegation")
        ordering = ["mission", "pk"]

    def __str__(self):
        return self.name


class MissionCost(Versioned, TimeStampedModel):
    """A cost item and who pays it; in kind when an agreement's obligation covers it."""

    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="costs")
    item = models.CharField(_("item"), max_length=16, choices=CostItem.choices)
    description = models.CharField(_("description"), max_length=200, blank=True)
    amount = models.DecimalField(_("amount"), **MONEY, validators=[MinValueValidator(0)])
    currency = CurrencyField(_("currency"))
    payer = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("paid by"),
        on_delete=models.PROTECT,
        related_name="mission_costs",
    )
    obligation = optional(
        "agreements.Obligation", _("the agreement's obligation that covers it"), "mission_costs"
    )
    history = HistoricalRecords(**HISTORY)

    class Meta:
        verbose_name = _("cost of a mission")
        verbose_name_plural = _("costs of a mission")
        ordering = ["mission", "item", "pk"]

    def __str__(self):
        return f"{self.get_item_display()} — {self.amount} {self.currency}"

    def clean(self):
        super().clean()
        if self.obligation_id and self.obligation.party.partner_id != self.payer_id:
            raise ValidationError(
                {"obligation": _("This obligation is another party's, not the payer's.")}
            )
