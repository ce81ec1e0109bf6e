"""Exchange missions in the workspace ("/ar/manage/knowledge/missions/"): the list with the
reports due and late, a mission's page (the delegation and the costs for the commune's people
only), its writing, its steps, its delegation, costs and report."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView

from taawun.core.files import private_file_response
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import (
    RecordActionView,
    RecordFormView,
    RoleRequiredMixin,
    StandaloneRecordMixin,
)

from .. import services
from ..choices import MissionState
from ..forms_missions import CostForm, FollowUpForm, MemberForm, MissionForm, ReportForm
from ..models import Mission

STEP_MESSAGES = {
    "plan": gettext_lazy("The mission is planned."),
    "approve": gettext_lazy("The mission is approved."),
    "done": gettext_lazy("The mission is done: its report is due."),
    "close": gettext_lazy("The mission is closed."),
}


def missions_for(user):
    return Mission.objects.visible_to(user).select_related("agreement", "counterpart").distinct()


class MissionListView(RoleRequiredMixin, ListView):
    permission = "knowledge.view_mission"
    template_name = "knowledge/mission_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        found = missions_for(self.request.user).search(self.request.GET.get("q"))
        state = self.request.GET.get("state")
        if state in MissionState.values:
            found = found.filter(state=state)
        return found.order_by("-starts_on", "-pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            states=MissionState.choices, today=timezone.localdate(), **kwargs
        )


class MissionDetailView(RoleRequiredMixin, DetailView):
    permission = "knowledge.view_mission"
    template_name = "knowledge/mission_detail.html"
    context_object_name = "mission"

    def get_queryset(self):
        return missions_for(self.request.user).prefetch_related(
            "members", "costs__payer", "practices_learned", "replications__practice",
            "action_items__committee",
        )  # fmt: skip

    def get_context_data(self, **kwargs):
        mission = self.object
        members = list(mission.members.all())
        return super().get_context_data(
            members=members,
            women=sum(1 for m in members if m.sex == "female"),
            men=sum(1 for m in members if m.sex == "male"),
            late=mission.is_report_late(),
            **kwargs,
        )


class MissionFormMixin(StandaloneRecordMixin):
    template_name = "knowledge/mission_form.html"
    anchor_success_url = False
    list_url_name = "knowledge:mission-list"
    permission = "knowledge.edit_mission"
    form_class = MissionForm

    def get_record_queryset(self):
        return missions_for(self.request.user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class MissionCreateView(MissionFormMixin, RecordFormView):
    title = gettext_lazy("New exchange mission")

    def save(self, form):
        return services.mission_save(by=self.request.user, **form.cleaned_data)


class MissionEditView(MissionFormMixin, RecordFormView):
    title = gettext_lazy("Edit the mission")

    def save(self, form):
        return services.mission_save(
            by=self.request.user, mission=self.record, expected_version=self.expected_version,
            **form.cleaned_data,
        )  # fmt: skip


class MissionStepView(RecordActionView):
    permission = "knowledge.edit_mission"

    def get_queryset(self):
        return missions_for(self.request.user)

    def act(self, mission):
        step = self.kwargs["step"]
        if step not in STEP_MESSAGES:
            raise ValidationError(_("Unknown step."))
        services.mission_step(mission=mission, step=step, by=self.request.user)
        return STEP_MESSAGES[step]


class MissionChildView(RecordFormView):
    permission = "knowledge.edit_mission"
    template_name = "knowledge/mission_form.html"

    def get_parent_queryset(self):
        return missions_for(self.request.user)


class MemberAddView(MissionChildView):
    form_class = MemberForm
    title = gettext_lazy("Add a member of the delegation")

    def save(self, form):
        return services.member_add(mission=self.parent, by=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return self.parent.get_manage_url() + "#delegation"


class CostAddView(MissionChildView):
    form_class = CostForm
    title = gettext_lazy("Add a cost")
    parent_form_kwarg = "mission"

    def save(self, form):
        return services.cost_add(mission=self.parent, by=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return self.parent.get_manage_url() + "#costs"


class FollowUpView(MissionChildView):
    form_class = FollowUpForm
    title = gettext_lazy("Follow-up action items")
    parent_form_kwarg = "mission"

    def save(self, form):
        return services.mission_follow_up_set(
            mission=self.parent, by=self.request.user,
            action_items=form.cleaned_data["action_items"],
        )  # fmt: skip

    def get_success_url(self):
        return self.parent.get_manage_url() + "#brought"


class ReportView(MissionChildView):
    form_class = ReportForm
    title = gettext_lazy("File the mission's report")

    def save(self, form):
        data = form.cleaned_data
        return services.mission_report(
            mission=self.parent, by=self.request.user, report_ar=data["report_ar"],
            report_fr=data["report_fr"], upload=data.get("report_file"),
        )  # fmt: skip


@login_required
def mission_report_file(request, pk):
    """The signed report, for the commune's people (others: 404 or 403)."""
    mission = get_object_or_404(missions_for(request.user).exclude(report_file=""), pk=pk)
    if not request.user.has_perm("knowledge.see_delegation"):
        raise PermissionDenied
    return private_file_response(mission.report_file)
