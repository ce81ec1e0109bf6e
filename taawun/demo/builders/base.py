"""What the demo builders share: the error the loader reports, and the shaping of form input."""


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
