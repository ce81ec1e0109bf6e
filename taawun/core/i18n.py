"""Content in several languages: `name_ar`, `name_fr`, `name_en` columns and how to read them."""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

CONTENT_LANGUAGES = ("ar", "fr", "en")
# Arabic and French are required for content; English falls back to French, then Arabic.
FALLBACKS = {"ar": ("ar", "fr", "en"), "fr": ("fr", "ar", "en"), "en": ("en", "fr", "ar")}
LANGUAGE_LABELS = {"ar": _("Arabic"), "fr": _("French"), "en": _("English")}


def current_language():
    return (get_language() or "ar").split("-")[0]


def localized(obj, base):
    """The value of `base` in the reader's language, falling back to the other languages."""
    for code in FALLBACKS.get(current_language(), FALLBACKS["ar"]):
        value = getattr(obj, f"{base}_{code}", "")
        if value:
            return value
    return ""


class Translated:
    """Descriptor: `name = Translated("name")` reads name_ar / name_fr / name_en."""

    def __init__(self, base):
        self.base = base

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return localized(obj, self.base)


def localized_field_name(base):
    """The column to sort by for the reader's language, e.g. `name_fr`."""
    return f"{base}_{current_language()}"


def char_fields(verbose, max_length=255, required=("ar", "fr"), **kwargs):
    """Three CharFields for one translated attribute, Arabic and French required by default."""
    return tuple(
        models.CharField(
            format_lazy(_("{field} ({language})"), field=verbose, language=LANGUAGE_LABELS[code]),
            max_length=max_length,
            blank=code not in required,
            **kwargs,
        )
        for code in CONTENT_LANGUAGES
    )


def text_fields(verbose, required=(), **kwargs):
    """Three TextFields for one translated attribute."""
    return tuple(
        models.TextField(
            format_lazy(_("{field} ({language})"), field=verbose, language=LANGUAGE_LABELS[code]),
            blank=code not in required,
            **kwargs,
        )
        for code in CONTENT_LANGUAGES
    )


# Django 6.1's blank-choice label has no Arabic translation yet; naming it here puts it in our
# catalogue, which Django reads before its own.
BLANK_CHOICE_LABEL = _("- Select an option -")
