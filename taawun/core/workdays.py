"""Working days: the legal delays of the administration count them (Law 31-13: 20 working days
to answer a request for information). A working day is a Monday to Friday that is not a public
holiday; the holidays are data (territory.PublicHoliday: the fixed ones and the religious ones
the ministry announces each year), passed in as a set of dates."""

from datetime import date, timedelta

WEEKEND = {5, 6}  # Saturday, Sunday


def is_working_day(day: date, holidays=frozenset()) -> bool:
    return day.weekday() not in WEEKEND and day not in holidays


def add_working_days(start: date, days: int, holidays=frozenset()) -> date:
    """The day `days` working days after `start` (the day of receipt is not counted)."""
    if days < 0:
        raise ValueError("days must be positive")
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            counted += 1
    return day


def working_days_between(start: date, end: date, holidays=frozenset()) -> int:
    """How many working days after `start` up to `end` included (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            count += 1
    return count
