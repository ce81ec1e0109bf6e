"""Which projects an open funding opportunity could fund, and why (or why not).

For each project whose budget is not covered (its gap: the budget less the larger of its
funding plan and the money secured, projects.Project.plan_gap), the hard filters first — each
failed one is a reason the page shows:

1. the opportunity is open, and its next deadline leaves settings.FUNDING_PREPARATION_DAYS
   days to prepare (Morocco's calendar; no deadline: a rolling call);
2. a Moroccan commune may apply, or a lead is asked for and found (3), and Morocco is among the
   eligible countries when they are listed;
3. when the donor asks for a lead (a kind of partner, from a country), one of the project's own
   partners — its participants, the contributors of its plan, the parties of its agreements —
   is of that kind and country; the register's others of that kind are named in the refusal;
4. the amount: the donor pays at most the gap, at most its funding rate of the budget, and
   leaves the co-financing it asks (ask = min(gap, budget × min(rate, 100 − co-financing) /
   100, largest amount)); the ask must reach the smallest amount.

Amounts of the opportunity are in its currency, turned into MAD at the rate of the day
(finance.rate_on). Then the score, out of 100, each point with its reason: the project's
domains among the opportunity's themes (30), its axis among the opportunity's axes (25), the
donor already a party to an agreement with the commune (20), residents' supports on the
priorities the project answers (up to 25, one point per ten supports)."""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.agreements.models import Party
from taawun.finance.services import rate_on
from taawun.partners.choices import PartnerKind
from taawun.partners.models import Partner
from taawun.projects.models import Project
from taawun.territory.selectors import commune_partner_id

from .choices import Applicant, OpportunityState
from .models import FundingOpportunity

ZERO = Decimal("0")
HUNDRED = Decimal("100")
UNIT = Decimal("1")


@dataclass
class Match:
    project: Project
    fits: bool = True
    refusals: list = field(default_factory=list)
    score: int = 0
    reasons: list = field(default_factory=list)
    ask_mad: Decimal = ZERO
    lead: Partner | None = None

    def refuse(self, reason):
        self.fits = False
        self.refusals.append(reason)


def next_deadline(opportunity, now=None):
    """The next deadline still ahead, or None (prefetched deadlines are used)."""
    now = now or timezone.now()
    ahead = [d for d in opportunity.deadlines.all() if d.due_at >= now]
    return min(ahead, key=lambda d: d.due_at) if ahead else None


def _money(value):
    return f"{value.quantize(UNIT, rounding=ROUND_DOWN):,}".replace(",", "\u202f")


def _partners_of(project):
    """The project's own partners: participants, contributors of its plan, parties of its
    agreements (prefetched by `candidates`)."""
    found = {p.partner for p in project.participants.all()}
    found |= {c.partner for c in project.contributions.all() if c.partner_id}
    for agreement in project.agreements.all():
        found |= {party.partner for party in agreement.parties.all()}
    return found


def candidates():
    """The projects with a gap, with what matching reads of them, in a fixed number of
    queries."""
    return (
        Project.objects.filter(budget__gt=0)
        .select_related("pac_axis")
        .prefetch_related(
            "domains",
            "participants__partner",
            "contributions__partner",
            Prefetch("agreements__parties", queryset=Party.objects.select_related("partner")),
        )
        .order_by("code")
    )


def _supports_by_project(projects):
    from taawun.participation.models import PriorityProject

    rows = (
        PriorityProject.objects.filter(
            project__in=[p.pk for p in projects], priority__moderation="published"
        )
        .values("project")
        .annotate(online=Sum("priority__supports_count"), paper=Sum("priority__paper_supports"))
    )
    return {row["project"]: (row["online"] or 0) + (row["paper"] or 0) for row in rows}


def _donor_partners(donors):
    """The donors already party to an agreement with the commune."""
    commune = commune_partner_id()
    agreements = Party.objects.filter(partner_id=commune).values("agreement")
    return set(
        Party.objects.filter(partner_id__in=donors, agreement__in=agreements).values_list(
            "partner_id", flat=True
        )
    )


def _window(opportunity, match, today):
    if opportunity.state != OpportunityState.OPEN:
        match.refuse(_("The opportunity is not open."))
        return
    deadline = next_deadline(opportunity)
    latest = today + datetime.timedelta(days=settings.FUNDING_PREPARATION_DAYS)
    if opportunity.deadlines.all() and deadline is None:
        match.refuse(_("Its deadlines have passed."))
    elif deadline is not None and timezone.localdate(deadline.due_at) < latest:
        match.refuse(
            _("Its next deadline, %(day)s, leaves less than %(days)s days to prepare.")
            % {
                "day": timezone.localdate(deadline.due_at).isoformat(),
                "days": settings.FUNDING_PREPARATION_DAYS,
            }
        )


def _lead(opportunity, project, match, register):
    if not opportunity.lead_kind:
        return
    country = opportunity.lead_country.code if opportunity.lead_country else ""
    able = [
        p
        for p in _partners_of(project)
        if p.kind == opportunity.lead_kind and (not country or p.country.code == country)
    ]
    kind = PartnerKind(opportunity.lead_kind).label
    if able:
        match.lead = sorted(able, key=lambda p: p.pk)[0]
        match.reasons.append(
            _("%(partner)s, a partner of the project, can lead.") % {"partner": match.lead.name}
        )
        return
    others = [p.name for p in register if p.kind == opportunity.lead_kind and (
        not country or p.country.code == country)]  # fmt: skip
    message = _("No partner of the project is a %(kind)s able to lead%(country)s.") % {
        "kind": str(kind).lower(),
        "country": f" ({opportunity.lead_country.name})" if country else "",
    }
    if others:
        message += " " + _("In the register: %(names)s.") % {"names": ", ".join(others[:3])}
    match.refuse(message)


