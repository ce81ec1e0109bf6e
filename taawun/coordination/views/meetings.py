"""Workspace pages of a meeting: its page (agenda, attendance and quorum, minutes, decisions,
action items) and the forms and actions that write them, each through its service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView

from taawun.core.forms import cleaned
from taawun.core.views import NOT_SAVED, RecordActionView, RecordFormView, RoleRequiredMixin

from .. import services
from ..choices import Reply
from ..forms import (
    ActionItemForm,
    AgendaItemForm,
    AttendanceFormSet,
    DecisionForm,
    MeetingForm,
    SignedMinutesForm,
)
from ..models import ActionItem, AgendaItem, Committee, Meeting
from ..selectors import action_items_for, meeting_for_page, quorum
from .files import stored_file
from .replies import invitations_of


def meetings_of(user):
    return Meeting.objects.visible_to(user).select_related("committee")


class MeetingDetailView(RoleRequiredMixin, DetailView):
    permission = "coordination.view_meeting"
    permission_object = True
    template_name = "coordination/meeting_detail.html"

    def get_object(self, queryset=None):
        if not hasattr(self, "_permission_object"):
            try:
                self._permission_object = meeting_for_page(
                    Meeting.objects.visible_to(self.request.user), self.kwargs["pk"]
                )
            except Meeting.DoesNotExist:
                raise Http404 from None
        return self._permission_object

    def get_context_data(self, **kwargs):
        meeting = self.object
        user = self.request.user
        items = ActionItem.objects.visible_to(user).filter(meeting=meeting)
        kwargs.update(
            quorum=quorum(meeting),
            action_items=action_items_for(items),
            sees_attendance=user.has_perm("coordination.view_attendance", meeting),
            own_invitations=invitations_of(user).filter(meeting=meeting),
            replies=Reply.choices,
        )
        return super().get_context_data(**kwargs)


class CommitteeChildFormView(RecordFormView):
    """A form under a committee (a new meeting) or a meeting (its items, decisions, actions)."""

    template_name = "coordination/form.html"
    parent_field = "meeting"
    parent_form_kwarg = "meeting"
    model = None

    def get_parent_queryset(self):
        return meetings_of(self.request.user)

    def get_record_queryset(self):
        return None if self.model is None else self.model.objects.all()

    def get_context_data(self, **kwargs):
        meeting = self.parent if isinstance(self.parent, Meeting) else self.record
        committee = self.parent if isinstance(self.parent, Committee) else meeting.committee
        kwargs.update(committee=committee, meeting=meeting, item=None)
        return super().get_context_data(**kwargs)


class MeetingCreateView(CommitteeChildFormView):
    permission = "coordination.add_meeting"
    form_class = MeetingForm
    title = gettext_lazy("Plan a meeting")
    parent_field = "committee"
    parent_form_kwarg = "committee"
    anchor_success_url = False

    def get_parent_queryset(self):
        return Committee.objects.visible_to(self.request.user)

    def get_record_queryset(self):
        return None if self.model is None else meetings_of(self.request.user)

    def get_success_url(self):
        record = getattr(self, "saved_record", None) or self.record
        return record.get_manage_url() if record else self.parent.get_manage_url()

    def save(self, form):
        return services.meeting_save(
            committee=self.parent,
            meeting=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class MeetingUpdateView(MeetingCreateView):
    permission = "coordination.change_meeting"
    model = Meeting
    title = gettext_lazy("Edit the meeting")


class AgendaItemCreateView(CommitteeChildFormView):
    permission = "coordination.change_meeting"
    form_class = AgendaItemForm
    title = gettext_lazy("Add an agenda item")

    def save(self, form):
        data = cleaned(form)
        return services.agenda_item_save(
            meeting=self.parent, item=self.record, by=self.request.user, **data
        )


class AgendaItemUpdateView(AgendaItemCreateView):
    model = AgendaItem
    title = gettext_lazy("Edit the agenda item and its minutes")


class DecisionCreateView(CommitteeChildFormView):
    permission = "coordination.record_decision"
    form_class = DecisionForm
    title = gettext_lazy("Record a decision")

    def save(self, form):
        return services.decision_record(meeting=self.parent, by=self.request.user, **cleaned(form))


class ActionItemCreateView(CommitteeChildFormView):
    permission = "coordination.change_actionitem"
    form_class = ActionItemForm
    title = gettext_lazy("Add an action item")

    def save(self, form):
        return services.action_item_save(meeting=self.parent, by=self.request.user, **cleaned(form))


class AttendanceView(RoleRequiredMixin, View):
    """Replies, presence and proxies of every member in office, in one form."""

    permission = "coordination.record_attendance"
    template_name = "coordination/attendance_form.html"

    def setup_rows(self):
        self.meeting = get_object_or_404(meetings_of(self.request.user), pk=self.kwargs["pk"])
        self.members = self.meeting.committee.memberships.select_related("partner")
        recorded = {a.membership_id: a for a in self.meeting.attendances.all()}
        self.initial = [
            {
                "membership": m.pk,
                "reply": getattr(recorded.get(m.pk), "reply", ""),
                "presence": getattr(recorded.get(m.pk), "presence", ""),
                "proxy": getattr(recorded.get(m.pk), "proxy_id", None),
            }
            for m in self.members
        ]

    def formset(self, data=None):
        return AttendanceFormSet(
            data, initial=self.initial, prefix="attendance", form_kwargs={"members": self.members}
        )

    def render(self, formset, status=200):
        rows = zip(self.members, formset.forms, strict=True)
        context = {"meeting": self.meeting, "formset": formset, "rows": rows}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        self.setup_rows()
        return self.render(self.formset())

    def post(self, request, *args, **kwargs):
        self.setup_rows()
        formset = self.formset(request.POST)
        by_pk = {m.pk: m for m in self.members}
        if formset.is_valid():
            try:
                with transaction.atomic():
                    for row in formset.cleaned_data:
                        member = by_pk.get(row["membership"])
                        if member is None:
                            raise PermissionDenied
                        services.attendance_record(
                            meeting=self.meeting,
                            membership=member,
                            reply=row["reply"],
                            presence=row["presence"],
                            proxy=row["proxy"],
                            by=request.user,
                        )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("The attendance was recorded."))
                return redirect(self.meeting.get_manage_url() + "#attendance")
        else:
            messages.error(request, NOT_SAVED)
        return self.render(formset, status=400)


class MeetingActionView(RecordActionView):
    permission = "coordination.change_meeting"

    def get_queryset(self):
        return meetings_of(self.request.user)


class MeetingHeldView(MeetingActionView):
    success_message = gettext_lazy("The meeting is recorded as held.")

    def act(self, record):
        services.meeting_mark_held(meeting=record, by=self.request.user)


class MeetingCancelView(MeetingActionView):
    success_message = gettext_lazy("The meeting is cancelled.")

    def act(self, record):
        reason = self.request.POST.get("reason", "")[:255]
        services.meeting_cancel(meeting=record, reason=reason, by=self.request.user)


class MinutesAdvanceView(MeetingActionView):
    permission = "coordination.change_minutes"

    def act(self, record):
        services.minutes_advance(meeting=record, to=self.request.POST.get("to", ""),
                                 by=self.request.user)  # fmt: skip
        return _("The minutes are now: %(state)s.") % {
            "state": Meeting.objects.get(pk=record.pk).get_minutes_status_display()
        }


class SignedMinutesView(RecordFormView):
    permission = "coordination.change_minutes"
    form_class = SignedMinutesForm
    template_name = "coordination/form.html"
    title = gettext_lazy("Add the signed minutes")

    def get_parent_queryset(self):
        return meetings_of(self.request.user)

    def get_form(self):
        return self.form_class(**{k: v for k, v in self.get_form_kwargs().items()
                                  if k in ("data", "files")})  # fmt: skip

    def get_context_data(self, **kwargs):
        kwargs.update(committee=self.parent.committee, meeting=self.parent, item=None)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.minutes_attach_signed(
            meeting=self.parent, upload=form.cleaned_data["upload"], by=self.request.user
        )


@login_required
def signed_minutes(request, pk):
    """The signed scan, to whoever may see the meeting (the private storage has no URL)."""
    meeting = get_object_or_404(Meeting.objects.visible_to(request.user), pk=pk)
    if not meeting.signed_minutes:
        raise Http404

    return stored_file(meeting.signed_minutes, meeting.signed_minutes_type, "minutes")
