"""Reads on projects: a project with everything its page shows; derived figures across
projects by partner, domain, locality and year; integration.

All in MAD, from the summary columns and the transactions — never template arithmetic.
"""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, F, Prefetch, Q, Sum
from django.db.models.functions import ExtractYear

from taawun.agreements.models import Agreement
from taawun.territory.models import Locality

from .choices import TransactionType
from .models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    Participant,
    ProjectLocation,
    Transaction,
    Update,
)

ZERO = Decimal("0")


def project_detail_queryset(queryset, *, public=False, agreements=None):
    """A project with everything its page shows, in a fixed number of queries.

    - the workspace page (the default): its agreements, funding plan, transactions with who
      recorded them, updates, and indicators with their periods and disaggregated values;
    - `public=True`, the portal's page: only what the public may read — its public agreements
      (`project.public_agreements`) and public updates (`project.public_updates`);
    - `agreements=<queryset>`, the API record: the agreements the reader may see (their ids
      only), no funding plan nor updates, indicators down to their values.
    """
    if agreements is not None:
        transactions = ["provider", "receiver"]
    elif public:
        transactions = ["provider"]
    else:
        transactions = ["provider", "receiver", "recorded_by"]
    lookups = [
        "domains",
        Prefetch("locations", queryset=ProjectLocation.objects.select_related("locality")),
        Prefetch("participants", queryset=Participant.objects.select_related("partner")),
        Prefetch("transactions", queryset=Transaction.objects.select_related(*transactions)),
        "milestones",
    ]
    periods_with_values = Prefetch(
        "periods", queryset=IndicatorPeriod.objects.prefetch_related("values")
    )
    if agreements is not None:
        lookups += [
            Prefetch("agreements", queryset=agreements.only("pk")),
            Prefetch(
                "indicators", queryset=Indicator.objects.prefetch_related(periods_with_values)
            ),
        ]
    elif public:
        lookups += [
            Prefetch(
                "updates", queryset=Update.objects.filter(is_public=True), to_attr="public_updates"
            ),
            Prefetch("indicators", queryset=Indicator.objects.prefetch_related("periods")),
            Prefetch(
                "agreements",
                queryset=Agreement.public_objects.select_related("kind").order_by(
                    "-council_date", "-pk"
                ),
                to_attr="public_agreements",
            ),
        ]
    else:
        lookups += [
            "agreements",
            Prefetch(
                "contributions",
                queryset=Contribution.objects.select_related(
                    "partner", "obligation__party__agreement"
                ),
            ),
            "updates",
            Prefetch(
                "indicators", queryset=Indicator.objects.prefetch_related(periods_with_values)
            ),
        ]
    return queryset.select_related("owner", "pac_axis").prefetch_related(*lookups)


def ratio(part, whole, places="0.01"):
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal(places))


def key_figures(projects):
    """Totals of a set of projects, with the funding gap, % funded and leverage."""
    totals = projects.totals()
    totals["count"] = projects.count()
    totals["gap"] = (
        projects.aggregate(
            gap=Sum(F("budget") - F("secured_mad"), filter=Q(budget__gt=F("secured_mad")))
        )["gap"]
        or ZERO
    )
    totals["percent_funded"] = ratio(totals["secured"] * 100, totals["budget"], "0.1")
    totals["partner"] = totals["secured"] - totals["commune"]
    totals["leverage"] = ratio(totals["partner"], totals["commune"])
    totals["cash"] = totals["planned"] - totals["in_kind"]
    return totals


def by_partner(projects, transaction_type=TransactionType.COMMITMENT):
    """Each provider's total of one transaction type across the projects, largest first."""
    rows = (
        Transaction.objects.filter(project__in=projects, type=transaction_type)
        .values(
            "provider_id",
            "provider__name_ar",
            "provider__name_fr",
            "provider__name_en",
            "provider__kind",
        )
        .annotate(total=Sum("mad_value"), projects=Count("project", distinct=True))
        .order_by("-total")
    )
    grand = sum((row["total"] for row in rows), ZERO)
    return [{**row, "share": ratio(row["total"] * 100, grand, "0.1")} for row in rows]