def _amount(opportunity, project, match, rate):
    gap = project.plan_gap
    if gap <= 0:
        match.refuse(_("The project's budget is covered."))
        return
    share = min(opportunity.max_funding_rate, HUNDRED - opportunity.min_cofinancing)
    ask = min(gap, (project.budget * share / HUNDRED).quantize(Decimal("0.01")))
    if opportunity.max_amount is not None:
        ask = min(ask, opportunity.max_amount * rate)
    match.ask_mad = ask.quantize(Decimal("0.01"))
    if opportunity.min_amount is not None and ask < opportunity.min_amount * rate:
        match.refuse(
            _("It could ask %(ask)s MAD, below the smallest amount of %(min)s MAD.")
            % {"ask": _money(ask), "min": _money(opportunity.min_amount * rate)}
        )
    else:
        match.reasons.append(
            _("It could ask %(ask)s MAD of a gap of %(gap)s MAD, the co-financing kept.")
            % {"ask": _money(ask), "gap": _money(gap)}
        )


def _score(opportunity, project, match, themes, axes, supports, known_donor):
    overlap = [d for d in project.domains.all() if d.pk in themes]
    if overlap:
        match.score += 30
        match.reasons.append(
            _("Its domains are among the themes: %(names)s.")
            % {"names": ", ".join(str(d.name) for d in overlap)}
        )
    if project.pac_axis_id and project.pac_axis_id in axes:
        match.score += 25
        match.reasons.append(
            _("Its axis of the action programme is among the opportunity's: %(axis)s.")
            % {"axis": project.pac_axis}
        )
    if known_donor:
        match.score += 20
        match.reasons.append(_("The donor is already a party to an agreement with the commune."))
    count = supports.get(project.pk, 0)
    if count:
        points = min(25, count // 10)
        match.score += points
        match.reasons.append(
            _("Residents support the priorities it answers: %(count)s supports.") % {"count": count}
        )


@dataclass
class Shared:
    """What matching reads once for many opportunities and projects."""

    rates: dict
    supports: dict
    known_donors: set
    registers: dict


def _shared(opportunities, projects, today):
    rates = {}
    for currency in {o.currency for o in opportunities}:
        try:
            rates[currency] = rate_on(currency, today)
        except ValidationError:
            rates[currency] = None
    kinds = {o.lead_kind for o in opportunities if o.lead_kind}
    registers = {kind: [] for kind in kinds}
    for partner in Partner.objects.filter(kind__in=kinds).order_by("pk") if kinds else ():
        registers[partner.kind].append(partner)
    return Shared(
        rates=rates,
        supports=_supports_by_project(projects),
        known_donors=_donor_partners({o.donor_id for o in opportunities}),
        registers=registers,
    )


def _match(opportunity, project, shared, today):
    match = Match(project=project)
    _window(opportunity, match, today)
    applicants = set(opportunity.applicants or [])
    if applicants and Applicant.COMMUNE not in applicants and not opportunity.lead_kind:
        match.refuse(_("A Moroccan commune may not apply."))
    countries = {c.code for c in opportunity.countries}
    if countries and "MA" not in countries:
        match.refuse(_("Morocco is not among the eligible countries."))
    _lead(opportunity, project, match, shared.registers.get(opportunity.lead_kind, []))
    rate = shared.rates.get(opportunity.currency)
    if rate is None:
        match.refuse(
            _("No exchange rate for %(currency)s today: the finance officer must record one.")
            % {"currency": opportunity.currency}
        )
    else:
        _amount(opportunity, project, match, rate)
    themes = {d.pk for d in opportunity.domains.all()}
    axes = {a.pk for a in opportunity.pac_axes.all()}
    known = opportunity.donor_id in shared.known_donors
    _score(opportunity, project, match, themes, axes, shared.supports, known)
    return match


def match_projects(opportunity, projects=None, today=None):
    """[Match] for every candidate project, the fitting ones first (best score first), then
    the others with their refusals."""
    today = today or timezone.localdate()
    projects = list(candidates() if projects is None else projects)
    shared = _shared([opportunity], projects, today)
    matches = [_match(opportunity, project, shared, today) for project in projects]
    matches.sort(key=lambda m: (not m.fits, -m.score, m.project.code))
    return matches


def fitting_projects(opportunities, today=None):
    """{opportunity pk: [Match]} of the candidate projects that fit each of `opportunities`
    (their deadlines, themes and axes prefetched), best first, in a fixed number of queries."""
    today = today or timezone.localdate()
    opportunities = list(opportunities)
    if not opportunities:
        return {}
    projects = list(candidates())
    shared = _shared(opportunities, projects, today)
    found = {}
    for opportunity in opportunities:
        matches = (_match(opportunity, project, shared, today) for project in projects)
        found[opportunity.pk] = sorted(
            (m for m in matches if m.fits), key=lambda m: (-m.score, m.project.code)
        )
    return found


def opportunities_for(project, today=None):
    """The open opportunities that fit `project`, best first: [(opportunity, Match)], in a
    fixed number of queries whatever the number of opportunities."""
    today = today or timezone.localdate()
    opportunities = list(
        FundingOpportunity.objects.filter(state=OpportunityState.OPEN)
        .select_related("donor")
        .prefetch_related("deadlines", "domains", "pac_axes")
    )
    if not opportunities:
        return []
    project = candidates().filter(pk=project.pk).first() or project
    shared = _shared(opportunities, [project], today)
    found = []
    for opportunity in opportunities:
        match = _match(opportunity, project, shared, today)
        if match.fits:
            found.append((opportunity, match))
    found.sort(key=lambda pair: -pair[1].score)
    return found
