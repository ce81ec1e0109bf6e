"""The alignment matrix in the workspace ("/ar/manage/alignment/"), an axis's drill-down, its
CSV and XLSX, and the public version with aggregates only ("/ar/report/alignment/")."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from taawun.agreements.models import Agreement
from taawun.core.tabular import csv_response, xlsx_response
from taawun.core.views import RoleRequiredMixin
from taawun.funding.choices import OpportunityState
from taawun.funding.models import FundingOpportunity
from taawun.participation.models import Priority
from taawun.projects.models import Project
from taawun.territory.models import PacAxis

from ..alignment import alignment, interested_partners

FLAGS = {
    "no_partner_no_opportunity": gettext_lazy("No partner has committed and no open opportunity"),
    "strong_priority_without_project": gettext_lazy(
        "Strongly supported priorities that no project answers"
    ),
    "commitments_outside_axes": gettext_lazy("Partners' commitments outside any axis"),
}


def _labelled(rows):
    for row in rows:
        row.flag_labels = [FLAGS[flag] for flag in row.flags]
    return rows


class AlignmentView(RoleRequiredMixin, TemplateView):
    permission = "reports.view_alignment"
    template_name = "reports/alignment.html"

    def get_context_data(self, **kwargs):
        rows, totals = alignment()
        return super().get_context_data(rows=_labelled(rows), totals=totals, **kwargs)


class AlignmentAxisView(RoleRequiredMixin, TemplateView):
    """One axis: its projects with their gaps, its agreements, residents' priorities and the
    open opportunities on it (the matrix's cells link here)."""

    permission = "reports.view_alignment"
    template_name = "reports/alignment_axis.html"

    def get_context_data(self, **kwargs):
        axis = get_object_or_404(PacAxis, number=self.kwargs["number"])
        projects = Project.objects.filter(pac_axis=axis).order_by("code")
        rows, _totals = alignment()
        row = next(r for r in rows if r.axis and r.axis.pk == axis.pk)
        return super().get_context_data(
            axis=axis,
            row=row,
            interested=interested_partners(row.interested)[:200],
            projects=projects[:200],
            agreements=Agreement.objects.filter(pac_axis=axis).order_by("reference")[:200],
            priorities=Priority.objects.filter(pac_axis=axis, moderation="published")
            .prefetch_related("links")
            .order_by("-paper_supports", "pk")[:200],
            opportunities=FundingOpportunity.objects.filter(
                pac_axes=axis, state=OpportunityState.OPEN
            ).select_related("donor"),
            **kwargs,
        )


HEADER = (
    "axis", "axis_name", "partner_money_mad", "partner_in_kind_mad", "agreements", "partners",
    "next_obligation_due", "partners_interested_without_commitment", "projects",
    "projects_budget_mad", "funding_gap_mad", "priorities", "supports", "priorities_answered",
    "strong_priorities_without_project", "open_opportunities", "flags",
)  # fmt: skip


def table(rows, *, public=False):
    names = {}
    if not public:
        ids = {pk for row in rows for pk in row.interested}
        names = {p.pk: str(p.name) for p in interested_partners(ids)}
    for row in rows:
        yield (
            row.axis.number if row.axis else "",
            str(row.axis.name) if row.axis else str(_("Outside any axis")),
            row.money, row.in_kind, row.agreements, row.partners,
            row.next_due.isoformat() if row.next_due else "",
            "" if public else "; ".join(names[pk] for pk in row.interested),
            row.projects, row.budget, row.gap, row.priorities, row.supports, row.answered,
            row.unanswered_strong, row.opportunities, " ".join(row.flags),
        )  # fmt: skip


class AlignmentExportView(RoleRequiredMixin, View):
    permission = "reports.view_alignment"

    def get(self, request, fmt):
        rows, _totals = alignment()
        name = f"alignment-{translation.get_language()}.{fmt}"
        if fmt == "csv":
            return csv_response(name, HEADER, table(rows))
        if fmt == "xlsx":
            rtl = translation.get_language_bidi()
            return xlsx_response(name, HEADER, table(rows), right_to_left=rtl)
        raise Http404


class PublicAlignmentView(TemplateView):
    """The matrix on the portal: aggregates per axis of the published agreements and projects
    and of the published priorities — no partner's name, no note."""

    template_name = "reports/alignment_public.html"

    def get_context_data(self, **kwargs):
        rows, totals = alignment(public=True)
        return super().get_context_data(rows=_labelled(rows), totals=totals, **kwargs)
