"""The commune's bids: started from an opportunity's page for a project that fits, submitted,
then awarded (the amount becomes the donor's line of the project's funding plan) or rejected."""

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView

from taawun.core.views import RecordActionView, RecordFormView, RoleRequiredMixin
from taawun.projects.models import Project

from .. import services
from ..forms import AwardForm, BidForm
from ..models import Bid
from .opportunities import opportunities_for

STEP_MESSAGES = {
    "submit": gettext_lazy("The bid is submitted."),
    "reject": gettext_lazy("The bid is recorded as rejected."),
}


def bids_for(user):
    return Bid.objects.visible_to(user).select_related("opportunity__donor", "project", "lead")


class BidDetailView(RoleRequiredMixin, DetailView):
    permission = "funding.view_bid"
    template_name = "funding/bid_detail.html"
    context_object_name = "bid"

    def get_queryset(self):
        return bids_for(self.request.user).select_related("contribution")


class BidCreateView(RecordFormView):
    """A bid for the project named in the address (one the reader may see)."""

    permission = "funding.edit_bid"
    form_class = BidForm
    template_name = "funding/form.html"
    title = gettext_lazy("Prepare a bid")

    def get_parent_queryset(self):
        return opportunities_for(self.request.user)

    def project(self):
        """The project of the address, among those the reader may see; else 404."""
        if not hasattr(self, "_project"):
            projects = Project.objects.visible_to(self.request.user)
            self._project = get_object_or_404(projects, pk=self.kwargs["project"])
        return self._project

    def get_initial(self):
        return {"currency": self.parent.currency}

    def get_context_data(self, **kwargs):
        return super().get_context_data(project=self.project(), **kwargs)

    def save(self, form):
        return services.bid_save(
            by=self.request.user, opportunity=self.parent, project=self.project(),
            **form.cleaned_data,
        )  # fmt: skip


class BidStepView(RecordActionView):
    permission = "funding.edit_bid"

    def get_queryset(self):
        return bids_for(self.request.user)

    def act(self, bid):
        step = self.kwargs["step"]
        if step not in STEP_MESSAGES:  # the award has its own form (BidAwardView)
            raise ValidationError(_("Unknown step."))
        services.bid_step(bid=bid, step=step, by=self.request.user)
        return STEP_MESSAGES[step]


class BidAwardView(RecordFormView):
    permission = "funding.edit_bid"
    form_class = AwardForm
    template_name = "funding/form.html"
    title = gettext_lazy("Record the award")

    def get_parent_queryset(self):
        return bids_for(self.request.user)

    def save(self, form):
        return services.bid_step(
            bid=self.parent, step="award", by=self.request.user,
            on=form.cleaned_data.get("decided_on"),
            amount_awarded=form.cleaned_data["amount_awarded"],
        )  # fmt: skip
