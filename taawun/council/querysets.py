"""Reads of council sessions. Who sees which rows: council/rules.py."""

from django.db import models

from taawun.core.querysets import ScopedQuerySet


class CouncilSessionQuerySet(ScopedQuerySet):
    search_fields = ("name_*", "venue_*")

    def public(self):
        """What anyone may see: published sessions."""
        return self.filter(is_public=True)


class PublicSessionManager(models.Manager.from_queryset(CouncilSessionQuerySet)):
    """Starting point of the public pages, the sitemap and the API."""

    def get_queryset(self):
        return super().get_queryset().public()


class SessionPointQuerySet(ScopedQuerySet):
    search_fields = ("title_*", "decision_number")

    def pending(self):
        """Points whose outcome is not recorded yet."""
        return self.filter(recorded_at__isnull=True)
