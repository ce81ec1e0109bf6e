"""The alignment matrix: for each axis of the commune's action programme (PAC), what partners
committed (money and in kind, from the agreements' obligations; the agreements; the next
obligation due), the partners whose declared domains meet the axis without a commitment in it,
what residents ask (the published priorities, their supports and answers), the money still to
find (the projects' gaps) and the open funding opportunities on the axis — with the flags a
coordination meeting should see first: an axis with no partner and no opportunity, strongly
supported priorities that no project answers, commitments outside any axis.

A domain meets an axis when a project of the axis carries it. Every figure is an aggregate in
SQL: the matrix costs the same number of queries for a commune and for the whole country.
`public=True` keeps what the portal may show: published agreements and projects, no names."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import (
    Case,
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
    Sum,
    Value,
    When,
)
from django.utils import timezone

from taawun.agreements.choices import ObligationKind, ObligationStatus
from taawun.agreements.models import Obligation, Party
from taawun.core.caching import versioned
from taawun.core.i18n import localized_field_name
from taawun.funding.choices import OpportunityState
from taawun.funding.models import FundingOpportunity
from taawun.participation.choices import AnswerState
from taawun.participation.models import Priority, PriorityProject
from taawun.partners.models import Partner
from taawun.projects.models import Project
from taawun.territory.models import PacAxis
from taawun.territory.selectors import commune_partner_id

ZERO = Decimal("0")
OPEN_OBLIGATIONS = (ObligationStatus.DUE, ObligationStatus.PARTLY_DELIVERED)


@dataclass
class Row:
    axis: PacAxis | None
    money: Decimal = ZERO
    in_kind: Decimal = ZERO
    agreements: int = 0
    partners: int = 0
    next_due: object = None
    interested: list = field(default_factory=list)  # ids of partners not committed here
    projects: int = 0
    budget: Decimal = ZERO
    gap: Decimal = ZERO
    priorities: int = 0
    supports: int = 0
    answered: int = 0
    unanswered_strong: int = 0  # strongly supported, answered by no project
    opportunities: int = 0
    flags: list = field(default_factory=list)


def _commitments(public, commune):
    obligations = Obligation.objects.exclude(party__partner_id=commune)
    if public:
        obligations = obligations.filter(party__agreement__in=_public_agreements())
    today = timezone.localdate()
    return obligations.values("party__agreement__pac_axis").annotate(
        money=Sum("mad_value", filter=Q(kind=ObligationKind.FINANCIAL)),
        in_kind=Sum("mad_value", filter=Q(kind=ObligationKind.IN_KIND)),
        agreements=Count("party__agreement", distinct=True),
        partners=Count("party__partner", distinct=True),
        next_due=Min("due_date", filter=Q(status__in=OPEN_OBLIGATIONS, due_date__gte=today)),
    )


def _public_agreements():
    from taawun.agreements.models import Agreement

    return Agreement.objects.public().values("pk")


def _projects(public):
    """Per axis: the projects, their budget, and their gap — each project's budget less the
    larger of its funding plan and its money secured (projects.Project.plan_gap), in SQL."""
    projects = Project.objects.public() if public else Project.objects.all()
    money = DecimalField(max_digits=18, decimal_places=2)
    covered = Case(
        When(planned_mad__gte=F("secured_mad"), then=F("planned_mad")),
        default=F("secured_mad"),
        output_field=money,
    )
    gap = Case(
        When(budget__gt=covered, then=ExpressionWrapper(F("budget") - covered, money)),
        default=Value(ZERO),
        output_field=money,
    )
    return projects.values("pac_axis").annotate(
        n=Count("pk"), budget_total=Sum("budget"), gap_total=Sum(gap)
    )


def _priorities():
    threshold = settings.PRIORITY_ANSWER_THRESHOLD
    linked = PriorityProject.objects.filter(priority=OuterRef("pk"))
    return (
        Priority.objects.filter(moderation="published")
        .annotate(total=F("supports_count") + F("paper_supports"), linked=Exists(linked))
        .values("pac_axis")
        .annotate(
            n=Count("pk"),
            supports=Sum("total"),
            answered=Count("pk", filter=~Q(answer_state=AnswerState.NOT_ANSWERED)),
            strong_alone=Count("pk", filter=Q(total__gte=threshold, linked=False)),
        )
    )


def _opportunities():
    through = FundingOpportunity.pac_axes.through
    return (
        through.objects.filter(fundingopportunity__state=OpportunityState.OPEN)
        .values("pacaxis")
        .annotate(n=Count("fundingopportunity", distinct=True))
    )


def _interests(public, committed):
    """{axis pk: [partner]} — partners whose declared domains meet the axis (a domain of one
    of its projects) and who committed nothing on it."""
    carried = Project.domains.through.objects.filter(project__pac_axis__isnull=False)
    if public:
        carried = carried.filter(project__in=Project.objects.public())
    axes_of = defaultdict(set)
    for domain, axis in carried.values_list("domain", "project__pac_axis").distinct():
        axes_of[domain].add(axis)
    declared = Partner.domains.through.objects.filter(domain__in=list(axes_of))
    partner_axes = defaultdict(set)
    for partner, domain in declared.values_list("partner", "domain"):
        partner_axes[partner] |= axes_of[domain]
    commune = commune_partner_id()
    partner_axes.pop(commune, None)
    found = defaultdict(list)
    for partner in sorted(partner_axes):
        for axis in partner_axes[partner] - committed.get(partner, set()):
            found[axis].append(partner)
    return found


def _committed_axes(public, commune):
    """{partner id: {axis ids}} — the axes of the agreements where the partner owes something:
    read from the parties that have an obligation (half the rows of the obligations)."""
    parties = Party.objects.exclude(partner_id=commune).filter(
        Exists(Obligation.objects.filter(party=OuterRef("pk")))
    )
    if public:
        parties = parties.filter(agreement__in=_public_agreements())
    committed = defaultdict(set)
    for partner, axis in parties.values_list("partner", "agreement__pac_axis"):
        committed[partner].add(axis)
    return committed


def interested_partners(ids):
    """The partners of a row's `interested` ids, by name: loaded only where they are named
    (an axis's page, the export), never for the matrix's counts."""
    return Partner.objects.filter(pk__in=ids).order_by(localized_field_name("name"), "pk")


def alignment(*, public=False):
    """[Row] per axis in its order, then the row of commitments outside any axis (axis None)
    when there are some; and the totals Row. Kept until the data changes (and for the day: the
    next deadline is from today): its aggregates read every obligation and project, which at
    national scale takes a third of a second, and every reader of one side sees the same."""
    day = timezone.localdate().isoformat()
    return versioned(
        f"alignment:{'public' if public else 'staff'}:{day}", lambda: _alignment(public)
    )


def _alignment(public):
    commune = commune_partner_id()
    axes = list(PacAxis.objects.order_by("number"))
    rows = {axis.pk: Row(axis=axis) for axis in axes}
    outside = Row(axis=None)
    for item in _commitments(public, commune):
        row = rows.get(item["party__agreement__pac_axis"], outside)
        row.money, row.in_kind = item["money"] or ZERO, item["in_kind"] or ZERO
        row.agreements, row.partners = item["agreements"], item["partners"]
        row.next_due = item["next_due"]
    for item in _projects(public):
        row = rows.get(item["pac_axis"], outside)
        row.projects = item["n"]
        row.budget, row.gap = item["budget_total"] or ZERO, item["gap_total"] or ZERO
    for item in _priorities():
        row = rows.get(item["pac_axis"], outside)
        row.priorities, row.supports = item["n"], item["supports"] or 0
        row.answered, row.unanswered_strong = item["answered"], item["strong_alone"]
    for item in _opportunities():
        if item["pacaxis"] in rows:
            rows[item["pacaxis"]].opportunities = item["n"]
    if not public:
        for axis, partners in _interests(public, _committed_axes(public, commune)).items():
            if axis in rows:
                rows[axis].interested = partners
    result = [rows[axis.pk] for axis in axes]
    for row in result:
        if not row.partners and not row.opportunities:
            row.flags.append("no_partner_no_opportunity")
        if row.unanswered_strong:
            row.flags.append("strong_priority_without_project")
    if outside.agreements:
        outside.flags.append("commitments_outside_axes")
        result.append(outside)
    totals = Row(axis=None)
    for row in result:
        for name in ("money", "in_kind", "agreements", "projects", "budget", "gap", "priorities",
                     "supports", "answered", "unanswered_strong"):  # fmt: skip
            setattr(totals, name, getattr(totals, name) + getattr(row, name))
    return result, totals