def by_partner_kind(projects):
    rows = (
        Transaction.objects.filter(project__in=projects, type=TransactionType.COMMITMENT)
        .values("provider__kind")
        .annotate(total=Sum("mad_value"))
        .order_by("-total")
    )
    return list(rows)


def by_domain(projects):
    """Budget and secured money per domain (a project in two domains counts in both)."""
    return list(
        projects.filter(domains__isnull=False)
        .values("domains__code", "domains__name_ar", "domains__name_fr", "domains__name_en")
        .annotate(budget=Sum("budget"), secured=Sum("secured_mad"), count=Count("pk"))
        .order_by("-secured")
    )


def by_year(projects, transaction_type=TransactionType.DISBURSEMENT):
    return list(
        Transaction.objects.filter(project__in=projects, type=transaction_type)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(total=Sum("mad_value"))
        .order_by("year")
    )


def by_locality(projects, localities=None):
    """Secured money per locality, a project's money split evenly over its places, and
    the investment per inhabitant (the seed's local and regional integration).

    `localities` (a list) restricts the rows to those: a locality's own page reads the places
    of its projects only, not those of the whole country."""
    places = ProjectLocation.objects.filter(project__in=projects)
    if localities is not None:
        here = ProjectLocation.objects.filter(locality__in=localities).values("project_id")
        places = places.filter(project__in=here)
    places = places.values_list("project_id", "locality_id")
    project_places = defaultdict(list)
    for project_id, locality_id in places:
        project_places[project_id].append(locality_id)
    money = dict(projects.filter(pk__in=project_places).values_list("pk", "secured_mad"))
    per_locality = defaultdict(lambda: ZERO)
    count = defaultdict(int)
    for project_id, place_ids in project_places.items():
        share = money.get(project_id, ZERO) / len(place_ids)
        for locality_id in place_ids:
            per_locality[locality_id] += share
            count[locality_id] += 1
    rows = []
    for locality in Locality.objects.in_reading_order() if localities is None else localities:
        total = per_locality.get(locality.pk, ZERO).quantize(Decimal("0.01"))
        rows.append(
            {
                "locality": locality,
                "total": total,
                "projects": count.get(locality.pk, 0),
                "per_inhabitant": ratio(total, locality.population),
            }
        )
    return rows


def objectives_balance(projects):
    """The seed's objectives over the portfolio: sustainable-development weights weighted by
    budget, and how many projects carry each of the other three objectives."""
    data = projects.aggregate(
        total_budget=Sum("budget"),
        social=Sum(F("social_weight") * F("budget")),
        economic=Sum(F("economic_weight") * F("budget")),
        environmental=Sum(F("environmental_weight") * F("budget")),
        expertise=Count("pk", filter=Q(expertise_exchange=True)),
        integration=Count("pk", filter=Q(integration=True)),
        innovation=Count("pk", filter=Q(innovation=True)),
        count=Count("pk"),
    )
    budget = data["total_budget"] or ZERO
    weights = {
        name: ratio(data[name] or ZERO, budget, "0.1") or ZERO
        for name in ("social", "economic", "environmental")
    }
    return {**weights, **{k: data[k] for k in ("expertise", "integration", "innovation", "count")}}


def largest_gaps(projects, limit=10):
    return (
        projects.filter(budget__gt=F("secured_mad"))
        .annotate(gap=F("budget") - F("secured_mad"))
        .order_by("-gap", "pk")[:limit]
    )


def project_money_by_partner(project):
    """One project's money per provider: committed, disbursed, spent (MAD)."""
    rows = defaultdict(lambda: {"committed": ZERO, "disbursed": ZERO, "spent": ZERO})
    names = {}
    for tx in project.transactions.all():
        key = {
            TransactionType.COMMITMENT: "committed",
            TransactionType.DISBURSEMENT: "disbursed",
            TransactionType.EXPENDITURE: "spent",
        }[tx.type]
        rows[tx.provider_id][key] += tx.mad_value
        names[tx.provider_id] = tx.provider
    result = []
    for provider_id, money in rows.items():
        result.append(
            {
                "partner": names[provider_id],
                **money,
                "share": ratio(
                    max(money["committed"], money["disbursed"]) * 100, project.secured_mad, "0.1"
                ),
            }
        )
    return sorted(result, key=lambda r: -max(r["committed"], r["disbursed"]))
