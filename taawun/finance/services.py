"""Money conversions: every amount keeps its currency and its value in dirhams."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import MAD, ExchangeRate

CENT = Decimal("0.01")


def to_mad(amount: Decimal, currency: str, day) -> Decimal:
    """The MAD value of `amount` on `day`, with the rate the finance officer recorded for it."""
    if currency == MAD:
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)
    rate = ExchangeRate.objects.valid_on(currency, day)
    if rate is None:
        raise ValidationError(
            _("No exchange rate for %(currency)s on %(day)s: the finance officer must record one.")
            % {"currency": currency, "day": date_format(day)}
        )
    return (amount * rate.rate_to_mad).quantize(CENT, rounding=ROUND_HALF_UP)
