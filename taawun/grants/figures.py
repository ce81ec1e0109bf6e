"""The figures of the grants to associations, for the commune's people: per call, its
applications by state and theme, its awards by locality and theme and its reports late; over
the years, the money each association was awarded and paid. Each is a fixed number of grouped
queries, whatever the number of applications."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from taawun.agreements.choices import PartyRole
from taawun.agreements.payment_models import Delivery
from taawun.partners.models import Partner
from taawun.territory.models import Domain, Locality

from .choices import ApplicationState
from .models import Application
from .report_models import OWED, GrantReport

ZERO = Decimal("0")


def _names(model, pks):
    return {row.pk: row for row in model.objects.filter(pk__in=[pk for pk in pks if pk])}


def call_figures(call, today=None):
    """{"states": [(state label, count)] for the states present, "themes": [(theme or None,
    [count per state present], total)],
    "awards": {"by_locality": [(locality, count, amount)], "by_theme": [...]}, "late": n,
    "submitted": n, "awarded": amount, "share": percent of the envelope}. A draft is the
    association's own until submitted: it is counted, never opened here."""
    today = today or timezone.localdate()
    rows = list(
        Application.objects.filter(call=call)
        .values("state", "domain")
        .annotate(n=Count("pk"), awarded=Sum("awarded"))
    )
    states = dict(ApplicationState.choices)
    by_state = defaultdict(int)
    by_theme = defaultdict(lambda: defaultdict(int))
    for row in rows:
        by_state[row["state"]] += row["n"]
        by_theme[row["domain"]][row["state"]] += row["n"]
    themes = _names(Domain, by_theme)
    awards = list(
        Application.objects.filter(call=call, state=ApplicationState.SELECTED)
        .values("locality", "domain")
        .annotate(n=Count("pk"), amount=Sum("awarded"))
    )
    localities = _names(Locality, {row["locality"] for row in awards})
    themes |= _names(Domain, {row["domain"] for row in awards} - set(themes))
    by_locality, award_themes = defaultdict(lambda: [0, ZERO]), defaultdict(lambda: [0, ZERO])
    for row in awards:
        for table, key in ((by_locality, row["locality"]), (award_themes, row["domain"])):
            table[key][0] += row["n"]
            table[key][1] += row["amount"] or ZERO
    awarded = sum((amount for _n, amount in by_locality.values()), ZERO)
    late = GrantReport.objects.filter(
        application__call=call, state__in=OWED, due_on__lt=today
    ).count()

    def ordered(table, names):
        return sorted(
            ((names.get(key), n, amount) for key, (n, amount) in table.items()),
            key=lambda row: (-row[2], str(row[0] or "")),
        )

    present = [s for s in ApplicationState.values if by_state[s]]
    return {
        "states": [(states[s], by_state[s]) for s in present],
        "themes": sorted(
            (
                (themes.get(key), [counts.get(s, 0) for s in present], sum(counts.values()))
                for key, counts in by_theme.items()
            ),
            key=lambda row: str(row[0] or "~"),
        ),
        "submitted": sum(
            n
            for s, n in by_state.items()
            if s not in (ApplicationState.DRAFT, ApplicationState.WITHDRAWN)
        ),
        "awards": {
            "by_locality": ordered(by_locality, localities),
            "by_theme": ordered(award_themes, themes),
        },
        "awarded": awarded,
        "share": (awarded * 100 / call.envelope).quantize(Decimal("0.1"))
        if call.envelope
        else None,
        "late": late,
    }


def money_per_association(years=None):
    """[(association, {year: (awarded, paid)}, (awarded, paid))] and the years, most money
    first: awarded in the year the call's results were published, paid in the year the
    commune's tranche was delivered (the ledger of agreements), over the grant conventions."""
    awarded = (
        Application.objects.filter(state=ApplicationState.SELECTED, awarded__isnull=False)
        .annotate(award_year=ExtractYear("call__results_published_at"))
        .values("association", "award_year")
        .annotate(amount=Sum("awarded"))
    )
    paid = (
        Delivery.objects.filter(
            obligation__party__role=PartyRole.FUNDER,
            obligation__party__agreement__grant_application__isnull=False,
        )
        .annotate(year=ExtractYear("delivered_on"))
        .values("obligation__party__agreement__grant_application__association", "year")
        .annotate(amount=Sum("mad_value"))
    )
    table = defaultdict(lambda: defaultdict(lambda: [ZERO, ZERO]))
    for row in awarded:
        if row["award_year"]:
            table[row["association"]][row["award_year"]][0] += row["amount"]
    for row in paid:
        key = row["obligation__party__agreement__grant_application__association"]
        table[key][row["year"]][1] += row["amount"]
    all_years = sorted({year for cells in table.values() for year in cells})
    if years:
        all_years = [year for year in all_years if year in years]
    partners = {p.pk: p for p in Partner.objects.filter(pk__in=table)}
    rows = []
    for pk, cells in table.items():
        totals = (
            sum((cells[y][0] for y in all_years), ZERO),
            sum((cells[y][1] for y in all_years), ZERO),
        )
        if any(totals):
            rows.append((partners[pk], {y: tuple(cells[y]) for y in all_years}, totals))
    rows.sort(key=lambda row: (-row[2][0], -row[2][1], str(row[0])))
    return rows, all_years
