from django.db import models

from taawun.core.querysets import ScopedQuerySet


class PartnerQuerySet(ScopedQuerySet):
    # Scope: partners/rules.py.
    search_fields = ("name_*", "acronym", "city")

    def current(self):
        return self.filter(archived_at__isnull=True)

    def public(self):
        """What anyone may see: published and not archived."""
        return self.current().filter(is_public=True)


class PublicPartnerManager(models.Manager.from_queryset(PartnerQuerySet)):
    """Starting point for the portal, the anonymous API and the exports."""

    def get_queryset(self):
        return super().get_queryset().public()
