"""Dates that depend on the day the demo is loaded, written as values the builders resolve.

The services refuse dates in the future, so the steps of the last weeks (the visas awaited, the
agreement about to expire, the last council session) are dated from the day of loading.
"""

from typing import NamedTuple


class Days(NamedTuple):
    """The day the demo is loaded, plus `days` (minus, when negative)."""

    days: int


class Session(NamedTuple):
    """The council's last ordinary session on or before the day the demo is loaded plus `days`."""

    days: int


class Year(NamedTuple):
    """The year the demo is loaded, plus `years`."""

    years: int


NEXT_YEAR = Year(1)
