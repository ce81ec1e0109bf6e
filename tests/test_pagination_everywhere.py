"""Every paginated list of the application pages with core.pagination (issue 16): its count and
its rows' keys kept under the data version, so page 2,725 costs what page 1 does and a long
list's first page sorts nothing again; a list of rows that do not move the version, or a plain
Python list, is paginated as Django does by the same class."""

from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.viewsets import GenericViewSet

from taawun.core.pagination import ApiPagination, VersionedCountPaginator


def _views(patterns):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _views(entry.url_patterns)
        elif isinstance(entry, URLPattern):
            view = getattr(entry.callback, "view_class", None) or getattr(
                entry.callback, "cls", None
            )
            if view is not None:
                yield view


def test_every_paginated_page_and_api_list_keeps_its_count_and_keys():
    views = set(_views(get_resolver().url_patterns))
    pages = [view for view in views if getattr(view, "paginate_by", None)]
    assert len(pages) >= 20  # the registers, the portal's lists, the new apps' lists
    assert [
        view.__qualname__
        for view in pages
        if not issubclass(view.paginator_class, VersionedCountPaginator)
    ] == []
    api = [view for view in views if issubclass(view, GenericViewSet)]
    assert api
    assert [
        view.__qualname__
        for view in api
        if view.pagination_class is not None
        and not issubclass(view.pagination_class, ApiPagination)
    ] == []
