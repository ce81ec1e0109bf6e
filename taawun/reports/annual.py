"""The annual cooperation report: what one year brought, built on demand, stored nowhere.

`annual_report(year)` reads the public managers (Project.public_objects,
Agreement.public_objects): the portal's page and PDF show what anyone may see. A workspace
version passes a user's scope instead (`projects=Project.objects.visible_to(user)`, …).

What "the year" means for each figure:
- money committed, disbursed and spent: transactions dated in the year;
- projects: those whose dates (actual, else planned) overlap the year, or with a transaction
  dated in it; their budget, secured money, domains, localities and objectives are read through
  taawun.projects.selectors, as on the dashboard;
- agreements: those that entered into force in the year (their last signature);
- results: indicator periods overlapping the year.

Every figure is computed here, and every bar's length is a class in steps of 5 % (the page's
CSP forbids style="" attributes, and the PDF draws no SVG): templates only show.
"""

from datetime import date
from decimal import Decimal

from django.db.models import Count, DecimalField, Prefetch, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from taawun.agreements.models import Agreement, Party
from taawun.core.bars import bar_class
from taawun.partners.selectors import public_name_of, published
from taawun.projects import selectors
from taawun.projects.choices import ActivityStatus, TransactionType
from taawun.projects.models import IndicatorPeriod, Project, Transaction
from taawun.territory.models import CommuneProfile

# Names read from values() rows, as the dashboard reads them.
from .dashboard import _kind_label, _localized

ZERO = Decimal("0")
MONEY_ZERO = Value(ZERO, output_field=DecimalField(max_digits=16, decimal_places=2))
# No cooperation register goes further back; a year outside [FIRST_YEAR, this year] is a 404.
FIRST_YEAR = 1990
STEP = 5  # bar lengths move in steps of 5 % (core.bars)


def year_bounds(year):
    return date(year, 1, 1), date(year, 12, 31)


def is_reportable(year, today=None):
    """A report exists for a year from FIRST_YEAR to the current one (which may be under way)."""
    today = today or timezone.localdate()
    return FIRST_YEAR <= year <= today.year


# What the year holds ----------------------------------------------------------------------------


def active_in(projects, year):
    """Projects whose dates (actual, else planned) overlap the year, or that moved money in it.

    A cancelled project counts only in the years its money moved: its planned dates say
    nothing of what happened.
    """
    first, last = year_bounds(year)
    moved = Transaction.objects.filter(date__range=(first, last)).values("project_id")
    dated = Q(start_on__lte=last) & (Q(end_on__isnull=True) | Q(end_on__gte=first))
    return projects.alias(
        start_on=Coalesce("actual_start", "planned_start"),
        end_on=Coalesce("actual_end", "planned_end"),
    ).filter((dated & ~Q(status=ActivityStatus.CANCELLED)) | Q(pk__in=moved))


def project_rows(active, year):
    """The year's projects with the money they moved in it, largest budget first."""
    first, last = year_bounds(year)
    in_year = Q(transactions__date__range=(first, last))

    def moved(kind):
        return Coalesce(
            Sum("transactions__mad_value", filter=in_year & Q(transactions__type=kind)),
            MONEY_ZERO,
        )

    projects = (
        active.annotate(
            committed_in_year=moved(TransactionType.COMMITMENT),
            disbursed_in_year=moved(TransactionType.DISBURSEMENT),
        )
        .prefetch_related("domains")
        .order_by("-budget", "code")
    )
    return [{"project": p, "progress_bar": bar_class(p.progress, 100, step=STEP)} for p in projects]


def money_in(projects, year):
    """Money committed, disbursed and spent on the projects, by transactions dated in the year."""
    first, last = year_bounds(year)
    sums = Transaction.objects.filter(project__in=projects, date__range=(first, last)).aggregate(
        committed=Sum("mad_value", filter=Q(type=TransactionType.COMMITMENT)),
        disbursed=Sum("mad_value", filter=Q(type=TransactionType.DISBURSEMENT)),
        spent=Sum("mad_value", filter=Q(type=TransactionType.EXPENDITURE)),
    )
    return {key: value or ZERO for key, value in sums.items()}


