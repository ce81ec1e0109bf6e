from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.i18n import Translated, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel

from .choices import IATI_ORGANISATION_TYPE, PartnerKind, PartnerStatus
from .querysets import PartnerQuerySet, PublicPartnerManager

phone_validator = RegexValidator(
    r"^\+?[0-9 ().-]{6,20}$",
    _("Enter a phone number with digits, spaces and an optional leading +."),
)


class Partner(PublicRecord, Versioned, TimeStampedModel):
    """An organisation the commune cooperates with, or could: collectivity, agency, association."""

    kind = models.CharField(_("kind"), max_length=30, choices=PartnerKind.choices)
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = CountryField(_("country"), default="MA")
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    registration_id = models.CharField(
        _("registration identifier"),
        max_length=60,
        blank=True,
        help_text=_("Official registration number (ICE, association receipt, etc.)."),
    )
    iati_identifier = models.CharField(_("IATI organisation identifier"), max_length=80, blank=True)
    domains = models.ManyToManyField(
        "territory.Domain",
        verbose_name=_("domains of interest"),
        blank=True,
        related_name="partners",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PartnerStatus.choices, default=PartnerStatus.ACTIVE
    )
    description_ar, description_fr, description_en = text_fields(_("public description"))
    notes = models.TextField(_("internal notes"), blank=True)
    # Unpublished until the commune publishes it (issue 10 #7): a new partner, from the
    # workspace, the API or an import, is not public before a staff member says so.
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    archived_at = models.DateTimeField(_("archived on"), null=True, blank=True, editable=False)
    history = HistoricalRecords(m2m_fields=[domains], excluded_fields=["created_at", "updated_at"])

    name = Translated("name")
    description = Translated("description")

    objects = PartnerQuerySet.as_manager()
    public_objects = PublicPartnerManager()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name_fr"]
        constraints = [
            models.UniqueConstraint(
                Lower("name_fr"),
                name="partner_unique_french_name",
                violation_error_message=_("A partner with this French name already exists."),
            ),
            models.UniqueConstraint(
                "name_ar",
                name="partner_unique_arabic_name",
                violation_error_message=_("A partner with this Arabic name already exists."),
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "status"]),
            models.Index(fields=["country"]),
            models.Index(fields=["name_fr"]),  # the filters list the first names in order
        ]

    # PublicRecord: the label, the slug and both pages.
    label_fields = ("name",)
    slug_fields = ("name_fr", "name_en")
    public_url_name = "portal:partner-detail"
    manage_url_name = "partners:detail"

    @property
    def is_published(self):
        """On the portal: published and not archived (one record's side of
        PartnerQuerySet.public())."""
        return self.is_public and self.archived_at is None

    @property
    def public_name(self):
        """The name anonymous readers read (partners.selectors.public_partner_name)."""
        from .selectors import public_partner_name

        return public_partner_name(self)

    @property
    def iati_type(self):
        return IATI_ORGANISATION_TYPE[self.kind]

    @property
    def is_archived(self):
        return self.archived_at is not None


class Contact(Versioned, TimeStampedModel):
    """A contact person at a partner. Personal data (Law 09-08): never shown in public."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("position"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["name"]

    def __str__(self):
        return self.name
