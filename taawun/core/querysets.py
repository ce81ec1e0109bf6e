"""The base of every register's queryset: the reader's scope and the name search.

Which rows a person may act on is declared once per app, in its `rules.py` (a SCOPES table,
beside the RULES that `user.has_perm` reads). The queryset asks the authentication backends
for it, as `has_perm` does, so core needs no import of the app that knows the roles.
"""

from django.contrib.auth import get_backends
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from .search import INDEXED, matching, ranked


def scope_of(user, perm):
    """The rows `user` may act on under `perm`, as a Q (empty: every row), or None (none)."""
    for backend in get_backends():
        if hasattr(backend, "scope"):
            return backend.scope(user, perm)
    raise ImproperlyConfigured("No authentication backend declares scopes.")


class ScopedQuerySet(models.QuerySet):
    # The columns `search()` looks in, e.g. ("name_*", "acronym"): "name_*" stands for the
    # column in every content language (name_ar, name_fr, name_en).
    search_fields = ()

    def restrict(self, user, action="view"):
        """The rows `user` may `action` ("view", …): the scope the model's app declares for
        "<app>.<action>_<model>" in its rules.py."""
        opts = self.model._meta
        allowed = scope_of(user, f"{opts.app_label}.{action}_{opts.model_name}")
        if allowed is None:
            return self.none()
        return self.filter(allowed) if allowed else self

    def visible_to(self, user):
        """Workspace scope: what `user` may see."""
        return self.restrict(user, "view")

    def search(self, text, also=None):
        """Rows whose search fields contain `text`, in any language, as residents type it:
        through the search index (core.search), both sides normalized; those named exactly
        `text` first, then those whose name holds it, then the rest (core.search.ranked). `also`
        (a Q) adds rows found another way, ranked with the rest."""
        if self.model not in INDEXED:
            raise ImproperlyConfigured(f"{self.model._meta.label} is not in the search index.")
        found = matching(self.model, text)
        return ranked(self.filter(found | also if also is not None else found), text)
