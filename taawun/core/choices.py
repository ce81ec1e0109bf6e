"""The name search behind the searchable widgets (core.widgets): the choices whose names match
what the reader typed. Core knows no register: each app declares its own in its
`AppConfig.ready()` with `register_choices(kind, source, base, others)`, and the widgets name
the same `kind`."""

import re
from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render

from .i18n import BLANK_CHOICE_LABEL, CONTENT_LANGUAGES, localized_field_name
from .search import INDEXED, matching, ranked
from .widgets import SUGGESTED_CHOICES

CHECKBOX_NAME = re.compile(r"^[\w-]{1,60}$")


@dataclass(frozen=True)
class ChoiceSource:
    # request -> the rows this reader may choose among (the app decides who sees what).
    rows: object
    # The translated column searched and sorted by (`name` for name_ar, name_fr, name_en).
    base: str
    # Other columns searched as they are (e.g. an agreement's reference).
    others: tuple = ()


SOURCES = {}


def register_choices(kind, rows, base, others=()):
    """Make `kind` searchable: `rows(request)` gives the queryset a reader may choose among."""
    SOURCES[kind] = ChoiceSource(rows, base, tuple(others))


def _matching(model, source, text):
    """Through the search index when the model is in it (Arabic as residents type it), else a
    containment on the source's columns."""
    if model in INDEXED:
        return matching(model, text)
    match = Q()
    for column in [f"{source.base}_{code}" for code in CONTENT_LANGUAGES] + list(source.others):
        match |= Q(**{f"{column}__icontains": text})
    return match


def choices(request, kind):
    """The choices whose names match ?q=, in the reader's language: <option>s for a searchable
    select, or checkboxes named ?checkboxes= for a searchable list of checkboxes."""
    source = SOURCES.get(kind)
    if source is None:
        raise Http404
    text = request.GET.get("q", "").strip()[:100]
    rows = source.rows(request)
    rows = rows.order_by(localized_field_name(source.base), "pk")
    if text:
        rows = rows.filter(_matching(rows.model, source, text))
        if rows.model in INDEXED:  # the exact name first (core.search.ranked)
            rows = ranked(rows, text)
    rows = rows[:SUGGESTED_CHOICES]
    name = request.GET.get("checkboxes", "")
    if name:
        if not CHECKBOX_NAME.match(name):
            return HttpResponseBadRequest("checkboxes: a field name")
        return render(request, "core/widgets/choices_checkboxes.html", {"rows": rows, "name": name})
    return render(
        request,
        "core/widgets/choices.html",
        {"rows": rows, "empty_label": BLANK_CHOICE_LABEL},
    )
