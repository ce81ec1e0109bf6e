from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core import iati
from taawun.core.concurrency import Versioned
from taawun.core.geo import validate_polygon
from taawun.core.i18n import Translated, char_fields, localized_field_name, text_fields
from taawun.core.models import TimeStampedModel
from taawun.core.text import CleanText

from .choices import CollectivityKind, LocalityKind


class LocalityQuerySet(models.QuerySet):
    def in_reading_order(self):
        return self.order_by("kind", localized_field_name("name"))


class Locality(Versioned, TimeStampedModel):
    """A place of the commune: its centre, a neighbourhood or a douar."""

    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=LocalityKind.choices)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("census year"), null=True, blank=True)
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
    description_ar, description_fr, description_en = text_fields(_("description"))
    history = HistoricalRecords()

    name = Translated("name")
    description = Translated("description")
    objects = LocalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("locality")
        verbose_name_plural = _("localities")
        ordering = ["kind", "name_fr"]
        indexes = [models.Index(fields=["kind", "name_fr"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__gte=-90, latitude__lte=90)
                & Q(longitude__gte=-180, longitude__lte=180),
                name="locality_coordinates_on_earth",
            )
        ]

    def __str__(self):
        return self.name


class NeighbouringCollectivity(Versioned, TimeStampedModel):
    """A territorial collectivity next to the commune, with which joint projects are made."""

    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=CollectivityKind.choices)
    partner = models.OneToOneField(
        "partners.Partner",
        verbose_name=_("partner record"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="neighbour",
    )
    shares_boundary = models.BooleanField(_("shares a boundary"), default=True)
    distance_km = models.DecimalField(
        _("distance (km)"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    history = HistoricalRecords()

    name = Translated("name")

    class Meta:
        verbose_name = _("neighbouring collectivity")
        verbose_name_plural = _("neighbouring collectivities")
        ordering = ["name_fr"]

    def __str__(self):
        return self.name


def validate_dac_code(value):
    if not iati.is_code("Sector", value):
        raise ValidationError(
            _("%(code)s is not an OECD-DAC 5-digit sector code."), params={"code": value}
        )


def validate_sdg_goal(value):
    if not iati.is_code("UNSDG-Goals", value):
        raise ValidationError(
            _("%(goal)s is not a Sustainable Development Goal."), params={"goal": value}
        )


class Domain(Versioned, TimeStampedModel):
    """A field of cooperation (school transport, sanitation) mapped to a DAC sector and an SDG."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    dac_code = models.CharField(_("OECD-DAC sector"), max_length=5, validators=[validate_dac_code])
    sdg_goal = models.PositiveSmallIntegerField(
        _("Sustainable Development Goal"), validators=[validate_sdg_goal]
    )
    history = HistoricalRecords()

    name = Translated("name")

    class Meta:
        verbose_name = _("domain")
        verbose_name_plural = _("domains")
        ordering = ["name_fr"]

    def __str__(self):
        return self.name

    @property
    def dac_label(self):
        return iati.label("Sector", self.dac_code)


class PacAxis(Versioned, TimeStampedModel):
    """An axis of the commune action programme (PAC, Organic Law 113-14 arts 78-82)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=200)
    history = HistoricalRecords()

    name = Translated("name")

    class Meta:
        verbose_name = _("action-programme axis")
        verbose_name_plural = _("action-programme axes")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class CommuneProfile(Versioned, TimeStampedModel):
    """The commune running this installation: its name, IATI identifier and logo (one row)."""

    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    # Amazigh is an official language (Constitution of 2011, art. 5): the header writes the
    # commune's name in Tifinagh beside the Arabic and French ones.
    name_zgh = models.CharField(
        _("name in Tifinagh"),
        max_length=120,
        blank=True,
        help_text=_("The commune's name in Amazigh, in Tifinagh script."),
    )
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    address_ar, address_fr, address_en = char_fields(
        _("postal address"), max_length=255, required=()
    )
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=60,
        blank=True,
        help_text=_("For example MA-COA-… or XI-IATI-…"),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("census year"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public e-mail"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="commune/", blank=True)
    partner = models.OneToOneField(
        "partners.Partner",
        verbose_name=_("the commune's own partner record"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commune_profile",
        help_text=_("The commune as a party to its agreements."),
    )
    outline = models.JSONField(
        _("outline"),
        null=True,
        blank=True,
        validators=[validate_polygon],
        help_text=_(
            "The commune's boundary as a GeoJSON polygon, drawn under the map's markers. "
            "Without it the map draws the smallest outline around the localities."
        ),
    )
    history = HistoricalRecords()

    name = Translated("name")
    address = Translated("address")

    class Meta:
        verbose_name = _("commune profile")
        verbose_name_plural = _("commune profile")
        constraints = [models.CheckConstraint(condition=Q(pk=1), name="single_commune_profile")]

    def __str__(self):
        return self.name

    CACHE_KEY = "territory:commune-profile"

    @classmethod
    def current(cls):
        """The profile, read once and cached: every page shows the commune's name."""
        from django.conf import settings
        from django.core.cache import cache

        profile = cache.get(cls.CACHE_KEY)
        if profile is None:
            profile = cls.objects.filter(pk=1).first()
            if profile is None:
                name = settings.COMMUNE_NAME
                profile = cls(pk=1, name_ar=name, name_fr=name, name_en=name)
            cache.set(cls.CACHE_KEY, profile, 3600)
        return profile


class PublicHolidayQuerySet(models.QuerySet):
    def days(self, start=None, end=None):
        """The holidays' dates (a set), between `start` and `end` when given."""
        rows = self
        if start is not None:
            rows = rows.filter(day__gte=start)
        if end is not None:
            rows = rows.filter(day__lte=end)
        return set(rows.values_list("day", flat=True))


class PublicHoliday(CleanText, models.Model):
    """A public holiday in Morocco: the legal delays count working days without them
    (core.workdays). The fixed holidays repeat each year; the religious ones follow the lunar
    calendar and are entered as the ministry announces them (`estimated` until then)."""

    day = models.DateField(_("day"), unique=True)
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    estimated = models.BooleanField(
        _("estimated date"),
        default=False,
        help_text=_("A religious holiday whose date the ministry has not announced yet."),
    )

    name = Translated("name")

    objects = PublicHolidayQuerySet.as_manager()

    class Meta:
        verbose_name = _("public holiday")
        verbose_name_plural = _("public holidays")
        ordering = ["day"]

    def __str__(self):
        return f"{self.day.isoformat()} {self.name}"
