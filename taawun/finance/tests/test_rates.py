"""The valid-from rule: an amount is converted with the latest rate of its currency that starts
on its day or before; before the first rate there is none, and that is said."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from taawun.finance.models import ExchangeRate
from taawun.finance.services import rate_on, to_mad

pytestmark = pytest.mark.django_db
D = Decimal


@pytest.fixture
def euro(db):
    ExchangeRate.objects.create(currency="EUR", rate_to_mad=D("10.80"), valid_from=date(2025, 1, 1))
    ExchangeRate.objects.create(currency="EUR", rate_to_mad=D("11.00"), valid_from=date(2025, 7, 1))
    ExchangeRate.objects.create(currency="USD", rate_to_mad=D("9.90"), valid_from=date(2025, 3, 1))


@pytest.mark.parametrize(
    ("day", "rate"),
    [
        (date(2025, 1, 1), D("10.80")),  # the first day of a rate is its own
        (date(2025, 6, 30), D("10.80")),
        (date(2025, 7, 1), D("11.00")),
        (date(2031, 1, 1), D("11.00")),  # the last rate holds until another starts
    ],
)
def test_the_rate_of_a_day_is_the_latest_one_starting_on_or_before_it(euro, day, rate):
    assert rate_on("EUR", day) == rate
    assert ExchangeRate.objects.valid_on("EUR", day).rate_to_mad == rate


def test_before_the_first_rate_there_is_none_and_it_is_said(euro):
    assert ExchangeRate.objects.valid_on("EUR", date(2024, 12, 31)) is None
    with pytest.raises(ValidationError) as missing:
        to_mad(D("100"), "EUR", date(2024, 12, 31))
    assert "EUR" in str(missing.value)


def test_a_rate_recorded_late_for_an_earlier_day_counts_from_that_day(euro):
    ExchangeRate.objects.create(currency="EUR", rate_to_mad=D("10.90"), valid_from=date(2025, 4, 1))
    assert rate_on("EUR", date(2025, 3, 31)) == D("10.80")
    assert rate_on("EUR", date(2025, 4, 1)) == D("10.90")
    assert rate_on("EUR", date(2025, 7, 1)) == D("11.00")


def test_each_currency_has_its_own_rates(euro):
    assert rate_on("USD", date(2025, 8, 1)) == D("9.90")
    with pytest.raises(ValidationError):
        rate_on("USD", date(2025, 2, 1))  # the euro's January rate is not the dollar's


def test_the_dirham_needs_no_rate():
    assert rate_on("MAD", date(1990, 1, 1)) == D("1")
    assert to_mad(D("1234.567"), "MAD", date(1990, 1, 1)) == D("1234.57")


@pytest.mark.parametrize(
    ("amount", "day", "mad"),
    [
        (D("1000"), date(2025, 6, 30), D("10800.00")),
        (D("1000"), date(2025, 7, 1), D("11000.00")),
        (D("33.333"), date(2025, 6, 30), D("360.00")),  # 359.9964
        (D("0.0125"), date(2025, 6, 30), D("0.14")),  # 0.135: half up
    ],
)
def test_to_mad_converts_with_the_rate_of_the_day_and_rounds_once(euro, amount, day, mad):
    assert to_mad(amount, "EUR", day) == mad
