"""Petitions to the communal council (Organic Law 113-14, arts. 121–125): filed by citizens
through a proxy or by an association; signatures entered from the paper sheets, each counted
once (a keyed hash of the national ID number, never the number); admissible only from the
threshold the commune's legal population sets (settings.PETITION_THRESHOLDS) and, for an
association, the bureau's checks of art. 124; then put on the agenda of an ordinary session
through the council's own points. The proxy, the signatories and their numbers are private; the
public page shows the object, the state, the dates and the count of valid signatures."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.querysets import ScopedQuerySet
from taawun.core.text import CleanText

from .choices import Language, PetitionKind, PetitionState


def petition_threshold():
    """The signatures a citizens' petition needs (art. 123): from the commune's legal population
    and whether it has arrondissements (settings, the numbers unverified)."""
    from taawun.territory.models import CommuneProfile

    if settings.PETITION_ARRONDISSEMENTS:
        return settings.PETITION_THRESHOLD_ARRONDISSEMENTS
    population = CommuneProfile.current().population or 0
    small, large = settings.PETITION_THRESHOLDS
    return small if population < settings.PETITION_POPULATION_LIMIT else large


class PetitionQuerySet(ScopedQuerySet):
    search_fields = ("reference", "title")

    def public(self):
        return self.exclude(state=PetitionState.WITHDRAWN)


class Petition(PublicRecord, Versioned, TimeStampedModel):
    reference = models.CharField(_("receipt number"), max_length=20, unique=True, editable=False)
    year = models.PositiveSmallIntegerField(editable=False)
    number = models.PositiveIntegerField(editable=False)
    kind = models.CharField(_("filed by"), max_length=12, choices=PetitionKind.choices)
    association = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("association"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="petitions",
    )
    title = models.CharField(_("point asked for the agenda"), max_length=200)
    object = models.TextField(_("object and reasons"), max_length=6000)
    language = models.CharField(
        _("written in"), max_length=2, choices=Language.choices, default=Language.AR
    )
    proxy_name = models.CharField(
        _("proxy or legal representative"),
        max_length=120,
        help_text=_("The citizens' proxy, or the association's legal representative."),
    )
    proxy_contact = models.CharField(_("their contact"), max_length=254)
    deposited_on = models.DateField(_("deposited on"))
    decision_due_on = models.DateField(_("decision due on"), editable=False)
    state = models.CharField(
        _("state"), max_length=14, choices=PetitionState.choices, default=PetitionState.DEPOSITED
    )
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    inadmissibility_reasons = models.TextField(_("reasons"), max_length=4000, blank=True)
    # The bureau's checks of an association (art. 124), recorded with the decision.
    association_over_three_years = models.BooleanField(
        _("constituted in Morocco for more than three years"), default=False
    )
    association_seat_in_commune = models.BooleanField(
        _("seat or branch in the commune"), default=False
    )
    association_activity_related = models.BooleanField(
        _("activity related to the petition's object"), default=False
    )
    session_point = models.OneToOneField(
        "council.SessionPoint",
        verbose_name=_("point of the council's agenda"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="petition",
    )
    # Art. 125: an admissible petition goes to the competent permanent committee of the council.
    committee = models.ForeignKey(
        "coordination.Committee",
        verbose_name=_("referred to the committee"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="petitions",
        limit_choices_to={"kind": "council"},
    )
    withdrawal_reason = models.CharField(_("reason for the withdrawal"), max_length=300, blank=True)
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    objects = PetitionQuerySet.as_manager()

    class Meta:
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        ordering = ["-deposited_on", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="participation_petition_number")
        ]

    label_fields = ("reference",)
    public_url_name = "petitions:detail"
    manage_url_name = "participation:petition-detail"

    @property
    def slug(self):
        return self.reference.lower()

    def save(self, *args, **kwargs):
        if self.deposited_on and not self.decision_due_on:
            self.decision_due_on = self.deposited_on + timedelta(
                days=settings.PETITION_DECISION_DAYS
            )
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.kind == PetitionKind.ASSOCIATION and self.association_id is None:
            raise ValidationError({"association": _("Choose the association that petitions.")})
        if self.kind == PetitionKind.CITIZENS:
            self.association = None


class PetitionSignature(CleanText, models.Model):
    """One signatory, from the paper sheets: private. Counted once per national ID number."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="signatures")
    full_name = models.CharField(_("full name"), max_length=120)
    national_id_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("entered on"), auto_now_add=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["petition", "national_id_hash"],
                name="participation_one_signature_per_person",
            )
        ]

    def __str__(self):
        return f"{self.petition_id}/{self.pk}"
