"""Content in several languages: `name_ar`, `name_fr`, `name_en` columns and how to read them."""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import get_language, pgettext_lazy
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


def localized_item(values, base):
    """The same over a mapping, e.g. a timeline event's facts {"session_ar": …, "session_fr": …}."""
    for code in FALLBACKS.get(current_language(), FALLBACKS["ar"]):
        value = values.get(f"{base}_{code}", "")
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


def in_language(verbose, code):
    """A label naming its language: "title (Arabic)"."""
    return format_lazy(_("{field} ({language})"), field=verbose, language=LANGUAGE_LABELS[code])


def char_fields(verbose, max_length=255, required=("ar", "fr"), **kwargs):
    """Three CharFields for one translated attribute, Arabic and French required by default."""
    return tuple(
        models.CharField(
            in_language(verbose, code),
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
            in_language(verbose, code),
            blank=code not in required,
            **kwargs,
        )
        for code in CONTENT_LANGUAGES
    )


# Django 6.1's blank-choice label has no Arabic translation yet; naming it here puts it in our
# catalogue, which Django reads before its own.
BLANK_CHOICE_LABEL = _("- Select an option -")


# The currencies people meet here, named in the reader's language: the dirham's partners, the
# donors' currencies and those of the Gulf. Codes stay codes in open data, the API and exports.
CURRENCY_NAMES = {
    "MAD": _("dirham"),
    "EUR": _("euro"),
    "USD": _("US dollar"),
    "GBP": _("pound sterling"),
    "JPY": _("yen"),
    "CHF": _("Swiss franc"),
    "CAD": _("Canadian dollar"),
    "SAR": _("Saudi riyal"),
    "AED": _("UAE dirham"),
    "CNY": _("yuan renminbi"),
}
# After a figure: in Arabic the unit's name (درهم، أورو، دولار أمريكي), in French and English
# the ISO code, as the dirham is written ("1 200 EUR").
CURRENCY_UNITS = {
    "MAD": _("MAD"),
    "EUR": pgettext_lazy("unit after an amount", "EUR"),
    "USD": pgettext_lazy("unit after an amount", "USD"),
    "GBP": pgettext_lazy("unit after an amount", "GBP"),
    "JPY": pgettext_lazy("unit after an amount", "JPY"),
    "CHF": pgettext_lazy("unit after an amount", "CHF"),
    "CAD": pgettext_lazy("unit after an amount", "CAD"),
    "SAR": pgettext_lazy("unit after an amount", "SAR"),
    "AED": pgettext_lazy("unit after an amount", "AED"),
    "CNY": pgettext_lazy("unit after an amount", "CNY"),
}


def currency_name(code, fallback=None):
    """A currency's name in the reader's language ("الأورو", "euro"); `fallback` (or the code)
    for a currency without one (the IATI list names the others in English only)."""
    name = CURRENCY_NAMES.get(code)
    return str(name) if name is not None else (fallback or code or "")


def currency_unit(code):
    """What follows a figure: the unit's name in Arabic, the code otherwise."""
    unit = CURRENCY_UNITS.get(code)
    return str(unit) if unit is not None else (code or "")


def amount(value, currency="MAD"):
    """An amount as people read it in messages, history lines and labels: grouped in the
    reader's language, no cents when there are none, and the dirham named in the reader's
    language (درهم in Arabic, MAD otherwise), as are the other common currencies (أورو in
    Arabic, EUR otherwise: `currency_unit`); the rest keep their code."""
    from decimal import Decimal

    from django.utils.formats import number_format

    if value is None or value == "":
        return "—"
    try:
        value = Decimal(value)
    except (ArithmeticError, ValueError, TypeError):
        return f"{value} {currency}"
    places = 0 if value == value.to_integral_value() else 2
    figure = number_format(value, decimal_pos=places, force_grouping=True)
    return f"{figure} {currency_unit(currency)}"


def readable(value):
    """A value stored as text (an amendment's old and new terms) in the reader's language: an
    ISO date in words, "420000.00 MAD" as an amount ("420 000 درهم"); anything else as it is."""
    from datetime import date
    from decimal import Decimal

    from django.utils.formats import date_format

    try:
        return date_format(date.fromisoformat(value))
    except ValueError:
        pass
    figure, _space, currency = value.partition(" ")
    try:
        return amount(Decimal(figure), currency) if len(currency) == 3 else value
    except (ArithmeticError, ValueError):
        return value
