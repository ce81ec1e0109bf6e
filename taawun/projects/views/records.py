"""Forms for the records of a project: funding plan, transactions, milestones, updates,
indicators and their periods."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from taawun.core.views import RoleRequiredMixin

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
    cleaned,
    formset_rows,
)
from ..models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    Milestone,
    Transaction,
)
from .projects import NOT_SAVED, add_service_error, initial_values, scoped


class ChildFormView(RoleRequiredMixin, View):
    """A form for a record of a project: create (URL names the project) or edit (the record).

    A refusal re-renders the form with the reason, status 400; nothing changes.
    """

    permission = "projects.change_project"
    template_name = "projects/child_form.html"
    form_class = None
    model = None  # set on edit views: the record the URL names
    title = ""
    saved_message = gettext_lazy("Saved.")
    initial = {}  # field -> value or callable, for a new record

    def load(self, pk):
        """(project, record or None) for the URL's pk, within the user's projects."""
        projects = scoped(self.request.user)
        if self.model is None:
            return get_object_or_404(projects, pk=pk), None
        record = get_object_or_404(
            self.model.objects.filter(project__in=projects).select_related("project"), pk=pk
        )
        return record.project, record

    def build(self, project, record, data=None, files=None):
        initial = self.initial if record is None else {}
        return self.form_class(
            data, files, project=project, instance=record, initial=initial_values(initial)
        )

    def save(self, form):
        """Write the valid form through the service; a ValidationError refuses it.
        Returns warnings to show."""
        self.write(form.instance.project, self.record, cleaned(form))
        return []

    def write(self, project, record, data):
        """Call the service: `record` is None on create."""
        raise NotImplementedError

    def respond(self, project, form, status=200):
        return render(
            self.request,
            self.template_name,
            {"project": project, "form": form, "title": self.title},
            status=status,
        )

    def get(self, request, pk):
        project, record = self.load(pk)
        return self.respond(project, self.build(project, record))

    def post(self, request, pk):
        project, record = self.load(pk)
        self.record = record
        form = self.build(project, record, request.POST, request.FILES)
        if form.is_valid():
            try:
                warnings = self.save(form)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, self.saved_message)
                for warning in warnings:
                    messages.warning(request, warning)
                return redirect(project.get_manage_url())
        messages.error(request, NOT_SAVED)
        return self.respond(project, form, status=400)


class ContributionCreateView(ChildFormView):
    form_class = ContributionForm
    title = gettext_lazy("Add to the funding plan")

    def write(self, project, record, data):
        services.contribution_save(
            project=project, contribution=record, by=self.request.user, **data
        )


class ContributionUpdateView(ContributionCreateView):
    model = Contribution
    title = gettext_lazy("Edit the contribution")


class TransactionCreateView(ChildFormView):
    initial = {"date": timezone.localdate}
    permission = "projects.record_transaction"
    form_class = TransactionForm
    title = gettext_lazy("Record a transaction")
    saved_message = gettext_lazy("The transaction was recorded.")

    def save(self, form):
        _tx, warnings = services.transaction_save(
            project=form.instance.project, tx=self.record, by=self.request.user, **cleaned(form)
        )
        return warnings


class TransactionUpdateView(TransactionCreateView):
    model = Transaction
    title = gettext_lazy("Correct the transaction")


class MilestoneCreateView(ChildFormView):
    form_class = MilestoneForm
    title = gettext_lazy("Add a milestone")

    def write(self, project, record, data):
        services.milestone_save(project=project, milestone=record, by=self.request.user, **data)


class MilestoneUpdateView(MilestoneCreateView):
    model = Milestone
    title = gettext_lazy("Edit the milestone")


class UpdateCreateView(ChildFormView):
    initial = {"date": timezone.localdate}
    form_class = UpdateForm
    title = gettext_lazy("Post an update")
    saved_message = gettext_lazy("The update was posted.")

    def write(self, project, record, data):
        services.update_post(project=project, by=self.request.user, **data)


class IndicatorCreateView(ChildFormView):
    form_class = IndicatorForm
    title = gettext_lazy("Add an indicator")

    def write(self, project, record, data):
        services.indicator_save(project=project, indicator=record, by=self.request.user, **data)


class IndicatorUpdateView(IndicatorCreateView):
    model = Indicator
    title = gettext_lazy("Edit the indicator")


class DeleteView(RoleRequiredMixin, View):
    """POST only: remove a record of a project through its service, then back to the project."""

    http_method_names = ["post"]
    model = None
    done_message = ""

    def delete(self, record):
        raise NotImplementedError

    def post(self, request, pk):
        record = get_object_or_404(
            self.model.objects.filter(project__in=scoped(request.user)).select_related("project"),
            pk=pk,
        )
        try:
            self.delete(record)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, self.done_message)
        return redirect(record.project.get_manage_url())


class TransactionDeleteView(DeleteView):
    permission = "projects.record_transaction"
    model = Transaction
    done_message = gettext_lazy("The transaction was deleted.")

    def delete(self, record):
        services.transaction_delete(tx=record, by=self.request.user)


class ContributionDeleteView(DeleteView):
    permission = "projects.change_project"
    model = Contribution
    done_message = gettext_lazy("The contribution was removed from the funding plan.")

    def delete(self, record):
        services.contribution_delete(contribution=record, by=self.request.user)


# Indicator periods with their disaggregated values ------------------------------------------


class PeriodFormView(RoleRequiredMixin, View):
    """Target and actual of one period; for a disaggregated indicator, its parts too."""

    permission = "projects.change_project"
    template_name = "projects/period_form.html"

    def load(self, pk):
        """(indicator, period or None): create views name the indicator, edit views the period."""
        projects = scoped(self.request.user)
        if self.kwargs.get("new"):
            indicator = get_object_or_404(
                Indicator.objects.filter(project__in=projects).select_related("project"), pk=pk
            )
            return indicator, None
        period = get_object_or_404(
            IndicatorPeriod.objects.filter(indicator__project__in=projects).select_related(
                "indicator__project"
            ),
            pk=pk,
        )
        return period.indicator, period

    def build(self, indicator, period, data=None):
        form = PeriodForm(data, indicator=indicator, instance=period)
        values = None
        if indicator.disaggregation != Disaggregation.NONE:
            values = ValueFormSet(
                data,
                instance=form.instance,
                prefix="values",
                form_kwargs={"disaggregation": indicator.disaggregation},
            )
        return form, values

    def respond(self, indicator, form, values, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "project": indicator.project,
                "indicator": indicator,
                "form": form,
                "values": values,
                "title": _("Edit the period") if form.instance.pk else _("Add a period"),
            },
            status=status,
        )

    def get(self, request, pk, new=False):
        indicator, period = self.load(pk)
        return self.respond(indicator, *self.build(indicator, period))

    def post(self, request, pk, new=False):
        indicator, period = self.load(pk)
        form, values = self.build(indicator, period, request.POST)
        valid = [form.is_valid(), values is None or values.is_valid()]
        if all(valid):
            try:
                services.period_save(
                    indicator=indicator,
                    period=period,
                    by=request.user,
                    values=None if values is None else formset_rows(values),
                    **cleaned(form),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Saved."))
                return redirect(indicator.project.get_manage_url())
        messages.error(request, NOT_SAVED)
        return self.respond(indicator, form, values, status=400)
