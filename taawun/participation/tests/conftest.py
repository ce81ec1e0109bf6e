import pytest
from django.core.cache import cache

from taawun.territory.tests.factories import CommuneProfileFactory

from .factories import PriorityFactory, published


@pytest.fixture
def priority(db, users):
    """A published priority of a resident (not the `resident` user)."""
    return published(PriorityFactory(), users["officer"])


@pytest.fixture
def threshold(settings):
    settings.PETITION_THRESHOLDS = (3, 5)
    settings.PETITION_POPULATION_LIMIT = 35000
    CommuneProfileFactory(population=46032)  # Aourir, 2024 census: above 35,000
    cache.clear()
    return 5
