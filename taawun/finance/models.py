from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core import iati
from taawun.core.i18n import currency_name
from taawun.core.models import TimeStampedModel

MAD = "MAD"
# The currencies offered first in forms; any ISO 4217 code of the IATI list is accepted.
COMMON_CURRENCIES = ["MAD", "EUR", "USD", "GBP", "JPY", "CHF", "CAD", "SAR", "AED", "CNY"]


def validate_currency(value):
    if not iati.is_code("Currency", value):
        raise ValidationError(_("%(code)s is not a currency code."), params={"code": value})


def currency_choices():
    """The currencies of a form, the common ones first: "EUR — الأورو" in Arabic, "EUR — euro"
    in French (the others by their IATI name, which is in English only)."""
    names = iati.codelist("Currency")

    def label(code):
        return f"{code} — {currency_name(code, names[code]['en'].title())}"

    common = [(code, label(code)) for code in COMMON_CURRENCIES]
    rest = sorted((code, label(code)) for code in names if code not in COMMON_CURRENCIES)
    return common + rest


class CurrencyField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 3)
        kwargs.setdefault("default", MAD)
        kwargs.setdefault("validators", [validate_currency])
        super().__init__(*args, **kwargs)


class ExchangeRateQuerySet(models.QuerySet):
    def valid_on(self, currency, day):
        """The rate in force for `currency` on `day`: the latest valid from that day or before."""
        return self.filter(currency=currency, valid_from__lte=day).order_by("-valid_from").first()


class ExchangeRate(TimeStampedModel):
    """How many dirhams one unit of a currency is worth, from a given day (kept by finance)."""

    currency = CurrencyField(_("currency"))
    rate_to_mad = models.DecimalField(
        _("value in MAD"),
        max_digits=14,
        decimal_places=6,
        validators=[MinValueValidator(Decimal("0.000001"))],
    )
    valid_from = models.DateField(_("valid from"))
    source = models.CharField(_("source"), max_length=200, blank=True)
    history = HistoricalRecords()

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["currency", "valid_from"],
                name="one_rate_per_currency_and_day",
                violation_error_message=_("A rate for this currency already starts on this day."),
            ),
            models.CheckConstraint(
                condition=Q(rate_to_mad__gt=0),
                name="rate_is_positive",
                violation_error_message=_("The rate must be more than zero."),
            ),
            models.CheckConstraint(
                condition=~Q(currency=MAD),
                name="no_rate_for_the_dirham",
                violation_error_message=_(
                    "The dirham has no exchange rate: amounts in dirhams need no conversion."
                ),
            ),
        ]

    def __str__(self):
        return f"1 {self.currency} = {self.rate_to_mad} MAD ({self.valid_from})"
