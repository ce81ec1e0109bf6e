"""Funding opportunities in the workspace ("/ar/manage/funding/"): the list with the next
deadlines, an opportunity's page with the projects that fit and those that do not (each with
its reasons, taawun.funding.matching) and its bids, its recording and its deadlines."""

from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RecordFormView, RoleRequiredMixin, StandaloneRecordMixin

from .. import services
from ..choices import OpportunityState
from ..forms import DeadlineForm, OpportunityForm
from ..matching import match_projects, next_deadline
from ..models import FundingOpportunity


def opportunities_for(user):
    return FundingOpportunity.objects.visible_to(user).select_related("donor")


class OpportunityListView(RoleRequiredMixin, ListView):
    permission = "funding.view_fundingopportunity"
    template_name = "funding/opportunity_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        found = opportunities_for(self.request.user).search(self.request.GET.get("q"))
        state = self.request.GET.get("state")
        if state in OpportunityState.values:
            found = found.filter(state=state)
        return found.prefetch_related("deadlines").order_by("state", "-opens_on", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(states=OpportunityState.choices, **kwargs)
        now = timezone.now()
        for opportunity in context["object_list"]:
            opportunity.next = next_deadline(opportunity, now)
        return context


class OpportunityDetailView(RoleRequiredMixin, DetailView):
    permission = "funding.view_fundingopportunity"
    template_name = "funding/opportunity_detail.html"
    context_object_name = "opportunity"

    def get_queryset(self):
        return opportunities_for(self.request.user).prefetch_related(
            "deadlines", "domains", "pac_axes"
        )

    def get_context_data(self, **kwargs):
        opportunity = self.object
        matches = match_projects(opportunity)
        return super().get_context_data(
            fitting=[m for m in matches if m.fits],
            others=[m for m in matches if not m.fits][:30],
            bids=list(opportunity.bids.select_related("project", "lead")),
            next=next_deadline(opportunity),
            **kwargs,
        )


class OpportunityFormMixin(StandaloneRecordMixin):
    template_name = "funding/form.html"
    anchor_success_url = False
    list_url_name = "funding:opportunity-list"
    permission = "funding.edit_opportunity"
    form_class = OpportunityForm

    def get_record_queryset(self):
        return opportunities_for(self.request.user)


class OpportunityCreateView(OpportunityFormMixin, RecordFormView):
    title = gettext_lazy("New funding opportunity")

    def save(self, form):
        return services.opportunity_save(by=self.request.user, **form.cleaned_data)


class OpportunityEditView(OpportunityFormMixin, RecordFormView):
    title = gettext_lazy("Edit the funding opportunity")

    def save(self, form):
        return services.opportunity_save(
            by=self.request.user,
            opportunity=self.record,
            expected_version=self.expected_version,
            **form.cleaned_data,
        )


class DeadlineAddView(RecordFormView):
    permission = "funding.edit_opportunity"
    form_class = DeadlineForm
    template_name = "funding/form.html"
    title = gettext_lazy("Add a deadline")

    def get_parent_queryset(self):
        return opportunities_for(self.request.user)

    def save(self, form):
        return services.deadline_add(opportunity=self.parent, by=self.request.user,
                                     **form.cleaned_data)  # fmt: skip
