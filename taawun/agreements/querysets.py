from datetime import timedelta

from django.db import models
from django.db.models import DecimalField, OuterRef, Q, Subquery, Sum
from django.utils import timezone

from taawun.core.querysets import ScopedQuerySet

from .choices import Stage
from .lifecycle import BINDING, OPEN_OBLIGATION, PUBLISHED, VISA_DAYS, VISA_WARNING_DAYS, WAITING


class AgreementQuerySet(ScopedQuerySet):
    # Scope (all for the commune; for a representative, the agreements its organisation
    # signs): agreements/rules.py.
    search_fields = ("reference", "title_*")

    def public(self):
        """Published in the register, from the council's deliberation on (Law 31-13)."""
        return self.filter(is_public=True, stage__in=sorted(PUBLISHED))

    def with_totals(self):
        """Committed and delivered value of all obligations, in MAD.

        Correlated subqueries rather than a join and GROUP BY: a page of the register sums the
        obligations of its twenty rows only, and the database can read the agreements in the
        register's order without grouping all of them first."""
        from .models import Obligation

        def total(column):
            sums = (
                Obligation.objects.filter(party__agreement=OuterRef("pk"))
                .order_by()
                .values("party__agreement")
                .annotate(total=Sum(column))
                .values("total")
            )
            return Subquery(sums, output_field=DecimalField(max_digits=18, decimal_places=2))

        return self.annotate(committed_mad=total("mad_value"), delivered_mad=total("delivered_mad"))

    # Alerts
    def expiring(self, within_days=90, today=None):
        today = today or timezone.localdate()
        return self.filter(
            stage=Stage.IN_FORCE,
            end_date__gte=today,
            end_date__lte=today + timedelta(days=within_days),
        )

    def visa_due(self, within_days=VISA_WARNING_DAYS, today=None):
        """Awaiting the visa, with its deadline within `within_days` (or passed)."""
        today = today or timezone.localdate()
        return self.filter(
            stage=Stage.VISA_PENDING,
            visa_submitted_on__lte=today + timedelta(days=within_days) - timedelta(days=VISA_DAYS),
        )

    def stuck(self, days, now=None):
        now = now or timezone.now()
        return self.filter(stage__in=sorted(WAITING), stage_since__lt=now - timedelta(days=days))


class PublicAgreementManager(models.Manager.from_queryset(AgreementQuerySet)):
    """Starting point for the portal, the anonymous API and exports."""

    def get_queryset(self):
        return super().get_queryset().public()


def overdue_obligation(today=None):
    """The Q of an obligation due and not delivered under an agreement that binds the parties
    (in force or suspended): for a queryset of obligations, or OR'd with other conditions."""
    return Q(
        status__in=OPEN_OBLIGATION,
        due_date__lt=today or timezone.localdate(),
        party__agreement__stage__in=sorted(BINDING),
    )


class ObligationQuerySet(ScopedQuerySet):
    # Scope (a representative: its organisation's obligations): agreements/rules.py.

    def overdue(self, today=None):
        """Due and not delivered, under an agreement that binds the parties (in force or
        suspended)."""
        return self.filter(overdue_obligation(today))

    def totals(self):
        """{'committed': …, 'delivered': …} in MAD over this queryset (zero when empty)."""
        from decimal import Decimal

        sums = self.aggregate(committed=Sum("mad_value"), delivered=Sum("delivered_mad"))
        return {key: value or Decimal("0") for key, value in sums.items()}
