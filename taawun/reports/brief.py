"""The partner brief: everything the commune and one partner do together, on one page to read
before meeting it — the agreements and the projects, the money by year (what the partner
committed and delivered, what the commune committed to it), the obligations open or late on
both sides, the action items it owes, the axes of the action programme where its declared
interests meet residents' priorities, and the open opportunities it could lead or co-finance.

A fixed number of queries whatever the partner's history."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Q, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from taawun.agreements.choices import ObligationStatus
from taawun.agreements.models import Agreement, Obligation
from taawun.agreements.payment_models import Delivery
from taawun.coordination.models import ActionItem
from taawun.funding.choices import OpportunityState
from taawun.funding.models import FundingOpportunity
from taawun.participation.models import Priority
from taawun.projects.models import Project
from taawun.territory.models import PacAxis
from taawun.territory.selectors import commune_partner_id

ZERO = Decimal("0")
OPEN = (ObligationStatus.DUE, ObligationStatus.PARTLY_DELIVERED)
ACTION_OPEN = ("open", "in_progress", "blocked")


def _year(obligation):
    return obligation.due_year or (obligation.due_date.year if obligation.due_date else None)


def partner_brief(partner, today=None):
    today = today or timezone.localdate()
    commune = commune_partner_id()
    agreements = list(
        Agreement.objects.filter(parties__partner=partner)
        .select_related("kind", "pac_axis")
        .distinct()
        .order_by("-council_date", "reference")
    )
    ids = [a.pk for a in agreements]
    projects = list(
        Project.objects.filter(
            Q(agreements__in=ids)
            | Q(participants__partner=partner)
            | Q(contributions__partner=partner)
        )
        .distinct()
        .order_by("code")
    )
    obligations = list(
        Obligation.objects.filter(
            party__agreement__in=ids, party__partner__in=[partner.pk, commune]
        )
        .select_related("party__partner", "party__agreement")
        .order_by("due_date", "due_year", "pk")
    )
    years = defaultdict(lambda: {"partner": ZERO, "delivered": ZERO, "commune": ZERO})
    for obligation in obligations:
        year = _year(obligation)
        side = "partner" if obligation.party.partner_id == partner.pk else "commune"
        years[year][side] += obligation.mad_value
    delivered = (
        Delivery.objects.filter(
            obligation__party__partner=partner, obligation__party__agreement__in=ids
        )
        .annotate(year=ExtractYear("delivered_on"))
        .values("year")
        .annotate(total=Sum("mad_value"))
    )
    for row in delivered:
        years[row["year"]]["delivered"] += row["total"]
    open_obligations = [o for o in obligations if o.status in OPEN]
    actions = list(
        ActionItem.objects.filter(owner_partner=partner, status__in=ACTION_OPEN)
        .select_related("committee")
        .order_by("due_on")
    )
    interests = set(partner.domains.values_list("pk", flat=True))
    axes = []
    if interests:
        meeting = (
            PacAxis.objects.filter(projects__domains__in=interests).distinct().order_by("number")
        )
        supports = dict(
            Priority.objects.filter(moderation="published", pac_axis__in=meeting)
            .values("pac_axis")
            .annotate(n=Sum("paper_supports") + Sum("supports_count"))
            .values_list("pac_axis", "n")
        )
        axes = [(axis, supports.get(axis.pk, 0)) for axis in meeting]
    opportunities = list(
        FundingOpportunity.objects.filter(state=OpportunityState.OPEN)
        .filter(Q(donor=partner) | Q(lead_kind=partner.kind))
        .select_related("donor")
        .order_by("pk")
    )
    opportunities = [
        o for o in opportunities
        if o.donor_id == partner.pk or not o.lead_country or o.lead_country == partner.country
    ]  # fmt: skip
    return {
        "partner": partner,
        "agreements": agreements,
        "projects": projects,
        "years": sorted(((y, v) for y, v in years.items() if y), key=lambda item: item[0]),
        "open_obligations": open_obligations,
        "late": [o for o in open_obligations if o.due_date and o.due_date < today],
        "actions": actions,
        "axes": axes,
        "opportunities": opportunities,
        "generated_at": timezone.now(),
    }