def partners_in(projects, year):
    """Who brought how much in the year: each provider's commitments and disbursements."""
    first, last = year_bounds(year)
    rows = list(
        Transaction.objects.filter(
            project__in=projects,
            date__range=(first, last),
            type__in=[TransactionType.COMMITMENT, TransactionType.DISBURSEMENT],
        )
        .values("provider_id", "provider__name_ar", "provider__name_fr", "provider__name_en")
        .annotate(
            published=published("provider_id"),  # a public report names no unpublished partner
            kind=Coalesce("provider__kind", Value("")),
            committed=Coalesce(
                Sum("mad_value", filter=Q(type=TransactionType.COMMITMENT)), MONEY_ZERO
            ),
            disbursed=Coalesce(
                Sum("mad_value", filter=Q(type=TransactionType.DISBURSEMENT)), MONEY_ZERO
            ),
            projects=Count("project", distinct=True),
        )
        .order_by("-committed", "-disbursed", "provider_id")
    )
    committed = sum((row["committed"] for row in rows), ZERO)
    top = max((max(row["committed"], row["disbursed"]) for row in rows), default=ZERO)
    return [
        {
            "name": public_name_of(_localized(row, "provider__name"), row["published"]),
            "kind": _kind_label(row["kind"]),
            "committed": row["committed"],
            "disbursed": row["disbursed"],
            "projects": row["projects"],
            "share": selectors.ratio(row["committed"] * 100, committed, "0.1"),
            "committed_bar": bar_class(row["committed"], top, step=STEP),
            "disbursed_bar": bar_class(row["disbursed"], top, step=STEP),
        }
        for row in rows
    ]


def domain_rows(active):
    rows = selectors.by_domain(active)
    top = max((row["budget"] or ZERO for row in rows), default=ZERO)
    return [
        {
            "name": _localized(row, "domains__name"),
            "count": row["count"],
            "budget": row["budget"] or ZERO,
            "secured": row["secured"] or ZERO,
            "budget_bar": bar_class(row["budget"], top, step=STEP),
            "secured_bar": bar_class(row["secured"], top, step=STEP),
        }
        for row in rows
    ]


def locality_rows(active):
    rows = sorted(
        (row for row in selectors.by_locality(active) if row["projects"]),
        key=lambda row: -row["total"],
    )
    top = max((row["total"] for row in rows), default=ZERO)
    return [{**row, "bar": bar_class(row["total"], top, step=STEP)} for row in rows]


def objectives(active):
    balance = selectors.objectives_balance(active)
    balance["pillars"] = [
        {"key": key, "percent": balance[key], "bar": bar_class(balance[key], 100, step=STEP)}
        for key in ("social", "economic", "environmental")
    ]
    return balance


def money_by_year(projects, year):
    """Committed and disbursed in each year up to this one: where the year stands."""
    committed = {
        row["year"]: row["total"] for row in selectors.by_year(projects, TransactionType.COMMITMENT)
    }
    disbursed = {
        row["year"]: row["total"]
        for row in selectors.by_year(projects, TransactionType.DISBURSEMENT)
    }
    years = sorted(y for y in committed.keys() | disbursed.keys() if y <= year)
    top = max([*committed.values(), *disbursed.values(), ZERO])
    return [
        {
            "year": y,
            "is_current": y == year,
            "committed": committed.get(y, ZERO),
            "disbursed": disbursed.get(y, ZERO),
            "committed_bar": bar_class(committed.get(y), top, step=STEP),
            "disbursed_bar": bar_class(disbursed.get(y), top, step=STEP),
        }
        for y in years
    ]


