"""Workspace pages of action items: the list (overdue first when asked), edits, and the status a
partner's representative may move on for its own organisation's items."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.generic import ListView

from taawun.core.forms import cleaned
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RecordFormView, RoleRequiredMixin

from .. import services
from ..choices import ActionStatus
from ..forms import ActionItemForm, ActionStatusForm
from ..models import ActionItem, Meeting
from ..selectors import action_items_for
from .files import stored_file


class ActionItemListView(RoleRequiredMixin, ListView):
    permission = "coordination.view_actionitem"
    template_name = "coordination/actionitem_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        items = ActionItem.objects.visible_to(self.request.user)
        if self.request.GET.get("overdue") == "1":
            items = items.overdue()
        elif self.request.GET.get("status") in ActionStatus.values:
            items = items.filter(status=self.request.GET["status"])
        return action_items_for(items).order_by("due_on", "pk")

    def get_context_data(self, **kwargs):
        kwargs.update(statuses=ActionStatus.choices, overdue=self.request.GET.get("overdue") == "1")
        return super().get_context_data(**kwargs)


class ActionItemUpdateView(RecordFormView):
    permission = "coordination.change_actionitem"
    form_class = ActionItemForm
    template_name = "coordination/form.html"
    title = gettext_lazy("Edit the action item")
    parent_field = "meeting"
    parent_form_kwarg = "meeting"

    def get_parent_queryset(self):
        return Meeting.objects.visible_to(self.request.user)

    def get_record_queryset(self):
        return ActionItem.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        kwargs.update(committee=self.parent.committee, meeting=self.parent, item=self.record)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.action_item_save(
            item=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class ActionStatusView(RecordFormView):
    """The status of an action item: done with evidence, blocked with a reason."""

    permission = "coordination.set_action_status"
    form_class = ActionStatusForm
    template_name = "coordination/form.html"
    title = gettext_lazy("Update the status of the action item")
    success_message = gettext_lazy("The status of the action item was updated.")
    anchor_success_url = False

    def get_parent_queryset(self):
        return ActionItem.objects.visible_to(self.request.user).select_related("meeting")

    def get_success_url(self):
        return reverse("coordination:action-list")

    def get_form(self):
        kwargs = self.get_form_kwargs()
        kwargs.pop("instance", None)
        kwargs["initial"] = {"status": self.parent.status}
        return self.form_class(**kwargs)

    def get_context_data(self, **kwargs):
        kwargs.update(committee=None, meeting=self.parent.meeting, item=self.parent)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.action_item_set_status(
            item=self.parent, by=self.request.user, **form.cleaned_data
        )


@login_required
def action_evidence(request, pk):
    """The evidence file, to whoever may see the action item."""
    item = get_object_or_404(ActionItem.objects.visible_to(request.user), pk=pk)
    if not item.evidence_file:
        raise Http404

    return stored_file(item.evidence_file, item.evidence_type, "evidence")
