"""Calls for projects in the workspace: the list (the commune's every call; an association's
representative, the calls it may apply to and its own applications), a call's page with its
rules, grid, documents and applications (ranked once scored), its drafting and its steps, and
the committee's selection within the envelope."""

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import (
    RecordActionView,
    RecordFormView,
    RoleRequiredMixin,
    StandaloneRecordMixin,
)

from .. import services
from ..choices import ApplicationState
from ..figures import call_figures, money_per_association
from ..forms import CallForm, ReviewersForm, SelectionForm
from ..models import Application, Call


def calls_for(user):
    """The calls a user reaches in the workspace: every one for the commune, the published
    ones for an association."""
    if user.has_perm("grants.view_call"):
        return Call.objects.all()
    return Call.objects.public()


class CallListView(RoleRequiredMixin, ListView):
    permission = "grants.see_calls"
    template_name = "grants/call_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return calls_for(self.request.user).order_by("-opens_at", "-pk")

    def get_context_data(self, **kwargs):
        user = self.request.user
        mine = Application.objects.none()
        if user.has_perm("grants.apply"):
            mine = Application.objects.visible_to(user).select_related("call").order_by("-pk")
        return super().get_context_data(applications=mine, now=timezone.now(), **kwargs)


class CallDetailView(RoleRequiredMixin, DetailView):
    permission = "grants.see_calls"
    template_name = "grants/call_detail.html"
    context_object_name = "call"

    def get_queryset(self):
        return (
            calls_for(self.request.user)
            .select_related(
                "selection_decision__committee", "selection_decision__meeting__committee"
            )
            .prefetch_related(
                "criteria", "required_documents", "localities", "domains", "reviewers"
            )
        )

    def get_context_data(self, **kwargs):
        user = self.request.user
        applications = (
            Application.objects.visible_to(user)
            .filter(call=self.object)
            .select_related("association", "locality")
            .order_by("rank", "number", "pk")
        )
        if not user.has_perm("grants.view_call"):  # an association: its own only
            applications = applications.filter(association_id=user.partner_id)
        figures = call_figures(self.object) if user.has_perm("grants.view_call") else None
        return super().get_context_data(
            applications=applications,
            figures=figures,
            is_open=self.object.is_open(),
            now=timezone.now(),
            **kwargs,
        )


class CallFormMixin(StandaloneRecordMixin):
    template_name = "grants/form.html"
    anchor_success_url = False
    list_url_name = "grants:call-list"
    permission = "grants.edit_call"
    form_class = CallForm

    def get_record_queryset(self):
        return Call.objects.visible_to(self.request.user)


class CallCreateView(CallFormMixin, RecordFormView):
    title = gettext_lazy("New call for projects")

    def save(self, form):
        return services.call_create(by=self.request.user, **form.cleaned_data)


class CallEditView(CallFormMixin, RecordFormView):
    title = gettext_lazy("Edit the call")

    def save(self, form):
        return services.call_update(
            call=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **form.cleaned_data,
        )


class CallReviewersView(CallFormMixin, RecordFormView):
    """The call's reviewers, named by the officer until the results are published."""

    title = gettext_lazy("Reviewers of the call")
    form_class = ReviewersForm

    def save(self, form):
        return services.call_reviewers_set(
            call=self.record, reviewers=form.cleaned_data["reviewers"], by=self.request.user
        )


STEP_MESSAGES = {
    "publish": gettext_lazy("The call is published: associations may apply."),
    "close": gettext_lazy("The call is closed."),
    "review": gettext_lazy("The review has started."),
    "results": gettext_lazy("The results are published."),
    "archive": gettext_lazy("The call is archived."),
}


class CallStepView(RecordActionView):
    permission = "grants.edit_call"

    def get_queryset(self):
        return Call.objects.visible_to(self.request.user)

    def act(self, call):
        step = self.kwargs["step"]
        if step not in STEP_MESSAGES:
            raise ValidationError(_("Unknown step."))
        services.call_step(call=call, step=step, by=self.request.user)
        return STEP_MESSAGES[step]


class SelectionView(RoleRequiredMixin, View):
    """The committee's selection: a grant or a place on the reserve list for each eligible
    application, the best ranked first; the envelope is the limit."""

    permission = "grants.select_awards"
    template_name = "grants/selection.html"

    def setup_call(self):
        self.call = get_object_or_404(
            Call.objects.visible_to(self.request.user), pk=self.kwargs["pk"]
        )
        self.applications = list(
            self.call.applications.filter(state=ApplicationState.ELIGIBLE)
            .select_related("association")
            .prefetch_related("budget_lines")
            .order_by("rank", "number")
        )

    def render(self, form, status=200):
        context = {"call": self.call, "form": form, "title": _("Selection of the awards")}
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request, pk):
        self.setup_call()
        return self.render(SelectionForm(applications=self.applications, call=self.call))

    def post(self, request, pk):
        self.setup_call()
        form = SelectionForm(request.POST, applications=self.applications, call=self.call)
        if form.is_valid():
            try:
                with transaction.atomic():
                    made = services.select_awards(
                        call=self.call,
                        awards=form.awards(),
                        reserve=form.reserve(),
                        decision=form.cleaned_data["decision"],
                        by=request.user,
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("%(count)s grants awarded; their conventions are drafted.")
                    % {"count": len(made)},
                )
                return redirect(self.call.get_manage_url())
        return self.render(form, status=400)


class MoneyView(RoleRequiredMixin, TemplateView):
    """The money each association was awarded and paid, year by year, over the grant
    conventions: the commune's people only."""

    permission = "grants.view_call"
    template_name = "grants/money.html"

    def get_context_data(self, **kwargs):
        rows, years = money_per_association()
        totals = {
            year: (
                sum((cells[year][0] for _p, cells, _t in rows), Decimal("0")),
                sum((cells[year][1] for _p, cells, _t in rows), Decimal("0")),
            )
            for year in years
        }
        return super().get_context_data(rows=rows, years=years, totals=totals, **kwargs)
