"""One bar helper for every bar: the screen, the agreement sheet and the annual report."""

import re
from decimal import Decimal as D

import pytest

from taawun.core.bars import BARS_CSS, bar_class, bar_stylesheet


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [
        (D("0"), 100, "bar-0"),
        (None, 100, "bar-0"),
        (D("5"), 0, "bar-0"),
        (D("-3"), 100, "bar-0"),
        (D("0.1"), 100, "bar-10"),  # a small figure still shows one step
        (D("4.9"), 100, "bar-10"),
        (D("43.2"), 100, "bar-40"),
        (D("45"), 100, "bar-50"),  # half up, as the sheet and the project page always did
        (D("100"), 100, "bar-100"),
        (D("130"), 100, "bar-100"),  # never overflows
        (50, 200, "bar-30"),  # 25 % of the scale
        (3, 10, "bar-30"),  # indicator periods: a share of the largest figure
        (12.5, 100, "bar-10"),  # floats too
    ],
)
def test_a_bar_moves_in_steps_of_ten_by_default_and_never_overflows(value, scale, expected):
    assert bar_class(value, scale) == expected


@pytest.mark.parametrize(
    ("value", "top", "expected"),
    [
        (D("0"), D("100"), "bar-0"),
        (None, D("100"), "bar-0"),
        (D("5"), D("0"), "bar-0"),
        (D("0.1"), D("100"), "bar-5"),  # a small partner still shows
        (D("42"), D("100"), "bar-40"),
        (D("43"), D("100"), "bar-45"),
        (D("100"), D("100"), "bar-100"),
        (D("150"), D("100"), "bar-100"),
        (D("-3"), D("100"), "bar-0"),
    ],
)
def test_the_annual_report_bars_move_in_steps_of_five(value, top, expected):
    assert bar_class(value, top, step=5) == expected


def test_every_class_the_helper_can_return_is_in_the_stylesheet():
    css = BARS_CSS.read_text(encoding="utf-8")
    assert bar_stylesheet() == css
    defined = set(re.findall(r"\.(bar-\d+) \{ inline-size: (\d+)%?; \}", css))
    assert defined == {(f"bar-{n}", str(n)) for n in range(0, 101, 5)}
    returned = {bar_class(D(p) / 10, 100, step) for p in range(-10, 1100) for step in (5, 10)}
    assert returned <= {name for name, _ in defined}


@pytest.mark.django_db
def test_the_screen_loads_the_bar_classes(client):
    page = client.get("/fr/").content.decode()
    assert "core/bars" in page
