"""Sessions, their agenda points and the outcome of each point."""

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import DetailView, ListView

from taawun.core.forms import cleaned
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import (
    RecordActionView,
    RecordFormView,
    RoleRequiredMixin,
    StandaloneRecordMixin,
)

from .. import services
from ..forms import OutcomeForm, PointForm, SessionForm
from ..models import CouncilSession, SessionPoint


class SessionListView(RoleRequiredMixin, ListView):
    permission = "council.view_councilsession"
    template_name = "council/session_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        sessions = CouncilSession.objects.visible_to(self.request.user)
        if self.request.GET.get("q"):
            sessions = sessions.search(self.request.GET["q"][:100])
        return sessions.annotate(
            point_count=Count("points", distinct=True),
            decided_count=Count("points", filter=Q(points__recorded_at__isnull=False)),
        ).order_by("-opens_on", "-pk")


class SessionDetailView(RoleRequiredMixin, DetailView):
    permission = "council.view_councilsession"
    permission_object = True
    template_name = "council/session_detail.html"
    context_object_name = "session"

    def get_queryset(self):
        points = SessionPoint.objects.select_related("agreement").order_by("order", "pk")
        return CouncilSession.objects.visible_to(self.request.user).prefetch_related(
            Prefetch("points", queryset=points)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposed = services.points_proposed(self.object).only("pk", "reference", "title_ar",
                                                               "title_fr", "title_en")  # fmt: skip
        context["proposed"] = list(proposed[:50])
        return context


class SessionFormView(StandaloneRecordMixin, RecordFormView):
    """Create a session (no URL pk) or edit one."""

    permission = "council.change_councilsession"
    form_class = SessionForm
    template_name = "council/form.html"
    title = gettext_lazy("New council session")
    anchor_success_url = False

    list_url_name = "council:session-list"

    def get_record_queryset(self):
        return CouncilSession.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        if self.record is not None:
            kwargs.setdefault("title", gettext_lazy("Edit the session"))
        kwargs.update(session=self.record, point=None)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.session_save(
            session=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class PointCreateView(RecordFormView):
    permission = "council.change_sessionpoint"
    form_class = PointForm
    template_name = "council/form.html"
    title = gettext_lazy("Add a point to the agenda")
    parent_form_kwarg = "session"
    parent_field = "session"
    model = None

    def get_parent_queryset(self):
        return CouncilSession.objects.visible_to(self.request.user)

    def get_record_queryset(self):
        return None if self.model is None else self.model.objects.select_related("session")

    def get_context_data(self, **kwargs):
        kwargs.update(session=self.parent, point=self.record)
        return super().get_context_data(**kwargs)

    def save(self, form):
        fields = cleaned(form)
        if fields.get("order") is None:
            fields.pop("order", None)
        return services.point_save(
            session=self.parent,
            point=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **fields,
        )


class PointUpdateView(PointCreateView):
    model = SessionPoint
    title = gettext_lazy("Edit the point")


class OutcomeView(RecordFormView):
    """The council's vote on one point; for an agreement, its deliberation step."""

    permission = "council.record_outcome"
    form_class = OutcomeForm
    template_name = "council/form.html"
    title = gettext_lazy("Record the outcome")

    def get_parent_queryset(self):
        return SessionPoint.objects.filter(
            session__in=CouncilSession.objects.visible_to(self.request.user)
        ).select_related("session", "agreement")

    def get_context_data(self, **kwargs):
        kwargs.update(session=self.parent.session, point=self.parent)
        return super().get_context_data(**kwargs)

    def get_success_url(self):
        return self.parent.session.get_manage_url()

    def save(self, form):
        data = form.cleaned_data
        return services.point_record_outcome(
            point=self.parent,
            votes_for=data["votes_for"],
            votes_against=data["votes_against"],
            votes_abstaining=data["votes_abstaining"] or 0,
            decision_number=data["decision_number"],
            result=data["result"],
            held_on=data.get("held_on"),
            by=self.request.user,
        )


class ProposedPointsView(RecordActionView):
    """POST: put every agreement waiting for the council's deliberation on the agenda."""

    permission = "council.change_sessionpoint"

    def get_queryset(self):
        return CouncilSession.objects.visible_to(self.request.user)

    def act(self, record):
        added = services.points_add_proposed(session=record, by=self.request.user)
        if not added:
            return gettext_lazy("No agreement is waiting for the council's deliberation.")
        return ngettext(
            "%(count)s agreement added to the agenda.",
            "%(count)s agreements added to the agenda.",
            len(added),
        ) % {"count": len(added)}
