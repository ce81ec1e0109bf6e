"""What the demo builders share: the error the loader reports, and the shaping of form input."""

from contextlib import contextmanager

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import CommandError


class DemoError(Exception):
    """A step of a demo record failed; the loader names the record."""


def _iso(day):
    """A date as a form field expects it; no date is an empty field."""
    return day.isoformat() if day else ""


def _valid(form):
    """The form, validated; its errors otherwise, as a DemoError."""
    if not form.is_valid():
        raise DemoError(f"{type(form).__name__}: {form.errors.as_text()}")
    return form


@contextmanager
def reported(record):
    """A step that fails stops the loader with a CommandError naming the record and the reason."""
    try:
        yield
    except (ValidationError, ObjectDoesNotExist, LookupError, DemoError) as error:
        reason = "; ".join(error.messages) if isinstance(error, ValidationError) else error
        raise CommandError(f"{record}: {reason}") from error
