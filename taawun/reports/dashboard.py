"""What the cooperation dashboard shows, for one user's scope.

The page and the chart images read the same functions, so a chart and the table of figures
under it never disagree. Every figure comes from taawun.projects.selectors (summary columns and
transactions, in MAD); this module only chooses, labels and orders them for reading.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from taawun.accounts.permissions import sees_everything
from taawun.core.caching import versioned
from taawun.core.i18n import FALLBACKS, current_language
from taawun.partners.choices import PartnerKind
from taawun.projects import selectors
from taawun.projects.models import Project

from . import charts

ZERO = Decimal("0")
GAPS_SHOWN = 10
# A chart with more bars is not read (and at national scale there are 16,000 localities): the
# largest are drawn and tabled, and the page says how many more there are.
CHART_BARS = 15


@dataclass
class Chart:
    """One chart: its labels (categories), one or more series of numbers, and how to read them."""

    name: str  # also its URL: /<lang>/manage/charts/<name>.svg
    title: str
    description: str  # the image's alt text: what it shows; the table gives the numbers
    label_heading: str  # the table's first column
    labels: list
    series: list = field(default_factory=list)  # [(series name, [value per label])]
    unit: str = ""  # of every series, for the table's headings
    percent: bool = False
    horizontal: bool = True
    more: int = 0  # categories left out, all smaller than those shown

    @property
    def rows(self):
        """(label, [(series name, value), ...]) for the table that stands in for the chart."""
        return [
            (label, [(name, values[i]) for name, values in self.series])
            for i, label in enumerate(self.labels)
        ]

    @property
    def size(self):
        """(width, height) of the SVG, so the page keeps its place before the image loads."""
        return charts.size(self)

    @property
    def wide(self):
        """Long labels make a wider chart, which takes a whole row of the dashboard."""
        return self.size[0] > charts.WIDTH

    @property
    def is_empty(self):
        return not self.labels


def projects_for(user):
    """The dashboard's scope: everything for the commune, a representative's own projects."""
    return Project.objects.visible_to(user)


class Scope:
    """A user's projects, with the portfolio figures computed once per change of the data.

    Figures over a national portfolio scan hundreds of thousands of rows; they only change when
    a record does, so they are kept in the shared cache under the data version (moved forward by
    every save of a core record, taawun.core.caching) and the user's scope.
    """

    def __init__(self, user):
        self.projects = projects_for(user)
        self.key = "all" if sees_everything(user) else f"partner-{user.partner_id}"

    def figures(self, name, compute):
        return versioned(f"dashboard:{self.key}:{name}", compute)


def _localized(row, prefix):
    """A translated name read from a values() row, as core.i18n.localized reads a model."""
    for code in FALLBACKS.get(current_language(), FALLBACKS["ar"]):
        if row.get(f"{prefix}_{code}"):
            return row[f"{prefix}_{code}"]
    return ""


def domains_chart(scope):
    rows = scope.figures("by_domain", lambda: selectors.by_domain(scope.projects))
    return Chart(
        name="domains",
        title=_("Budget and money secured by domain"),
        description=_(
            "Bar chart comparing, for each domain, the budget of the projects with the money "
            "secured (MAD)."
        ),
        label_heading=_("Domain"),
        labels=[_localized(row, "domains__name") for row in rows],
        series=[
            (_("Budget"), [row["budget"] or ZERO for row in rows]),
            (_("Secured"), [row["secured"] or ZERO for row in rows]),
        ],
        unit=_("MAD"),
    )


def _kind_label(kind):
    return str(PartnerKind(kind).label) if kind in PartnerKind.values else kind


def partner_kinds_chart(scope):
    rows = scope.figures("by_partner_kind", lambda: selectors.by_partner_kind(scope.projects))
    rows = [row for row in rows if row["total"]]
    return Chart(
        name="partner-kinds",
        title=_("Money committed by kind of partner"),
        description=_("Bar chart of the money each kind of partner committed (MAD)."),
        label_heading=_("Kind of partner"),
        labels=[_kind_label(row["provider__kind"]) for row in rows],
        series=[(_("Committed"), [row["total"] for row in rows])],
        unit=_("MAD"),
    )


def years_chart(scope):
    rows = scope.figures("by_year", lambda: selectors.by_year(scope.projects))
    return Chart(
        name="years",
        title=_("Money disbursed by year"),
        description=_("Column chart of the money disbursed each year (MAD)."),
        label_heading=_("Year"),
        labels=[str(row["year"]) for row in rows],
        series=[(_("Disbursed"), [row["total"] for row in rows])],
        unit=_("MAD"),
        horizontal=False,
    )


def _localities(scope):
    """The localities with the most money secured, and with the most per inhabitant: only the
    CHART_BARS largest of each are kept (in the cache too), with their names in every language."""

    def compute():
        rows = [row for row in selectors.by_locality(scope.projects) if row["projects"]]

        def compact(row):
            locality = row["locality"]
            names = {f"name_{code}": getattr(locality, f"name_{code}") for code in FALLBACKS}
            return {**names, "total": row["total"], "per_inhabitant": row["per_inhabitant"]}

        by_total = sorted(rows, key=lambda row: -row["total"])
        per_inhabitant = sorted(
            (row for row in rows if row["per_inhabitant"] is not None),
            key=lambda row: -row["per_inhabitant"],
        )
        return {
            "by_total": [compact(row) for row in by_total[:CHART_BARS]],
            "more_by_total": max(0, len(by_total) - CHART_BARS),
            "per_inhabitant": [compact(row) for row in per_inhabitant[:CHART_BARS]],
            "more_per_inhabitant": max(0, len(per_inhabitant) - CHART_BARS),
        }

    return scope.figures("localities", compute)


def localities_chart(scope):
    localities = _localities(scope)
    rows = localities["by_total"]
    return Chart(
        name="localities",
        title=_("Money secured by locality"),
        description=_(
            "Bar chart of the money secured for the projects of each locality (MAD); a project "
            "in several places counts in each for an equal share."
        ),
        label_heading=_("Locality"),
        labels=[_localized(row, "name") for row in rows],
        series=[(_("Secured"), [row["total"] for row in rows])],
        unit=_("MAD"),
        more=localities["more_by_total"],
    )


def per_inhabitant_chart(scope):
    localities = _localities(scope)
    rows = localities["per_inhabitant"]
    return Chart(
        name="per-inhabitant",
        title=_("Money secured per inhabitant"),
        description=_("Bar chart of the money secured per inhabitant of each locality (MAD)."),
        label_heading=_("Locality"),
        labels=[_localized(row, "name") for row in rows],
        series=[(_("Secured per inhabitant"), [row["per_inhabitant"] for row in rows])],
        unit=_("MAD"),
        more=localities["more_per_inhabitant"],
    )


def _balance(scope):
    return scope.figures("objectives", lambda: selectors.objectives_balance(scope.projects))


def objectives_chart(scope):
    balance = _balance(scope)
    labels = [_("Social"), _("Economic"), _("Environmental")]
    values = [balance["social"], balance["economic"], balance["environmental"]]
    return Chart(
        name="objectives",
        title=_("Sustainable development: weight of each pillar"),
        description=_(
            "Bar chart of the social, economic and environmental weight of the projects, "
            "weighted by their budget (%)."
        ),
        label_heading=_("Pillar"),
        labels=labels if balance["count"] else [],
        series=[(_("Weight"), values)],
        unit="%",
        percent=True,
    )


# name -> builder(projects); the chart view answers 404 for any other name.
CHARTS = {
    "domains": domains_chart,
    "partner-kinds": partner_kinds_chart,
    "years": years_chart,
    "localities": localities_chart,
    "per-inhabitant": per_inhabitant_chart,
    "objectives": objectives_chart,
}


def chart_for(user, name):
    """The named chart over the user's projects, or None when there is no such chart."""
    builder = CHARTS.get(name)
    return None if builder is None else builder(Scope(user))


