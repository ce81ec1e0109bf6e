"""Large exports stream: the memory they need does not grow with the number of rows — to build
the file (core.published: at once in tests, by the worker otherwise) and to send it."""

import tracemalloc
from datetime import date, timedelta
from decimal import Decimal

import pytest

from taawun.core.caching import bump
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Transaction
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def add_transactions(project, provider, count, start=0):
    day = date(2024, 1, 1)
    Transaction.objects.bulk_create(
        (
            Transaction(
                project=project,
                type="3",
                date=day + timedelta(days=i % 700),
                provider=provider,
                amount=Decimal("1250.50"),
                currency="MAD",
                rate=Decimal("1"),
                mad_value=Decimal("1250.50"),
                description_fr=f"Versement n° {start + i}",
            )
            for i in range(count)
        ),
        batch_size=5000,
    )


def peak_while_streaming(client, url):
    """Peak Python memory while the whole response is read, and the number of lines."""
    tracemalloc.start()
    response = client.get(url)
    lines = 0
    for chunk in response.streaming_content:
        lines += chunk.count(b"\n") if isinstance(chunk, bytes) else chunk.count("\n")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, lines


@pytest.mark.slow
def test_exporting_100000_transactions_needs_no_more_memory_than_10000(client):
    project = ProjectFactory()
    provider = PartnerFactory(name_fr="Région Souss-Massa")
    add_transactions(project, provider, 10_000)
    small_peak, small_lines = peak_while_streaming(client, "/open-data/transactions.csv")
    add_transactions(project, provider, 90_000, start=10_000)
    bump()  # bulk_create sends no signal: who writes so moves the data version, as the generator
    large_peak, large_lines = peak_while_streaming(client, "/open-data/transactions.csv")
    assert (small_lines, large_lines) == (10_001, 100_001)  # header + rows
    # Ten times the rows, about the same memory (a chunk of rows, not the file).
    assert large_peak < small_peak * 1.5 + 512 * 1024, (small_peak, large_peak)
