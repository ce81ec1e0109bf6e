from django.db import models
from django.db.models import Sum

from taawun.core.querysets import ScopedQuerySet


class ProjectQuerySet(ScopedQuerySet):
    # Scope (all for the commune; for a representative, the projects its organisation takes
    # part in): projects/rules.py.
    search_fields = ("code", "title_*")

    def public(self):
        return self.filter(is_public=True)

    def totals(self):
        """Sums of the summary columns over this queryset, in MAD."""
        from decimal import Decimal

        sums = self.aggregate(
            budget=Sum("budget"),
            planned=Sum("planned_mad"),
            in_kind=Sum("in_kind_mad"),
            committed=Sum("committed_mad"),
            disbursed=Sum("disbursed_mad"),
            spent=Sum("spent_mad"),
            secured=Sum("secured_mad"),
            commune=Sum("commune_mad"),
        )
        return {key: value or Decimal("0") for key, value in sums.items()}


class PublicProjectManager(models.Manager.from_queryset(ProjectQuerySet)):
    """Starting point for the portal, the anonymous API, the map and exports."""

    def get_queryset(self):
        return super().get_queryset().public()


class TransactionQuerySet(ScopedQuerySet):
    # Scope (the transactions of the projects the reader sees): projects/rules.py.

    def public(self):
        return self.filter(project__is_public=True)
