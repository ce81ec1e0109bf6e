"""Reads of coordination records. Who sees which rows: coordination/rules.py."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from taawun.core.querysets import ScopedQuerySet

from .choices import CLOSED_ACTIONS, MeetingStatus, MinutesStatus, Visibility


class CommitteeQuerySet(ScopedQuerySet):
    search_fields = ("name_*",)

    def current(self):
        return self.filter(dissolved_on__isnull=True)

    def public(self):
        """What anyone may see: published committees."""
        return self.filter(is_public=True)


class PublicCommitteeManager(models.Manager.from_queryset(CommitteeQuerySet)):
    """Starting point of the public pages."""

    def get_queryset(self):
        return super().get_queryset().public()


class MembershipQuerySet(ScopedQuerySet):
    def in_office(self, on=None):
        on = on or timezone.localdate()
        return self.filter(
            Q(starts_on__isnull=True) | Q(starts_on__lte=on),
            Q(ends_on__isnull=True) | Q(ends_on__gte=on),
        )


class MeetingQuerySet(ScopedQuerySet):
    def public(self):
        """Public meetings of published committees."""
        return self.filter(visibility=Visibility.PUBLIC, committee__is_public=True)

    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).exclude(status=MeetingStatus.CANCELLED)


class DecisionQuerySet(ScopedQuerySet):
    search_fields = ("text_*",)

    def public(self):
        """Decisions of public meetings whose minutes are approved: the minutes make them
        official."""
        return self.filter(
            meeting__visibility=Visibility.PUBLIC,
            meeting__committee__is_public=True,
            meeting__minutes_status=MinutesStatus.APPROVED,
        )


class ActionItemQuerySet(ScopedQuerySet):
    search_fields = ("title_*", "owner_name")

    def awaited(self):
        return self.exclude(status__in=CLOSED_ACTIONS)

    def overdue(self, today=None):
        """Still awaited and past the due date (ActionItem.is_overdue, for one row)."""
        return self.awaited().filter(due_on__lt=today or timezone.localdate())
