"""Reads that assemble an agreement with its parties, obligations and totals."""

from decimal import Decimal

from django.db.models import Prefetch

from .choices import ObligationStatus
from .models import Delivery, Obligation, Party


def agreement_detail_queryset(queryset):
    return queryset.select_related("kind", "parent", "pac_axis").prefetch_related(
        "domains",
        "localities",
        "specific_agreements",
        Prefetch(
            "parties",
            queryset=Party.objects.select_related("partner").prefetch_related(
                Prefetch(
                    "obligations",
                    queryset=Obligation.objects.prefetch_related(
                        Prefetch("deliveries", queryset=Delivery.objects.select_related("proof"))
                    ),
                )
            ),
        ),
    )


def convention_queryset(queryset):
    """What a convention drafted from its record reads (conventions.context), in a fixed number
    of queries: the parties and their obligations, the amendments, the committees that follow
    the agreement (coordination's, through their link to it) and their members' organisations."""
    return queryset.select_related("kind", "parent").prefetch_related(
        "domains",
        "localities",
        "amendments",
        Prefetch(
            "parties",
            queryset=Party.objects.select_related("partner").prefetch_related("obligations"),
        ),
        "committees__memberships__partner",
    )


def party_totals(agreement):
    """Each party with its committed and delivered MAD and % delivered, plus the agreement total.

    Uses the prefetched obligations: no query per party.
    """
    rows = []
    total_committed = total_delivered = Decimal("0")
    for party in agreement.parties.all():
        obligations = list(party.obligations.all())
        committed = sum(
            (o.mad_value for o in obligations if o.status != ObligationStatus.WAIVED), Decimal("0")
        )
        delivered = sum((o.delivered_mad for o in obligations), Decimal("0"))
        rows.append(
            {
                "party": party,
                "obligations": obligations,
                "committed": committed,
                "delivered": delivered,
                "percent": percent(delivered, committed),
            }
        )
        total_committed += committed
        total_delivered += delivered
    return {
        "rows": rows,
        "committed": total_committed,
        "delivered": total_delivered,
        "percent": percent(total_delivered, total_committed),
    }


def percent(part, whole):
    if not whole:
        return Decimal("0")
    return (part * 100 / whole).quantize(Decimal("0.1"))
