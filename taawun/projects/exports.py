"""Projects and transactions as rows for CSV/XLSX.

Rows are generated from `.iterator(chunk_size=…)`, so a file of any length is written with the
memory of one chunk. Only what the commune may publish to its partners is exported: no contact
people, no internal notes, no reasons typed to override a check, no names of who recorded what.
Partners are named in French (the name the import reads back), whatever the reader's language.
"""

from django.db.models import Prefetch, Value

from taawun.partners.selectors import public_name_of, public_partner_name, published
from taawun.territory.models import Domain

from .models import IndicatorPeriod, ProjectLocation, Transaction

CHUNK = 2000

PROJECT_HEADER = [
    "code",
    "title_ar",
    "title_fr",
    "title_en",
    "status",
    "owner",
    "domains",
    "localities",
    "budget",
    "planned_mad",
    "committed_mad",
    "disbursed_mad",
    "spent_mad",
    "secured_mad",
    "funding_gap_mad",
    "percent_funded",
    "leverage",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    "progress",
]

TRANSACTION_HEADER = [
    "project",
    "type",
    "date",
    "provider",
    "receiver",
    "amount",
    "currency",
    "rate",
    "mad_value",
    "description_ar",
    "description_fr",
    "description_en",
]


def project_table(queryset, public=False):
    """(header, row iterator) for projects; domains and places are fetched once per chunk.
    `public` (the open data): an owner the commune has not published is not named."""
    queryset = (
        queryset.order_by("code", "pk")
        .select_related("owner")
        .prefetch_related(
            Prefetch("domains", queryset=Domain.objects.only("code")),
            Prefetch(
                "locations",
                queryset=ProjectLocation.objects.select_related("locality").only(
                    "project_id", "locality__slug"
                ),
            ),
        )
    )

    def rows():
        for p in queryset.iterator(chunk_size=CHUNK):
            yield [
                p.code,
                p.title_ar,
                p.title_fr,
                p.title_en,
                p.status,
                _owner_name(p.owner, public),
                ";".join(sorted(d.code for d in p.domains.all())),
                ";".join(sorted(place.locality.slug for place in p.locations.all())),
                p.budget,
                p.planned_mad,
                p.committed_mad,
                p.disbursed_mad,
                p.spent_mad,
                p.secured_mad,
                p.funding_gap,
                p.percent_funded,
                p.leverage,
                p.planned_start,
                p.planned_end,
                p.actual_start,
                p.actual_end,
                p.progress,
            ]

    return PROJECT_HEADER, rows()


def _owner_name(owner, public):
    if owner is None:
        return ""
    return public_partner_name(owner, "name_fr", unpublished="") if public else owner.name_fr


def transaction_table(queryset, public=False):
    """(header, row iterator) for transactions: one query, plain tuples, read in chunks.

    In the order they were recorded (the primary key), which the database reads without sorting
    a million rows; a spreadsheet sorts them as the reader likes. Values, not model instances:
    an export of a million rows builds no million objects.
    """
    # tabular.csv_response / xlsx_response neutralise text that would run as a formula.
    # The open data (`public`): a provider or receiver the commune has not published is not
    # named; the workspace's export names everyone.
    queryset = queryset.order_by("pk")
    if public:
        queryset = queryset.annotate(
            provider_published=published("provider_id"),
            receiver_published=published("receiver_id"),
        )
    else:
        queryset = queryset.annotate(provider_published=Value(True), receiver_published=Value(True))
    rows = queryset.values_list(
        "project__code",
        "type",
        "date",
        "provider__name_fr",
        "provider_published",
        "receiver__name_fr",
        "receiver_published",
        "amount",
        "currency",
        "rate",
        "mad_value",
        "description_ar",
        "description_fr",
        "description_en",
    ).iterator(chunk_size=CHUNK)

    def shaped(row):
        code, kind, day, provider, provider_shown, receiver, receiver_shown, *rest = row
        provider = public_name_of(provider, provider_shown, unpublished="")
        return (code, kind, day, provider, public_name_of(receiver, receiver_shown, ""), *rest)

    return TRANSACTION_HEADER, (shaped(row) for row in rows)


def transactions_of(projects):
    """The transactions of a (filtered) project queryset."""
    return Transaction.objects.filter(project__in=projects.values("pk"))


INDICATOR_HEADER = [
    "project",
    "indicator_fr",
    "indicator_ar",
    "result_type",
    "measure",
    "unit_fr",
    "baseline",
    "baseline_year",
    "period_start",
    "period_end",
    "target",
    "actual",
]


def indicator_table(queryset):
    """Every period of the indicators of `queryset`'s projects: one row per period."""
    periods = (
        IndicatorPeriod.objects.filter(indicator__project__in=queryset)
        .select_related("indicator__project")
        .order_by("indicator__project__code", "indicator_id", "period_start")
    )

    def rows():
        for p in periods.iterator(chunk_size=CHUNK):
            i = p.indicator
            yield [
                i.project.code,
                i.name_fr,
                i.name_ar,
                i.result_type,
                i.measure,
                i.unit_fr,
                i.baseline,
                i.baseline_year,
                p.period_start,
                p.period_end,
                p.target,
                p.actual,
            ]

    return INDICATOR_HEADER, rows()