def dashboard_context(user):
    """Everything the dashboard page shows, in a fixed number of queries."""
    from taawun.agreements.alerts import alerts_for
    from taawun.agreements.choices import Stage
    from taawun.agreements.filters import IN_FORCE_QUERY
    from taawun.agreements.models import Agreement
    from taawun.partners.models import Partner

    scope = Scope(user)
    agreements = scope.figures(
        "agreements",
        lambda: Agreement.objects.visible_to(user).aggregate(
            # distinct: a representative's scope joins the parties, one row per party
            count=Count("pk", distinct=True),
            in_force=Count("pk", filter=Q(stage=Stage.IN_FORCE), distinct=True),
        ),
    )
    balance = _balance(scope)
    return {
        "partner_count": scope.figures(
            "partners", lambda: Partner.objects.visible_to(user).current().count()
        ),
        "own_partner": user.partner if user.partner_id else None,
        "agreement_count": agreements["count"],
        "in_force_count": agreements["in_force"],
        "in_force_query": IN_FORCE_QUERY,
        # Overdue obligations are found among 150,000 at national scale: once a day and change.
        "alerts": scope.figures(f"alerts:{timezone.localdate()}", lambda: alerts_for(user)),
        "figures": scope.figures("key_figures", lambda: selectors.key_figures(scope.projects)),
        "objectives": balance,
        "objective_counts": [
            # the other objectives of the seed, named as on the project form
            (capfirst(Project._meta.get_field(name).verbose_name), balance[key])
            for name, key in (
                ("expertise_exchange", "expertise"),
                ("integration", "integration"),
                ("innovation", "innovation"),
            )
        ],
        "charts": [builder(scope) for builder in CHARTS.values()],
        "gaps": scope.figures(
            "gaps", lambda: list(selectors.largest_gaps(scope.projects, GAPS_SHOWN))
        ),
        "participation": scope.figures(
            f"participation:{timezone.localdate()}", lambda: participation_alerts(user)
        ),
        "grants": scope.figures(f"grants:{timezone.localdate()}", lambda: grants_alerts(user)),
        "expertise": scope.figures(
            f"expertise:{timezone.localdate()}", lambda: expertise_figures(user)
        ),
    }


