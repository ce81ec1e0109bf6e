"""The finance officer's rates, recorded through exchange_rate_record, and the one conversion
to MAD (to_mad, ROUND_HALF_UP to the centime)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from taawun.finance.models import ExchangeRate
from taawun.finance.services import exchange_rate_record, rate_on, round_mad, to_mad

pytestmark = pytest.mark.django_db
D = Decimal


def test_a_rate_is_recorded_and_names_who(users):
    rate = exchange_rate_record(
        currency="EUR",
        rate_to_mad=D("10.85"),
        valid_from=date(2026, 1, 1),
        source="BAM",
        by=users["finance"],
    )
    assert rate.history.latest().history_user == users["finance"]
    assert rate_on("EUR", date(2026, 2, 1)) == D("10.85")


@pytest.mark.parametrize(
    ("currency", "value"),
    [("EUR", D("-1")), ("MAD", D("1")), ("XYZ", D("2"))],
)
def test_bad_rates_are_refused_and_nothing_is_saved(users, currency, value):
    with pytest.raises(ValidationError):
        exchange_rate_record(
            currency=currency, rate_to_mad=value, valid_from=date(2026, 1, 1), by=users["finance"]
        )
    assert not ExchangeRate.objects.exists()


def test_one_rate_per_currency_and_day(users):
    exchange_rate_record(currency="EUR", rate_to_mad=D("10.85"), valid_from=date(2026, 1, 1))
    with pytest.raises(ValidationError):
        exchange_rate_record(currency="EUR", rate_to_mad=D("11"), valid_from=date(2026, 1, 1))
    assert ExchangeRate.objects.get().rate_to_mad == D("10.85")


def test_to_mad_rounds_half_up_to_the_centime():
    assert round_mad(D("0.125")) == D("0.13")  # half even would give 0.12
    assert to_mad(D("0.125"), "MAD", date(2026, 1, 1)) == D("0.13")
    assert to_mad(D("0.05"), "EUR", date(2026, 1, 1), rate=D("10.5")) == D("0.53")


def test_no_rate_is_explained():
    with pytest.raises(ValidationError) as missing:
        to_mad(D("1"), "USD", date(2026, 1, 1))
    assert "USD" in str(missing.value)
