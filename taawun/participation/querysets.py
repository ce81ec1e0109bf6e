"""Reads of priorities. Who sees which rows: participation/rules.py."""

from django.db import models

from taawun.core.querysets import ScopedQuerySet

from .choices import Moderation


class PriorityQuerySet(ScopedQuerySet):
    search_fields = ("title", "description")

    def public(self):
        """What anyone may see: priorities published by a moderator."""
        return self.filter(moderation=Moderation.PUBLISHED)

    def awaiting_moderation(self):
        return self.filter(moderation=Moderation.PENDING)


class PublicPriorityManager(models.Manager.from_queryset(PriorityQuerySet)):
    """Starting point of the public pages, the sitemap, the feed and the API."""

    def get_queryset(self):
        return super().get_queryset().public()
