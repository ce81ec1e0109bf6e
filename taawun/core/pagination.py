"""Pagination whose page count is kept until the data changes.

Counting the rows of a filtered list is the one part of a list page that grows with the data
(54,000 matching projects at national scale take PostgreSQL 20 ms to count, every request). The
count only changes when a record does, so it is kept in the shared cache under the data version
(taawun.core.caching), keyed by the query's SQL — which holds the filters and the reader's
scope, so two readers who may see different rows never share a count.
"""

import hashlib
from functools import cached_property

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from rest_framework.pagination import PageNumberPagination

from .caching import WATCHED, versioned


class VersionedCountPaginator(Paginator):
    @cached_property
    def count(self):
        queryset = self.object_list
        query = getattr(queryset, "query", None)
        if query is None or queryset.model._meta.label not in WATCHED:
            return Paginator.count.func(self)  # a list, or rows that do not move the version
        try:
            sql = str(query)
        except EmptyResultSet:  # nothing can match: nothing to count
            return 0
        key = hashlib.sha256(f"{queryset.db}:{sql}".encode()).hexdigest()
        return versioned(f"count:{key}", lambda: Paginator.count.func(self))


class ApiPagination(PageNumberPagination):
    django_paginator_class = VersionedCountPaginator
