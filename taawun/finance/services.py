"""Money: the exchange rates the finance officer records, and every conversion to dirhams.

One rule for every value in MAD (obligations, contributions, transactions): the amount times the
rate valid on its day, rounded to the centime with ROUND_HALF_UP (0.005 becomes 0.01).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from taawun.core.history import stamp

from .models import MAD, ExchangeRate

CENT = Decimal("0.01")
# Beyond this a figure in MAD is a typing error, not a commune's agreement or project.
ABSURD_MAD = Decimal("10000000000")


def rate_on(currency: str, day) -> Decimal:
    """The value in MAD of one unit of `currency` on `day` (1 for the dirham).

    Raises ValidationError when the finance officer has recorded no rate valid on that day.
    """
    if currency == MAD:
        return Decimal("1")
    rate = ExchangeRate.objects.valid_on(currency, day)
    if rate is None:
        raise ValidationError(
            _("No exchange rate for %(currency)s on %(day)s: the finance officer must record one.")
            % {"currency": currency, "day": date_format(day)}
        )
    return rate.rate_to_mad


def round_mad(value: Decimal) -> Decimal:
    """The one rounding rule: to the centime, ROUND_HALF_UP."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_mad(amount: Decimal, currency: str, day, *, rate: Decimal | None = None) -> Decimal:
    """The MAD value of `amount` on `day`, with the rate the finance officer recorded for it.

    `amount` times the rate valid on `day` (1 for MAD), rounded to the centime with
    ROUND_HALF_UP, as every value in MAD is. Pass `rate` when the caller already read it
    (a transaction keeps its rate) to spare the query.
    """
    if rate is None:
        rate = rate_on(currency, day)
    return round_mad(amount * rate)


@transaction.atomic
def exchange_rate_record(*, currency, rate_to_mad, valid_from, source="", by=None) -> ExchangeRate:
    """Record the value in MAD of one unit of `currency` from `valid_from` on (one rate per
    currency and day; never for the dirham itself)."""
    rate = ExchangeRate(
        currency=currency, rate_to_mad=rate_to_mad, valid_from=valid_from, source=source
    )
    rate.full_clean()
    stamp(rate, by)
    rate.save()
    return rate