def agreements_signed(agreements, year):
    """Agreements that entered into force in the year, with their parties and commitments.

    Read again by primary key: a representative's scope joins the parties, which would count
    each obligation once per party in the totals.
    """
    first, last = year_bounds(year)
    return list(
        Agreement.objects.filter(
            pk__in=agreements.filter(entered_into_force_on__range=(first, last)).values("pk")
        )
        .select_related("kind")
        .with_totals()
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("partner").order_by("pk"))
        )
        .order_by("entered_into_force_on", "reference")
    )


def results_in(projects, year):
    """Indicator periods overlapping the year: actual against target."""
    first, last = year_bounds(year)
    periods = (
        IndicatorPeriod.objects.filter(
            indicator__project__in=projects, period_start__lte=last, period_end__gte=first
        )
        .select_related("indicator__project")
        .order_by(
            "indicator__project__code", "indicator__result_type", "indicator_id", "period_start"
        )
    )
    return [
        {
            "period": period,
            "indicator": period.indicator,
            "project": period.indicator.project,
            "percent": period.percent_of_target,
            "bar": bar_class(period.percent_of_target, 100, step=STEP),
        }
        for period in periods
    ]


def years_with_data(projects=None, agreements=None, today=None):
    """The years, newest first, with a project under way, money moved or an agreement signed."""
    projects = Project.public_objects.all() if projects is None else projects
    agreements = Agreement.public_objects.all() if agreements is None else agreements
    today = today or timezone.localdate()
    years = {d.year for d in Transaction.objects.filter(project__in=projects).dates("date", "year")}
    years |= {
        d.year
        for d in agreements.filter(entered_into_force_on__isnull=False).dates(
            "entered_into_force_on", "year"
        )
    }
    spans = (
        projects.annotate(
            start_on=Coalesce("actual_start", "planned_start"),
            end_on=Coalesce("actual_end", "planned_end"),
        )
        .filter(start_on__isnull=False)
        .exclude(status=ActivityStatus.CANCELLED)
        .values_list("start_on", "end_on")
    )
    for start, end in spans:
        years.update(range(start.year, (end or today).year + 1))
    return sorted((y for y in years if is_reportable(y, today)), reverse=True)


def annual_report(year, *, projects=None, agreements=None, today=None):
    """Everything the report shows for `year`, public data unless a scope is given."""
    projects = Project.public_objects.all() if projects is None else projects
    agreements = Agreement.public_objects.all() if agreements is None else agreements
    today = today or timezone.localdate()
    first, last = year_bounds(year)
    active = active_in(projects, year)
    counts = active.aggregate(
        started=Count("pk", filter=Q(start_on__range=(first, last))),
        completed=Count("pk", filter=Q(actual_end__range=(first, last))),
    )
    figures = selectors.key_figures(active)
    money = money_in(projects, year)
    partners = partners_in(projects, year)
    signed = agreements_signed(agreements, year)
    results = results_in(projects, year)
    years = years_with_data(projects, agreements, today)
    has_data = bool(figures["count"] or signed or results or any(money.values()))
    return {
        "year": year,
        "years": years,
        "previous_year": next((y for y in years if y < year), None),
        "next_year": next((y for y in reversed(years) if y > year), None),
        "in_progress": year == today.year,
        "today": today,
        "has_data": has_data,
        "commune": CommuneProfile.current(),
        "figures": figures,
        "started": counts["started"],
        "completed": counts["completed"],
        "money": money,
        "partners": partners,
        "partner_count": sum(1 for row in partners if row["committed"] or row["disbursed"]),
        "projects": project_rows(active, year),
        "domains": domain_rows(active),
        "localities": locality_rows(active),
        "objectives": objectives(active),
        "by_year": money_by_year(projects, year),
        "agreements": signed,
        "agreements_committed": sum((a.committed_mad or ZERO for a in signed), ZERO),
        "results": results,
        "results_met": sum(1 for r in results if r["percent"] is not None and r["percent"] >= 100),
        "results_measured": sum(1 for r in results if r["percent"] is not None),
        "generated_at": timezone.now(),
    }
