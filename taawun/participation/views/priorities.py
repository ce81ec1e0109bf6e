"""The workspace of participation: the moderation queue and every priority, a priority's page
with its moderation, the commune's answer, the projects that answer it and its paper supports."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, Value, When
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, FormView, ListView

from taawun.accounts.choices import Role
from taawun.core.forms import cleaned, error_summary
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import (
    RecordActionView,
    RecordFormView,
    RoleRequiredMixin,
    StandaloneRecordMixin,
)
from taawun.core.views.records import NOT_SAVED, add_service_error, saved_message

from .. import services
from ..choices import AnswerState, Moderation
from ..forms import AnswerForm, HideForm, LinkForm, PaperSupportsForm, VerifyForm
from ..models import Priority, PriorityProject, Resident


class PriorityListView(RoleRequiredMixin, ListView):
    """Awaiting moderation first, then the newest; filters by moderation and answer."""

    permission = "participation.view_priority"
    template_name = "participation/priority_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        rows = Priority.objects.visible_to(self.request.user).select_related("locality", "domain")
        query = self.request.GET
        if query.get("q"):
            rows = rows.search(query["q"][:100])
        if query.get("moderation") in Moderation.values:
            rows = rows.filter(moderation=query["moderation"])
        if query.get("answer") in AnswerState.values:
            rows = rows.filter(answer_state=query["answer"])
        rows = rows.annotate(
            new_flags=Count("flags", filter=Q(flags__created_at__gt=F("moderated_at")))
        )
        if query.get("flagged") == "1":
            rows = rows.filter(new_flags__gt=0)
        pending_first = Case(
            When(moderation=Moderation.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return rows.order_by(pending_first, "-created_at", "-pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            moderations=Moderation.choices,
            answers=AnswerState.choices,
            pending=Priority.objects.visible_to(self.request.user).awaiting_moderation().count(),
            **kwargs,
        )


class PriorityDetailView(RoleRequiredMixin, DetailView):
    permission = "participation.view_priority"
    permission_object = True
    template_name = "participation/priority_detail.html"
    context_object_name = "priority"

    def get_queryset(self):
        links = PriorityProject.objects.select_related("project").order_by("pk")
        return (
            Priority.objects.visible_to(self.request.user)
            .select_related(
                "locality", "domain", "pac_axis", "association", "merged_into", "author__resident"
            )
            .prefetch_related(Prefetch("links", queryset=links))
        )

    def get_context_data(self, **kwargs):
        priority = self.object
        flags = priority.flags.all()
        if priority.moderated_at is not None:
            flags = flags.filter(created_at__gt=priority.moderated_at)
        meetings = priority.agenda_items.select_related("meeting__committee").order_by(
            "-meeting__starts_at"
        )
        return super().get_context_data(
            hide_form=HideForm(), flags=list(flags[:50]), raised=list(meetings[:20]), **kwargs
        )


class PriorityFormMixin(StandaloneRecordMixin):
    template_name = "participation/form.html"
    anchor_success_url = False

    def get_record_queryset(self):
        return Priority.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("priority", self.record)
        return super().get_context_data(**kwargs)


class AnswerView(PriorityFormMixin, RecordFormView):
    """The commune's answer, saved as a draft or published (button `publish`)."""

    permission = "participation.answer_priority"
    form_class = AnswerForm
    title = gettext_lazy("Answer the priority")

    def save(self, form):
        return services.priority_answer(
            priority=self.record,
            by=self.request.user,
            publish="publish" in self.request.POST,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class HideView(PriorityFormMixin, RecordFormView):
    """Hide a priority, with the reason its author reads."""

    permission = "participation.moderate_priority"
    form_class = HideForm
    title = gettext_lazy("Hide the priority")

    def save(self, form):
        return services.priority_moderate(
            priority=self.record,
            publish=False,
            reason=form.cleaned_data["reason"],
            by=self.request.user,
        )


class PaperSupportsView(PriorityFormMixin, RecordFormView):
    permission = "participation.answer_priority"
    form_class = PaperSupportsForm
    title = gettext_lazy("Supports on paper")

    def get_initial(self):
        return {"paper_supports": self.record.paper_supports}

    def save(self, form):
        return services.priority_paper_supports(
            priority=self.record, count=form.cleaned_data["paper_supports"], by=self.request.user
        )


class PublishView(RecordActionView):
    """POST: publish the priority (its supports open)."""

    permission = "participation.moderate_priority"
    success_message = gettext_lazy("Published: residents can read and support it.")

    def get_queryset(self):
        return Priority.objects.visible_to(self.request.user)

    def act(self, record):
        services.priority_moderate(priority=record, publish=True, by=self.request.user)


class LinkCreateView(RecordFormView):
    """Link a project that answers the priority (the traceability chain)."""

    permission = "participation.answer_priority"
    form_class = LinkForm
    template_name = "participation/form.html"
    title = gettext_lazy("Link a project that answers it")

    def get_parent_queryset(self):
        return Priority.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("priority", self.parent)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.priority_link_project(
            priority=self.parent,
            project=form.cleaned_data["project"],
            kind=form.cleaned_data["kind"],
            by=self.request.user,
        )


class LinkDeleteView(RecordActionView):
    permission = "participation.answer_priority"
    parent_field = "priority"
    success_message = gettext_lazy("The project is no longer linked.")

    def get_queryset(self):
        return PriorityProject.objects.filter(
            priority__in=Priority.objects.visible_to(self.request.user)
        ).select_related("priority")

    def act(self, record):
        services.priority_unlink_project(link=record, by=self.request.user)


class VerifyResidentView(RoleRequiredMixin, FormView):
    """An officer records that a resident was verified in person (their national ID seen)."""

    permission = "participation.verify_resident"
    form_class = VerifyForm
    template_name = "participation/verify.html"

    def form_valid(self, form):
        resident = (
            Resident.objects.filter(
                user__email__iexact=form.cleaned_data["email"].strip(),
                user__role=Role.RESIDENT,
                user__is_active=True,
            )
            .select_related("user")
            .first()
        )
        if resident is None:
            form.add_error("email", _("No confirmed resident's account has this address."))
            return self.form_invalid(form)
        try:
            services.resident_verify(
                resident=resident,
                national_id=form.cleaned_data["national_id"],
                by=self.request.user,
            )
        except ValidationError as error:
            add_service_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, saved_message(resident))
        return redirect("participation:verify")

    def form_invalid(self, form):
        messages.error(self.request, NOT_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(error_summary(context["form"]))
        context["title"] = _("Verify a resident in person")
        return context
