"""Bar lengths as classes: the strict CSP forbids style="" widths, so a bar's length is one of
the classes bar-0, bar-5 … bar-100 of core/static/core/bars.css, on the element that fills
the track. The screen, the agreement sheet's PDF and the annual report's PDF all use them."""

from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

BARS_CSS = Path(__file__).resolve().parent / "static" / "core" / "bars.css"


def bar_class(value, scale=100, step=10):
    """`bar-0` … `bar-100`: `value` as a share of `scale`, rounded half up to `step` %.

    `step` is 5 or 10 (any divisor of 100 that is a multiple of 5). Past the scale the bar is
    full; nothing, zero or less is empty; a value above zero always shows at least one step,
    so a small figure is not a blank row.
    """
    if value is None or not scale or value <= 0:
        return "bar-0"
    percent = min(Decimal(str(value)) * 100 / Decimal(str(scale)), Decimal(100))
    steps = int((percent / step).to_integral_value(ROUND_HALF_UP))
    return f"bar-{max(steps, 1) * step}"


@cache
def bar_stylesheet():
    """The bar classes as text, for the stylesheets WeasyPrint is given as a string."""
    return BARS_CSS.read_text(encoding="utf-8")
