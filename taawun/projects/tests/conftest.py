from datetime import date
from decimal import Decimal

import pytest

from taawun.finance.models import ExchangeRate


@pytest.fixture
def euro_rates(db):
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("10.80"), valid_from=date(2025, 1, 1)
    )
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("11.00"), valid_from=date(2025, 7, 1)
    )
