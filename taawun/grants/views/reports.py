"""A grant's reports in the workspace: the association files each one with its pieces, the
commune decides (accepted, changes asked, rejected). A report is reached through its
application, so another association's is 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from taawun.core.files import private_file_response
from taawun.core.views import RecordFormView

from .. import services
from ..forms import DecideReportForm, ReportDatesForm, ReportForm
from ..models import Application, GrantReport, ReportDocument
from ..report_models import ReportKind
from .applications import ApplicantOnlyMixin


def reports_for(user):
    return GrantReport.objects.filter(
        application__in=Application.objects.visible_to(user)
    ).select_related("application__call")


class ReportFileView(ApplicantOnlyMixin, RecordFormView):
    permission = "grants.apply"
    form_class = ReportForm
    template_name = "grants/form.html"
    title = gettext_lazy("File the report")

    def get_parent_queryset(self):
        return reports_for(self.request.user)

    def get_initial(self):
        return {"narrative": self.parent.narrative, "expenses": self.parent.expenses}

    def save(self, form):
        return services.report_submit(
            report=self.parent,
            by=self.request.user,
            narrative=form.cleaned_data["narrative"],
            expenses=form.cleaned_data.get("expenses"),
            pieces=form.pieces(),
        )

    def saved(self, record):
        messages.success(self.request, _("The report is filed: the commune reads it."))
        return redirect(self.parent.get_manage_url())


class ReportDecideView(RecordFormView):
    permission = "grants.screen_application"
    form_class = DecideReportForm
    template_name = "grants/form.html"
    title = gettext_lazy("Decide on the report")

    def get_parent_queryset(self):
        return reports_for(self.request.user)

    def save(self, form):
        return services.report_decide(
            report=self.parent,
            verdict=form.cleaned_data["verdict"],
            note=form.cleaned_data["decision_note"],
            by=self.request.user,
        )


class ReportDatesView(RecordFormView):
    """The dates of a convention's reports: an interim report asked by a date, the final and
    financial reports' due days moved while not filed."""

    permission = "grants.screen_application"
    form_class = ReportDatesForm
    template_name = "grants/form.html"
    title = gettext_lazy("Dates of the reports")

    def get_parent_queryset(self):
        return Application.objects.visible_to(self.request.user)

    def get_initial(self):
        due = {report.kind: report.due_on for report in self.parent.reports.all()}
        return {
            "interim_on": due.get(ReportKind.INTERIM),
            "final": due.get(ReportKind.FINAL),
            "financial": due.get(ReportKind.FINANCIAL),
        }

    def save(self, form):
        return services.report_dates_set(
            application=self.parent, by=self.request.user, **form.cleaned_data
        )

    def saved(self, record):
        messages.success(self.request, _("The reports' dates are saved."))
        return redirect(self.parent.get_manage_url() + "#reports")


@login_required
def report_document(request, pk):
    """A piece of a report, for whoever may see its application (others: 404)."""
    document = get_object_or_404(
        ReportDocument.objects.filter(report__in=reports_for(request.user)), pk=pk
    )
    return private_file_response(document.file, content_type=document.content_type)
