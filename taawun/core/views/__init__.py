"""The views and view building blocks every app shares.

- mixins.py: RoleRequiredMixin, HtmxFragmentMixin, SlugRedirectMixin, MapPageMixin
- records.py: RecordFormView (a form for a record of a parent; StandaloneRecordMixin for a record
  with none), RecordActionView (POST actions)
- imports.py: ImportPreviewView, ImportCommitView (check a file, then import all or nothing)
- publication.py: PublishView (the staff action that publishes or unpublishes a record)
- system.py: the health check and the 403/404/500 pages
"""

from .imports import ImportCommitView, ImportPreviewView
from .mixins import (
    HtmxFragmentMixin,
    MapPageMixin,
    RoleRequiredMixin,
    SlugRedirectMixin,
    map_csp,
    map_tiles_url,
)
from .publication import PublishView
from .records import (
    NOT_SAVED,
    RecordActionView,
    RecordFormView,
    StandaloneRecordMixin,
    add_service_error,
)
from .system import HealthView, page_not_found, permission_denied, server_error

__all__ = [
    "NOT_SAVED",
    "HealthView",
    "HtmxFragmentMixin",
    "ImportCommitView",
    "ImportPreviewView",
    "MapPageMixin",
    "PublishView",
    "RecordActionView",
    "RecordFormView",
    "RoleRequiredMixin",
    "SlugRedirectMixin",
    "StandaloneRecordMixin",
    "add_service_error",
    "map_csp",
    "map_tiles_url",
    "page_not_found",
    "permission_denied",
    "server_error",
]
