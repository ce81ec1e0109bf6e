import pytest

from .factories import PriorityFactory, published


@pytest.fixture
def priority(db, users):
    """A published priority of a resident (not the `resident` user)."""
    return published(PriorityFactory(), users["officer"])
