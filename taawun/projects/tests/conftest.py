from datetime import date
from decimal import Decimal

import pytest

from taawun.finance.models import ExchangeRate
from taawun.partners.factories import PartnerFactory
from taawun.territory.models import CommuneProfile


@pytest.fixture
def commune(db):
    partner = PartnerFactory(name_fr="Commune d'Aourir", name_ar="جماعة أورير", kind="commune")
    CommuneProfile.objects.update_or_create(
        pk=1, defaults={"name_ar": "أورير", "name_fr": "Aourir", "partner": partner}
    )
    return partner


@pytest.fixture
def euro_rates(db):
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("10.80"), valid_from=date(2025, 1, 1)
    )
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("11.00"), valid_from=date(2025, 7, 1)
    )
