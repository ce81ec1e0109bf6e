"""A project's budget as IATI publishes it: one <budget> per year of the activity.

The IATI Standard refuses a budget period longer than one year (rule 7.5.3, severity error), and
a project runs up to four. Each period is the part of one calendar year inside the activity's
dates (never longer than a year, never outside the activity), and the values add up to the
project's budget to the centime:

- the funding plan says which year its money is due where it can: a contribution tied to an
  agreement's obligation with a due date or a due year. Those years get that money;
- what the plan does not place (the whole budget when it places nothing) is split pro rata of
  the days of each year — over the years the plan leaves empty, or over every year when it
  leaves none empty;
- a year whose value is only money of signed, binding agreements is "committed" (BudgetStatus
  2); any year holding a pro-rata share, or money of an agreement not yet binding, or a plan
  larger than the budget (then scaled down to it) is "indicative" (1).
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from taawun.agreements.choices import Stage
from taawun.agreements.lifecycle import BINDING

CENT = Decimal("0.01")
INDICATIVE, COMMITTED = "1", "2"
# Signed and binding, or fulfilled: the money of the obligation is committed.
SIGNED = frozenset({*BINDING, Stage.COMPLETED})


@dataclass(frozen=True)
class Budget:
    start: date
    end: date
    value: Decimal
    status: str


def activity_span(project):
    """The activity's first and last day: planned dates, else actual, else the creation year."""
    start = project.planned_start or project.actual_start or project.created_at.date()
    end = project.planned_end or project.actual_end or date(start.year, 12, 31)
    return start, max(start, end)


def year_periods(start, end):
    """{year: (first day, last day)} of each calendar year's part of [start, end]."""
    return {
        year: (max(start, date(year, 1, 1)), min(end, date(year, 12, 31)))
        for year in range(start.year, end.year + 1)
    }


def _due_year(obligation):
    if obligation.due_date:
        return obligation.due_date.year
    return obligation.due_year


def planned_by_year(project, years):
    """{year: (MAD due that year by the funding plan, all of it signed?)}; a due year outside
    the activity counts in its nearest year."""
    planned = {}
    for contribution in project.contributions.all():
        obligation = contribution.obligation
        year = _due_year(obligation) if obligation is not None else None
        if year is None or not contribution.mad_value:
            continue
        year = min(max(year, years[0]), years[-1])
        signed = obligation.party.agreement.stage in SIGNED
        amount, all_signed = planned.get(year, (Decimal(0), True))
        planned[year] = (amount + contribution.mad_value, all_signed and signed)
    return planned


def pro_rata(total, weights):
    """`total` split in proportion to `weights` (a dict), to the centime, the rest to the last."""
    keys = list(weights)
    whole = sum(weights.values())
    shares = {
        key: (total * weights[key] / whole).quantize(CENT, rounding=ROUND_DOWN) for key in keys
    }
    shares[keys[-1]] += total - sum(shares.values())
    return shares


def yearly_budgets(project):
    """The project's budgets, one per year with a value, oldest first (none without budget)."""
    total = Decimal(project.budget or 0).quantize(CENT)
    if total <= 0:
        return []
    periods = year_periods(*activity_span(project))
    years = list(periods)
    days = {year: (last - first).days + 1 for year, (first, last) in periods.items()}
    planned = planned_by_year(project, years)
    placed = sum((amount for amount, _ in planned.values()), Decimal(0))
    values, committed = {}, set()
    if placed >= total:
        # The plan places all the budget (or more: then its shares, scaled down to it).
        values = pro_rata(total, {year: amount for year, (amount, _) in planned.items()})
        if placed == total:
            committed = {year for year, (_, signed) in planned.items() if signed}
    else:
        values = {year: amount for year, (amount, _) in planned.items()}
        empty = [year for year in years if year not in planned]
        if empty:  # the rest goes to the years the plan leaves empty
            committed = {year for year, (_, signed) in planned.items() if signed}
        spread = empty or years
        for year, share in pro_rata(total - placed, {y: days[y] for y in spread}).items():
            values[year] = values.get(year, Decimal(0)) + share
    return [
        Budget(*periods[year], values[year], COMMITTED if year in committed else INDICATIVE)
        for year in years
        if values.get(year)
    ]


def plan_prefetch():
    """What yearly_budgets reads of a project's funding plan, in one query for all of them."""
    from django.db.models import Prefetch

    from taawun.projects.models import Contribution

    return Prefetch(
        "contributions",
        queryset=Contribution.objects.select_related("obligation__party__agreement"),
    )


def yearly_totals(projects):
    """[{"year", "total"}] of the projects' yearly budgets, oldest first: the organisation's
    total budget per year, the same money as its activities' budgets."""
    totals = {}
    for project in projects.prefetch_related(plan_prefetch()).iterator(chunk_size=500):
        for budget in yearly_budgets(project):
            year = budget.start.year
            totals[year] = totals.get(year, Decimal(0)) + budget.value
    return [{"year": year, "total": totals[year]} for year in sorted(totals)]
