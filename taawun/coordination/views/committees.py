"""Workspace pages of committees and their members."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView

from taawun.core.forms import cleaned
from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RecordFormView, RoleRequiredMixin, StandaloneRecordMixin

from .. import services
from ..forms import CommitteeForm, MembershipForm
from ..models import Committee, Meeting, Membership
from ..selectors import committees_with_counts


class CommitteeListView(RoleRequiredMixin, ListView):
    permission = "coordination.view_committee"
    template_name = "coordination/committee_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        committees = Committee.objects.visible_to(self.request.user)
        if self.request.GET.get("q"):
            committees = committees.search(self.request.GET["q"][:100])
        return committees_with_counts(committees).order_by(localized_field_name("name"), "pk")


class CommitteeDetailView(RoleRequiredMixin, DetailView):
    permission = "coordination.view_committee"
    permission_object = True
    template_name = "coordination/committee_detail.html"

    def get_queryset(self):
        user = self.request.user
        return (
            Committee.objects.visible_to(user)
            .select_related("agreement")
            .prefetch_related(
                Prefetch("memberships", queryset=Membership.objects.select_related("partner")),
                Prefetch("meetings", queryset=Meeting.objects.visible_to(user)),
            )
        )


class CommitteeFormView(StandaloneRecordMixin, RecordFormView):
    """Create a committee (no URL pk) or edit one."""

    permission = "coordination.change_committee"
    form_class = CommitteeForm
    template_name = "coordination/form.html"
    title = gettext_lazy("New committee")
    anchor_success_url = False

    list_url_name = "coordination:committee-list"

    def get_record_queryset(self):
        return Committee.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        if self.record is not None:
            kwargs.setdefault("title", gettext_lazy("Edit the committee"))
        kwargs.update(committee=self.record, meeting=None, item=None)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.committee_save(
            committee=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class MembershipCreateView(RecordFormView):
    permission = "coordination.change_membership"
    form_class = MembershipForm
    template_name = "coordination/form.html"
    title = gettext_lazy("Add a member")
    parent_form_kwarg = "committee"
    parent_field = "committee"
    model = None

    def get_parent_queryset(self):
        return Committee.objects.visible_to(self.request.user)

    def get_record_queryset(self):
        return None if self.model is None else self.model.objects.select_related("committee")

    def get_context_data(self, **kwargs):
        kwargs.update(committee=self.parent, meeting=None, item=None)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.membership_save(
            committee=self.parent,
            membership=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class MembershipUpdateView(MembershipCreateView):
    model = Membership
    title = gettext_lazy("Edit the member")
