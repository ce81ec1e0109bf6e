"""The bounds every input is held to, in one place: the years a filter accepts, the ids a
multiple choice accepts, the dates an end-date computation may reach. Out of bounds is a
field's error message, never a server error."""

from calendar import monthrange
from datetime import date

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# The years a register can be filtered by: a commune's agreements and projects fall well inside.
YEAR_MIN = 1900
YEAR_MAX = 2100

# What the database's integer columns hold (SQLite and PostgreSQL bigint alike).
ID_MIN = -(2**63)
ID_MAX = 2**63 - 1

# The zoom levels of a web map (Leaflet's, OpenStreetMap's tiles): 0 shows the world, 19 a street.
ZOOM_MIN = 0
ZOOM_MAX = 19


class YearField(forms.IntegerField):
    """A whole year between YEAR_MIN and YEAR_MAX ("2025"; "0", "1e20" or "10000" refused)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", YEAR_MIN)
        kwargs.setdefault("max_value", YEAR_MAX)
        super().__init__(**kwargs)
        self.error_messages["invalid"] = _("Enter a year such as 2025.")


class ZoomField(forms.IntegerField):
    """A map's zoom level, a whole number from ZOOM_MIN to ZOOM_MAX: one message for a value
    that is not a number and for one out of range, since the reader's fix is the same."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", ZOOM_MIN)
        kwargs.setdefault("max_value", ZOOM_MAX)
        super().__init__(**kwargs)
        message = _("zoom takes a whole number from %(min)s to %(max)s.") % {
            "min": ZOOM_MIN,
            "max": ZOOM_MAX,
        }
        for code in ("invalid", "min_value", "max_value"):
            self.error_messages[code] = message


class BoundedYearFilter(django_filters.NumberFilter):
    """The `year` filter of every register: an invalid year is the filter form's error (a 400
    with that message in the API), never a query."""

    field_class = YearField


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A multiple choice that refuses an id the database could not even compare (beyond 64 bits)
    with the field's "not one of the available choices" error."""

    def _check_values(self, value):
        key = self.to_field_name or "pk"
        target = self.queryset.model._meta.get_field(key) if key != "pk" else None
        target = target or self.queryset.model._meta.pk
        if isinstance(target, models.IntegerField | models.AutoField):
            for item in value:
                try:
                    number = int(str(item).strip())
                except (TypeError, ValueError):
                    continue  # the parent's check gives the usual "invalid_pk_value" message
                if not ID_MIN <= number <= ID_MAX:
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": item},
                    )
        return super()._check_values(value)


def add_months(day: date, months: int, *, field="start_date") -> date:
    """The day `months` months after `day` (the last day of a shorter month); a result past
    the calendar's last year is the field's error, not a server error."""
    month = day.month - 1 + months
    year = day.year + month // 12
    if not date.min.year <= year <= date.max.year:
        raise ValidationError(
            {field: _("With this duration the end date would fall after the year 9999.")}
        )
    month = month % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))
