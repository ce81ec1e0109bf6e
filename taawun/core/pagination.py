"""Pagination whose page count and row order are kept until the data changes.

Counting the rows of a filtered list is the one part of a list's first page that grows with the
data (54,000 matching projects at national scale take PostgreSQL 20 ms to count, every request).
A deep page had a second one: OFFSET reads and throws away every row before it, so page 2,725
cost 2.4 times page 1 on PostgreSQL and more on SQLite. Both only change when a record does, so
they are kept in the shared cache under the data version (taawun.core.caching), keyed by the
query's SQL — which holds the filters, the order and the reader's scope, so two readers who may
see different rows never share them:

- the count, for every page;
- the primary keys of the matching rows in the list's order ("the keys"), read in one pass the
  first time someone asks for a page after the first one. Page N is then the rows of its own
  twenty keys (`pk IN (…)`, twenty lookups by primary key), whatever N, whatever the order.

That is keyset pagination that keeps the addresses people already share: `?page=2725` stays
page 2,725, "Page 2,725 of 2,726" still means something to a person, the templates and the API's
next/previous links are unchanged, and every order a reader may choose (by amount, by title…)
gets it. The first page never needs the keys: it is read with LIMIT, as before, which keeps the
lists' pinned query counts. The price is the pass: the first deep request after a change reads
the keys of every matching row (which counts them too, and costs about what one OFFSET to the
last page did), and the keys take 4 bytes a row in the cache. For the pages of the two passes to agree, the order must be total: a
list whose order could tie is given the primary key as its last tie-breaker.

A list of rows that do not move the data version (or a plain Python list) is paginated as
Django does, with a fresh count and OFFSET: nothing of it may be kept.
"""

import hashlib
from array import array
from functools import cached_property

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import Case, F, IntegerField, OrderBy, Value, When
from rest_framework.pagination import PageNumberPagination

from .caching import WATCHED, versioned

# The keys of an old data version are never read again: an hour bounds what a busy day of
# changes leaves in the cache (a quiet list reads its keys again once an hour, a pass at most).
KEYS_SECONDS = 3600
# From this many rows, the first page is read by the keys as well (below, LIMIT costs less than
# the pass that reads them, and the lists' pinned query counts stay as they are).
KEYS_FROM_ROWS = 1000


def _term_name(term):
    """The field or annotation an ordering term names ("-code", F("code").asc()), or None."""
    if isinstance(term, str):
        return term.removeprefix("-")
    if isinstance(term, OrderBy):
        term = term.expression
    return term.name if isinstance(term, F) else None


def total_order(queryset):
    """`queryset` ordered so that no two rows tie: its own order when it ends with the primary
    key or a unique column that cannot be NULL, else that order then the primary key. None when
    it has no order to complete (unordered, random, sliced or a union)."""
    query = queryset.query
    if not queryset.ordered:  # Meta.ordering does not apply to a GROUP BY, say
        return None
    terms = list(query.order_by or queryset.model._meta.ordering)
    if "?" in terms or query.is_sliced or query.combinator or query.extra_order_by:
        return None
    opts = queryset.model._meta
    name = _term_name(terms[-1])
    if name in {"pk", opts.pk.name, opts.pk.attname}:
        return queryset
    try:
        field = opts.get_field(name) if name and name not in query.annotations else None
    except FieldDoesNotExist:
        field = None
    if field is not None and field.unique and not field.null and not field.is_relation:
        return queryset
    return queryset.order_by(*terms, "pk")


def _packed(pks):
    """The keys as 4 (or 8) bytes each when they are integers, as they are everywhere here."""
    for typecode in ("i", "q"):
        try:
            return array(typecode, pks)
        except OverflowError:
            continue
        except TypeError:
            break
    return tuple(pks)


def _beyond_first(number):
    try:
        return int(number) > 1
    except (TypeError, ValueError, OverflowError):
        return False


class VersionedCountPaginator(Paginator):
    def __init__(self, object_list, *args, **kwargs):
        if self._watched(object_list):
            ordered = total_order(object_list)
            object_list = object_list if ordered is None else ordered  # never bool(): a query
        super().__init__(object_list, *args, **kwargs)

    @staticmethod
    def _watched(object_list):
        return (
            getattr(object_list, "query", None) is not None
            and object_list.model._meta.label in WATCHED
        )

    @cached_property
    def _cache_key(self):
        """The query's own key in the cache, or "" when nothing of it may be kept; None when
        the query can match nothing."""
        queryset = self.object_list
        if not self._watched(queryset):
            return ""  # a list, or rows that do not move the version
        try:
            sql = str(queryset.query)
        except EmptyResultSet:
            return None
        return hashlib.sha256(f"{queryset.db}:{sql}".encode()).hexdigest()

    @cached_property
    def count(self):
        key = self._cache_key
        if key is None:  # nothing can match: nothing to count
            return 0
        if not key:
            return Paginator.count.func(self)
        return versioned(f"count:{key}", lambda: Paginator.count.func(self))

    @cached_property
    def keys(self):
        """The primary keys of every row in the list's order, or None when this list is
        paginated with OFFSET (rows that are not kept, or an order that cannot be total)."""
        if not self._cache_key or total_order(self.object_list) is not self.object_list:
            return None
        rows = self.object_list.prefetch_related(None).values_list("pk", flat=True)
        return versioned(f"keys:{self._cache_key}", lambda: _packed(list(rows)), KEYS_SECONDS)

    def page(self, number):
        deep = _beyond_first(number)
        if deep and self.keys is not None and "count" not in self.__dict__:
            # The pass that read the keys has counted the rows: no count query after a change.
            keys = self.keys
            self.count = versioned(f"count:{self._cache_key}", lambda: len(keys))
        number = self.validate_number(number)
        # A long list's first page is read by its keys too: LIMIT would sort every matching
        # row again at each request (a search matching 50,000 projects), the keys are sorted
        # once per data version.
        if not (deep or self.count > KEYS_FROM_ROWS) or self.keys is None:
            return super().page(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        shown = list(self.keys[bottom:top])
        # In the keys' order, not the list's: an order computed per row (a search's ranking
        # reads the index) would be computed again for the twenty rows.
        place = Case(
            *(When(pk=pk, then=Value(i)) for i, pk in enumerate(shown)),
            output_field=IntegerField(),
        )
        rows = self.object_list.filter(pk__in=shown).order_by(place)
        return self._get_page(rows, number, self)


class ApiPagination(PageNumberPagination):
    django_paginator_class = VersionedCountPaginator