def participation_alerts(user):
    """Residents' priorities waiting for the commune: to moderate, and answers owed (the
    oldest due first), for the commune's people; None for anyone else."""
    from taawun.participation.choices import PetitionState
    from taawun.participation.models import InformationRequest, Petition, Priority

    if not user.has_perm("participation.view_priority"):
        return None
    priorities = Priority.objects.visible_to(user)
    owed = priorities.answer_owed().order_by("published_at", "pk")
    requests = InformationRequest.objects.visible_to(user).open()
    soon = timezone.localdate() + timedelta(days=7)
    return {
        # requests for information overdue or due within a week, the most urgent first
        "requests": list(
            requests.filter(due_on__lte=soon)
            .only("pk", "reference", "due_on", "urgent", "state", "answered_on")
            .order_by("due_on", "pk")[:10]
        ),
        "requests_late": requests.filter(due_on__lt=timezone.localdate()).count(),
        # petitions the bureau has not decided on, the nearest legal deadline first
        "petitions": list(
            Petition.objects.visible_to(user)
            .filter(state=PetitionState.DEPOSITED)
            .only("pk", "reference", "title", "decision_due_on")
            .order_by("decision_due_on", "pk")[:10]
        ),
        "pending": priorities.awaiting_moderation().count(),
        "owed_count": owed.count(),
        "owed": list(
            owed.only(
                "pk",
                "title",
                "published_at",
                "supports_count",
                "paper_supports",
                "moderation",
                "answer_published_at",
            )[:10]
        ),  # fmt: skip
    }


# How many funding deadlines ahead the dashboard lists, and over how many days.
DEADLINES_SHOWN = 5
DEADLINE_DAYS = 60


def expertise_figures(user):
    """The capacity challenge measured and the exchange of expertise followed, for the
    commune's people (None for anyone else): the trainings' figures of this year and the last
    (people, hours, hours per person, by sex and by service), the mission reports overdue, the
    next deadlines of funding opportunities."""
    from datetime import datetime, time

    from taawun.funding.choices import OpportunityState
    from taawun.funding.models import Deadline
    from taawun.knowledge.capacity import capacity
    from taawun.knowledge.choices import MissionState, Sex
    from taawun.knowledge.models import Mission

    if not user.has_perm("knowledge.view_training"):
        return None
    today = timezone.localdate()
    sexes = dict(Sex.choices)
    years = []
    for year, figures in sorted(capacity({today.year, today.year - 1}).items(), reverse=True):
        by_sex = figures["by_sex"]
        years.append(
            {
                **figures,
                "year": year,
                "by_sex": [(str(sexes.get(k, k)), *by_sex[k]) for k in sorted(by_sex)],
                "by_service": list(figures["by_service"].items()),
            }
        )
    late = (
        Mission.objects.filter(state=MissionState.DONE)
        .filter(ends_on__lt=today - timedelta(days=settings.MISSION_REPORT_DAYS))
        .order_by("ends_on", "pk")
    )
    start = timezone.make_aware(datetime.combine(today, time.min))
    deadlines = (
        Deadline.objects.filter(
            opportunity__state__in=[OpportunityState.OPEN, OpportunityState.FORECAST],
            due_at__gte=start,
            due_at__lt=start + timedelta(days=DEADLINE_DAYS + 1),
        )
        .select_related("opportunity__donor")
        .order_by("due_at", "pk")
    )
    return {
        "years": years,
        "late_missions": list(late[:10]),
        "deadlines": list(deadlines[:DEADLINES_SHOWN]),
        "deadline_days": DEADLINE_DAYS,
    }


def grants_alerts(user):
    """Grants waiting for the commune: applications to screen, reports to read, reports late
    (the oldest first), for the commune's people; None for anyone else."""
    from taawun.grants.choices import ApplicationState, CallState
    from taawun.grants.models import Application, GrantReport
    from taawun.grants.report_models import OWED, ReportState

    if not user.has_perm("grants.view_call"):
        return None
    applications = Application.objects.visible_to(user)
    reports = GrantReport.objects.filter(application__in=applications).select_related("application")
    late = reports.filter(state__in=OWED, due_on__lt=timezone.localdate())
    return {
        "to_screen": applications.filter(
            state=ApplicationState.SUBMITTED, call__state__in=[CallState.CLOSED, CallState.REVIEW]
        ).count(),
        "to_read": list(reports.filter(state=ReportState.SUBMITTED).order_by("submitted_at")[:10]),
        "late_count": late.count(),
        "late": list(late.order_by("due_on", "pk")[:10]),
    }
