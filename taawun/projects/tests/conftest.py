from datetime import date
from decimal import Decimal

import pytest

from taawun.finance.models import ExchangeRate
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.tests.factories import ProjectFactory


@pytest.fixture
def euro_rates(db):
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("10.80"), valid_from=date(2025, 1, 1)
    )
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("11.00"), valid_from=date(2025, 7, 1)
    )


# The project pages' tests (test_views, test_progress_views; helpers in pages.py).


@pytest.fixture
def project(commune):
    return ProjectFactory(
        budget=Decimal("2000000"),
        planned_start=date(2025, 1, 1),
        planned_end=date(2027, 12, 31),
        title_fr="Transport scolaire des douars",
    )


@pytest.fixture
def lacanau(db):
    return PartnerFactory(name_fr="Ville de Lacanau", name_ar="مدينة لاكانو", kind="foreign_local")


@pytest.fixture
def finance(client_for):
    return client_for("finance")
