"""Search: the bounded query form, and one normalization of text as residents type it.

Arabic is typed many ways: alef with or without hamza, ta marbuta or ha, alef maqsura or ya,
with or without diacritics and tatweel, digits Arabic-Indic or ASCII; Latin with or without
accents and capitals. `normalize()` folds all of them to one form, applied to what is indexed
and to the query alike, so "مؤسسة", "موسسه" and "مُؤَسَّسَة" find the same records, and "Tamraght",
"tamraght" and "TAMRAGHT" too.

The index is one table (`core.SearchEntry`): a row per record of every searchable model, its
search columns normalized into one text, kept current on each save and delete. A model is
searchable when its queryset declares `search_fields` (core.querysets.ScopedQuerySet) — every
register, and every future app, without a line of its own — or when `register()` names its
columns. `matching(model, text)` is the Q that `ScopedQuerySet.search()`, the choosers and the
searches of localities and news filter with. PostgreSQL indexes the text with trigrams (pg_trgm); SQLite scans this one narrow
table instead of every column of every register. Records written in bulk (the synthetic
dataset, imports) are indexed by `reindex()` (`manage.py reindex_search`).
"""

import re
import unicodedata

from django import forms
from django.db import connection
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .i18n import CONTENT_LANGUAGES

TRANSLATED = "_*"  # in search fields, "name_*" stands for name_ar, name_fr, name_en

# Hamza forms to their bare letter, ta marbuta to ha, alef maqsura to ya; Arabic-Indic and
# Persian digits to ASCII; tatweel removed (mapped to None).
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك",
        "ـ": None,
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)  # fmt: skip
# Arabic diacritics (tashkil, Quranic marks, superscript alef) and every combining mark left
# by decomposing Latin letters (é → e + ◌́).
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")


def normalize(text):
    """The one form of `text` that is indexed and searched: see the module's docstring."""
    if not text:
        return ""
    text = _MARKS.sub("", str(text))
    text = unicodedata.normalize("NFKD", text)
    # Combining marks, and the invisible format characters (direction marks, joiners).
    text = "".join(
        c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    # NFKD decomposed the hamza letters too (أ → ا + ◌ٔ): the marks are gone, the fold is safe.
    text = text.translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


class SearchForm(forms.Form):
    """The query: 2 to 100 characters, or a clear message (never a 500)."""

    q = forms.CharField(
        label=_("Search the site"), min_length=2, max_length=100, strip=True, required=True
    )


# The index ------------------------------------------------------------------------------------

INDEXED = {}  # model class -> the columns indexed


def columns_of(fields):
    columns = []
    for field in fields:
        if field.endswith(TRANSLATED):
            base = field.removesuffix(TRANSLATED)
            columns += [f"{base}_{code}" for code in CONTENT_LANGUAGES]
        else:
            columns.append(field)
    return tuple(columns)


def register(model, fields):
    """Index `model` on `fields` ("name_*" for every content language), kept current on save
    and delete."""
    from django.db.models.signals import post_delete, post_save

    INDEXED[model] = columns_of(fields)
    post_save.connect(_saved, sender=model, dispatch_uid=f"search-{model._meta.label}")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-{model._meta.label}")


def register_searchable_models():
    """Every model whose queryset declares search_fields (called once the apps are ready)."""
    from django.apps import apps

    for model in apps.get_models():
        if model in INDEXED:
            continue
        for manager in model._meta.managers:
            fields = getattr(getattr(manager, "_queryset_class", None), "search_fields", ())
            if fields:
                register(model, fields)
                break


def text_of(values):
    return normalize("\n".join(str(v) for v in values if v))


def _upsert(model, rows):
    from .models import SearchEntry

    label = model._meta.label_lower
    SearchEntry.objects.bulk_create(
        [SearchEntry(model=label, object_id=pk, text=text) for pk, text in rows],
        update_conflicts=True,
        unique_fields=["model", "object_id"],
        update_fields=["text"],
        batch_size=500,
    )


def _saved(sender, instance, raw=False, update_fields=None, **kwargs):
    columns = INDEXED[sender]
    if raw or (update_fields is not None and not set(update_fields) & set(columns)):
        return
    _upsert(sender, [(instance.pk, text_of([getattr(instance, c) for c in columns]))])


def _deleted(sender, instance, **kwargs):
    from .models import SearchEntry

    SearchEntry.objects.filter(model=sender._meta.label_lower, object_id=instance.pk).delete()


def matching(model, text):
    """A Q of the records of `model` whose indexed text contains `text` once normalized; the
    empty Q (every record) when `text` normalizes to nothing."""
    from .models import SearchEntry

    text = normalize(text)
    if not text:
        return Q()
    entries = SearchEntry.objects.filter(model=model._meta.label_lower, text__contains=text)
    return Q(pk__in=entries.values("object_id"))


def reindex(models=None, write=None):
    """Index every record of `models` (default: every searchable model) afresh, and forget the
    entries of records gone. Streams: memory stays flat at national scale."""
    from .models import SearchEntry

    for model in models or list(INDEXED):
        columns = INDEXED[model]
        rows, count = [], 0
        for pk, *values in model._base_manager.values_list("pk", *columns).iterator(2000):
            rows.append((pk, text_of(values)))
            if len(rows) >= 2000:
                _upsert(model, rows)
                count += len(rows)
                rows = []
        _upsert(model, rows)
        count += len(rows)
        label = model._meta.label_lower
        kept = model._base_manager.values("pk")
        SearchEntry.objects.filter(model=label).exclude(object_id__in=kept).delete()
        if write:
            write(f"  {label}: {count:,}")
    # The planner's statistics: without them PostgreSQL guesses a handful of matches for a
    # common word and joins the wrong way round. (SQLite would write a table of its own,
    # sqlite_stat1, which a backup does not carry.)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE core_searchentry")
