"""The register's sortable table (issue 10 #11): whitelisted `sort`, aria-sort on the sorted
header, the order kept by the pages, the filters and the htmx swaps."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory

pytestmark = pytest.mark.django_db


def register(lang="fr"):
    with translation.override(lang):
        return reverse("agreements:list")


@pytest.fixture
def three(commune):
    rows = []
    for reference, title, start, value in (
        ("C-002", "Bravo", date(2025, 3, 1), "300"),
        ("C-003", "Alpha", date(2024, 1, 1), "100"),
        ("C-001", "Charlie", date(2026, 6, 1), "200"),
    ):
        agreement = AgreementFactory(
            reference=reference, title_fr=title, start_date=start, stage=Stage.IN_FORCE
        )
        party = PartyFactory(agreement=agreement, partner=commune, role="project_owner")
        ObligationFactory(party=party, mad_value=Decimal(value))
        rows.append(agreement)
    return rows


def order(response):
    return [a.reference for a in response.context["object_list"]]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("reference", ["C-001", "C-002", "C-003"]),
        ("-reference", ["C-003", "C-002", "C-001"]),
        ("title", ["C-003", "C-002", "C-001"]),
        ("start", ["C-003", "C-002", "C-001"]),
        ("-committed", ["C-002", "C-001", "C-003"]),
        ("committed", ["C-003", "C-001", "C-002"]),
    ],
)
def test_the_headers_sort_the_register(client_for, three, sort, expected):
    response = client_for("officer").get(register(), {"sort": sort})
    assert response.status_code == 200
    assert order(response) == expected


def test_the_sorted_header_says_so_and_links_the_other_way(client_for, three):
    page = client_for("officer").get(register(), {"sort": "reference", "stage": Stage.IN_FORCE})
    html = page.content.decode()
    assert html.count("aria-sort=") == 1
    assert 'aria-sort="ascending"' in html
    # the header's link reverses the order and keeps the filters; the other headers ascend
    assert "sort=-reference" in html and f"stage={Stage.IN_FORCE}" in html
    assert "sort=title" in html
    # the order joins the filter form, so a filter change (or its htmx swap) keeps it
    assert '<input type="hidden" name="sort" value="reference" form="filters">' in html
    assert 'id="filters"' in html
    desc = client_for("officer").get(register(), {"sort": "-reference"}).content.decode()
    assert 'aria-sort="descending"' in desc and "sort=reference" in desc


def test_an_unknown_sort_is_ignored(client_for, three):
    officer = client_for("officer")
    default = order(officer.get(register()))
    for value in ("password", "-", "kind__name; drop", "x" * 500, "-pk"):
        response = officer.get(register(), {"sort": value})
        assert response.status_code == 200
        assert order(response) == default
        assert "aria-sort=" not in response.content.decode()


def test_the_order_is_kept_across_pages_and_by_the_htmx_fragment(client_for, commune):
    for n in range(30):
        AgreementFactory(reference=f"R-{n:03}", stage=Stage.IN_FORCE)
    officer = client_for("officer")
    first = officer.get(register(), {"sort": "-reference"})
    assert order(first)[0] == "R-029"
    html = first.content.decode()
    assert "sort=-reference&amp;page=2" in html or "page=2&amp;sort=-reference" in html
    second = officer.get(register(), {"sort": "-reference", "page": 2})
    assert order(second)[0] == "R-004"
    fragment = officer.get(register(), {"sort": "-reference"}, HTTP_HX_REQUEST="true")
    body = fragment.content.decode()
    assert "<html" not in body and 'aria-sort="descending"' in body
    assert order(fragment)[0] == "R-029"
