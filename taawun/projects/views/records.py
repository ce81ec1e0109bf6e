"""Forms for the records of a project: funding plan, transactions, milestones, updates,
indicators and their periods (core's RecordFormView), and the deletions of a contribution or a
transaction (core's RecordActionView). Each writes through its service."""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from taawun.core.forms import cleaned, formset_rows
from taawun.core.views import NOT_SAVED, RecordActionView, RecordFormView

from .. import services
from ..choices import Disaggregation
from ..forms import (
    ContributionForm,
    IndicatorForm,
    MilestoneForm,
    PeriodForm,
    TransactionForm,
    UpdateForm,
    ValueFormSet,
)
from ..models import Contribution, Indicator, IndicatorPeriod, Milestone, Transaction, Update
from .projects import scoped


class ProjectRecordFormView(RecordFormView):
    """A form for a record of a project: the URL names the project (create) or the record
    (edit, when `model` is set). Others' projects are 404; a refusal is a 400 with the reason."""

    permission = "projects.change_project"
    template_name = "projects/child_form.html"
    parent_form_kwarg = "project"
    parent_field = "project"
    model = None  # edit views: the record the URL names

    def get_parent_queryset(self):
        return scoped(self.request.user)

    def get_record_queryset(self):
        if self.model is None:
            return None
        return self.model.objects.select_related("project")

    def get_context_data(self, **kwargs):
        kwargs.setdefault("project", self.parent)
        return super().get_context_data(**kwargs)


class ContributionCreateView(ProjectRecordFormView):
    form_class = ContributionForm
    title = gettext_lazy("Add to the funding plan")

    def save(self, form):
        return services.contribution_save(
            project=self.parent,
            contribution=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class ContributionUpdateView(ContributionCreateView):
    model = Contribution
    title = gettext_lazy("Edit the contribution")


class TransactionCreateView(ProjectRecordFormView):
    initial = {"date": timezone.localdate}
    permission = "projects.record_transaction"
    form_class = TransactionForm
    title = gettext_lazy("Record a transaction")
    success_message = gettext_lazy("The transaction was recorded.")

    def save(self, form):
        tx, warnings = services.transaction_save(
            project=self.parent,
            tx=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )
        self.warnings.extend(warnings)
        return tx


class TransactionUpdateView(TransactionCreateView):
    model = Transaction
    title = gettext_lazy("Correct the transaction")


class MilestoneCreateView(ProjectRecordFormView):
    form_class = MilestoneForm
    title = gettext_lazy("Add a milestone")

    def save(self, form):
        return services.milestone_save(
            project=self.parent,
            milestone=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class MilestoneUpdateView(MilestoneCreateView):
    model = Milestone
    title = gettext_lazy("Edit the milestone")


class UpdateCreateView(ProjectRecordFormView):
    initial = {"date": timezone.localdate}
    form_class = UpdateForm
    title = gettext_lazy("Post an update")
    success_message = gettext_lazy("The update was posted.")

    def save(self, form):
        return services.update_post(project=self.parent, by=self.request.user, **cleaned(form))


class UpdateEditView(UpdateCreateView):
    model = Update
    title = gettext_lazy("Edit the update")
    success_message = gettext_lazy("The update was saved.")

    def save(self, form):
        return services.update_edit(update=self.record, by=self.request.user, **cleaned(form))


class IndicatorCreateView(ProjectRecordFormView):
    form_class = IndicatorForm
    title = gettext_lazy("Add an indicator")

    def save(self, form):
        return services.indicator_save(
            project=self.parent,
            indicator=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class IndicatorUpdateView(IndicatorCreateView):
    model = Indicator
    title = gettext_lazy("Edit the indicator")


class ProjectRecordActionView(RecordActionView):
    """POST only: remove a record of a project through its service, then back to the project."""

    parent_field = "project"
    model = None

    def get_queryset(self):
        return self.model.objects.filter(project__in=scoped(self.request.user)).select_related(
            "project"
        )


class TransactionDeleteView(ProjectRecordActionView):
    permission = "projects.record_transaction"
    model = Transaction
    success_message = gettext_lazy("The transaction was deleted.")

    def act(self, record):
        services.transaction_delete(tx=record, by=self.request.user)


class UpdateDeleteView(ProjectRecordActionView):
    permission = "projects.change_project"
    model = Update
    success_message = gettext_lazy("The update was deleted.")

    def act(self, record):
        services.update_delete(update=record, by=self.request.user)


class ContributionDeleteView(ProjectRecordActionView):
    permission = "projects.change_project"
    model = Contribution
    success_message = gettext_lazy("The contribution was removed from the funding plan.")

    def act(self, record):
        services.contribution_delete(contribution=record, by=self.request.user)


# Indicator periods with their disaggregated values ------------------------------------------


class PeriodFormView(RecordFormView):
    """Target and actual of one period; for a disaggregated indicator, its parts too.

    Create views name the indicator (the URL passes new=True), edit views the period."""

    permission = "projects.change_project"
    template_name = "projects/period_form.html"
    form_class = PeriodForm
    parent_form_kwarg = "indicator"
    parent_field = "indicator"

    def get_parent_queryset(self):
        return Indicator.objects.filter(project__in=scoped(self.request.user)).select_related(
            "project"
        )

    def get_record_queryset(self):
        if self.kwargs.get("new"):
            return None
        return IndicatorPeriod.objects.select_related("indicator__project")

    def get_success_url(self):
        return self.parent.project.get_manage_url()

    def get_form(self):
        form = super().get_form()
        self.values = None
        if self.parent.disaggregation != Disaggregation.NONE:
            self.values = ValueFormSet(
                self.request.POST if self.request.method == "POST" else None,
                instance=form.instance,
                prefix="values",
                form_kwargs={"disaggregation": self.parent.disaggregation},
            )
        return form

    def get_formsets(self):
        return [self.values] if self.values is not None else []

    def get_context_data(self, **kwargs):
        kwargs.setdefault("project", self.parent.project)
        kwargs.setdefault("indicator", self.parent)
        kwargs.setdefault("values", self.values)
        kwargs.setdefault("title", _("Edit the period") if self.record else _("Add a period"))
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        self.check_parent_permission()
        form = self.get_form()
        if self.values is not None and not self.values.is_valid():
            form.is_valid()  # every error shows at once
            messages.error(request, NOT_SAVED)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        return super().post(request, *args, **kwargs)

    def save(self, form):
        if self.values is not None:
            self.values.is_valid()  # checked in post(); this reads the rows
        return services.period_save(
            indicator=self.parent,
            period=self.record,
            by=self.request.user,
            values=None if self.values is None else formset_rows(self.values),
            expected_version=self.expected_version,
            **cleaned(form),
        )
