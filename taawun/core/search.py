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
searches of localities and news filter with; `ranked()` puts first the records whose name, code
or title is exactly what was typed, then those whose name holds it, then the rest, each tier in
the list's own order. Both databases index the text and the titles for any part of a word:
PostgreSQL with trigrams (pg_trgm), SQLite with an FTS5 table of trigrams kept current by
triggers (where the library lacks FTS5, SQLite scans this one narrow table). Records written in
bulk (the synthetic dataset, imports) are indexed by `reindex()` (`manage.py reindex_search`).
"""

import re
import sqlite3
import unicodedata
from functools import cache

from django import forms
from django.db import connection, models
from django.db.models import Case, Q, Value, When
from django.db.models.expressions import RawSQL
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
TITLES = {}  # model class -> the columns of INDEXED that name the record (its short ones)
FTS_TABLE = "core_searchentry_fts"
# The rows of the FTS5 table (SQLite) whose column holds a GLOB pattern.
FTS_QUERIES = {
    column: f"SELECT rowid FROM {FTS_TABLE} WHERE {column} GLOB %s" for column in ("text", "title")
}


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
    TITLES[model] = tuple(
        column
        for column in INDEXED[model]
        if not isinstance(model._meta.get_field(column), models.TextField)
    )
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


def title_of(values):
    """The titles' line of an entry: each value normalized on its own line, framed by line
    breaks, so that "\n<query>\n" inside it means one of them is exactly the query."""
    return "\n" + "\n".join(filter(None, (normalize(v) for v in values if v))) + "\n"


def entry_of(model, values):
    """(text, title) of a record of `model` from the values of its INDEXED columns."""
    named = dict(zip(INDEXED[model], values, strict=True))
    return text_of(values), title_of([named[column] for column in TITLES[model]])


def _upsert(model, rows):
    from .models import SearchEntry

    label = model._meta.label_lower
    SearchEntry.objects.bulk_create(
        [
            SearchEntry(model=label, object_id=pk, text=text, title=title)
            for pk, (text, title) in rows
        ],
        update_conflicts=True,
        unique_fields=["model", "object_id"],
        update_fields=["text", "title"],
        batch_size=500,
    )


def _saved(sender, instance, raw=False, update_fields=None, **kwargs):
    columns = INDEXED[sender]
    if raw or (update_fields is not None and not set(update_fields) & set(columns)):
        return
    _upsert(sender, [(instance.pk, entry_of(sender, [getattr(instance, c) for c in columns]))])


def _deleted(sender, instance, **kwargs):
    from .models import SearchEntry

    SearchEntry.objects.filter(model=sender._meta.label_lower, object_id=instance.pk).delete()


@cache
def sqlite_has_fts5():
    """Whether this process's SQLite library has FTS5 and its trigram tokenizer (SQLite 3.34
    and later, as built by Python and Debian). Asked of a private in-memory database, so that
    no query of the application's connection is spent on it."""
    try:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')")
        finally:
            probe.close()
    except sqlite3.Error:
        return False
    return True


def _glob(text):
    """A GLOB pattern for the entries holding `text` anywhere; its wildcards taken literally."""
    return "*" + re.sub(r"([*?\[])", r"[\1]", text) + "*"


def entries_holding(model, column, text):
    """The index's entries of `model` whose `column` ("text" or "title") holds `text` (already
    normalized): by the trigram index on both databases (FTS5 on SQLite where it exists)."""
    from .models import SearchEntry

    entries = SearchEntry.objects.filter(model=model._meta.label_lower)
    if connection.vendor == "sqlite" and sqlite_has_fts5():
        # The SQL is one of FTS_QUERIES, constant; what was typed is only ever a parameter.
        found = RawSQL(FTS_QUERIES[column], [_glob(text)])  # nosec B611
        return entries.filter(pk__in=found)
    return entries.filter(**{f"{column}__contains": text})


def matching(model, text):
    """A Q of the records of `model` whose indexed text contains `text` once normalized; the
    empty Q (every record) when `text` normalizes to nothing."""
    text = normalize(text)
    if not text:
        return Q()
    return Q(pk__in=entries_holding(model, "text", text).values("object_id"))


def ranking(model, text):
    """How well each record of `model` answers `text`: 0 when one of its names, codes or titles
    is exactly `text` (once normalized), 1 when one of them holds it, 2 otherwise. Two small
    subqueries of the index, each read once per query, not once per row."""
    text = normalize(text)
    exact = entries_holding(model, "title", f"\n{text}\n").values("object_id")
    named = entries_holding(model, "title", text).values("object_id")
    return Case(
        When(pk__in=exact, then=Value(0)),
        When(pk__in=named, then=Value(1)),
        default=Value(2),
        output_field=models.IntegerField(),
    )


def ranked(queryset, text):
    """`queryset` ordered by `ranking()` first, then by its own order (the primary key when it
    has none): what someone who typed `text` looks for comes first. Unchanged when `text`
    normalizes to nothing; a view that orders by a column the reader chose orders afterwards,
    and that order wins."""
    if not normalize(text):
        return queryset
    query = queryset.query
    order = list(
        query.order_by or (queryset.model._meta.ordering if query.default_ordering else [])
    )
    return queryset.alias(search_rank=ranking(queryset.model, text)).order_by(
        "search_rank", *(order or ["pk"])
    )


def reindex(models=None, write=None):
    """Index every record of `models` (default: every searchable model) afresh, and forget the
    entries of records gone. Streams: memory stays flat at national scale."""
    from .models import SearchEntry

    for model in models or list(INDEXED):
        columns = INDEXED[model]
        rows, count = [], 0
        for pk, *values in model._base_manager.values_list("pk", *columns).iterator(2000):
            rows.append((pk, entry_of(model, values)))
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
