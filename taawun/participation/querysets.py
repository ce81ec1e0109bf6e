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

    def answer_owed(self):
        """Published priorities whose supports (online and on paper) reached the threshold and
        whose answer is not published: the commune owes one (settings.PRIORITY_ANSWER_*)."""
        from django.conf import settings
        from django.db.models import F

        return (
            self.public()
            .filter(answer_published_at__isnull=True)
            .alias(total=F("supports_count") + F("paper_supports"))
            .filter(total__gte=settings.PRIORITY_ANSWER_THRESHOLD)
        )


class PublicPriorityManager(models.Manager.from_queryset(PriorityQuerySet)):
    """Starting point of the public pages, the sitemap, the feed and the API."""

    def get_queryset(self):
        return super().get_queryset().public()


class InformationRequestQuerySet(ScopedQuerySet):
    search_fields = ("reference", "public_summary_ar", "public_summary_fr")

    def open(self):
        from .choices import RequestState

        return self.filter(state=RequestState.RECEIVED)

    def overdue(self, today=None):
        from django.utils import timezone

        return self.open().filter(due_on__lt=today or timezone.localdate())
