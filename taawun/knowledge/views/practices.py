"""Good practices in the workspace ("/ar/manage/knowledge/practices/"): the cards the reader
may see (a representative, its organisation's), a card's page with its replications and files,
its writing, its steps (submit, return, validate, publish), and the replications recorded."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
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
from taawun.projects.models import Project

from .. import services
from ..choices import EvidenceLevel, PracticeState
from ..forms_practices import PracticeFileForm, PracticeForm, ReplicationForm, ReturnForm
from ..models import Practice, PracticeFile, Replication

STEP_MESSAGES = {
    "submit": gettext_lazy("The card is submitted: the commune validates it."),
    "return": gettext_lazy("The card is back to its draft, with your remarks."),
    "validate": gettext_lazy("The card is validated."),
    "publish": gettext_lazy("The card is published on the portal."),
    "unpublish": gettext_lazy("The card is no longer on the portal."),
}


def practices_for(user):
    return Practice.objects.visible_to(user).select_related("locality", "submitted_by")


class PracticeListView(RoleRequiredMixin, ListView):
    permission = "knowledge.view_practice"
    template_name = "knowledge/practice_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        practices = practices_for(self.request.user).search(self.request.GET.get("q"))
        state = self.request.GET.get("state")
        if state in PracticeState.values:
            practices = practices.filter(state=state)
        return practices.order_by("-updated_at", "-pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            states=PracticeState.choices, evidence=EvidenceLevel.choices, **kwargs
        )


class PracticeDetailView(RoleRequiredMixin, DetailView):
    permission = "knowledge.view_practice"
    template_name = "knowledge/practice_detail.html"
    context_object_name = "practice"

    def get_queryset(self):
        return (
            practices_for(self.request.user)
            .select_related("project", "agreement", "mission")
            .prefetch_related("partners", "domains", "pac_axes", "indicators", "files")
        )

    def get_context_data(self, **kwargs):
        replications = list(
            self.object.replications.select_related("partner", "mission", "agreement")
        )
        counted = [r for r in replications if r.state != "abandoned"]
        return super().get_context_data(
            replications=replications, replicated=len(counted), **kwargs
        )


class PracticeFormMixin(StandaloneRecordMixin):
    template_name = "knowledge/form.html"
    anchor_success_url = False
    list_url_name = "knowledge:practice-list"
    permission = "knowledge.propose_practice"
    form_class = PracticeForm

    def get_record_queryset(self):
        return practices_for(self.request.user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class PracticeCreateView(PracticeFormMixin, RecordFormView):
    title = gettext_lazy("New good practice")

    def get_initial(self):
        """From a project's page (?project=): the project, its locality, domains and axis."""
        pk = self.request.GET.get("project", "")
        project = None
        if pk.isdigit():
            project = Project.objects.visible_to(self.request.user).filter(pk=pk).first()
        if project is None:
            return {}
        return {
            "project": project.pk,
            "title_ar": project.title_ar,
            "title_fr": project.title_fr,
            "domains": list(project.domains.all()),
            "pac_axes": [project.pac_axis_id] if project.pac_axis_id else [],
        }

    def save(self, form):
        return services.practice_save(by=self.request.user, **form.cleaned_data)


class PracticeEditView(PracticeFormMixin, RecordFormView):
    title = gettext_lazy("Edit the good practice")

    def save(self, form):
        return services.practice_save(
            by=self.request.user,
            practice=self.record,
            expected_version=self.expected_version,
            **form.cleaned_data,
        )


class PracticeStepView(RecordActionView):
    permission = "knowledge.view_practice"

    def get_queryset(self):
        return practices_for(self.request.user)

    def act(self, practice):
        step = self.kwargs["step"]
        if step not in STEP_MESSAGES:
            raise ValidationError(_("Unknown step."))
        services.practice_step(practice=practice, step=step, by=self.request.user,
                               note=self.request.POST.get("note", ""))  # fmt: skip
        return STEP_MESSAGES[step]


class PracticeReturnView(RecordFormView):
    """Back to the draft, with what the partner should change."""

    permission = "knowledge.validate_practice"
    form_class = ReturnForm
    template_name = "knowledge/form.html"
    title = gettext_lazy("Return the card to its author")

    def get_parent_queryset(self):
        return practices_for(self.request.user)

    def save(self, form):
        return services.practice_step(
            practice=self.parent,
            step="return",
            by=self.request.user,
            note=form.cleaned_data["note"],
        )


class PracticeFileAddView(RecordFormView):
    permission = "knowledge.propose_practice"
    form_class = PracticeFileForm
    template_name = "knowledge/form.html"
    title = gettext_lazy("Add a photo or a document")

    def get_parent_queryset(self):
        return practices_for(self.request.user)

    def save(self, form):
        data = form.cleaned_data
        return services.practice_file_add(
            practice=self.parent, upload=data["file"], kind=data["kind"], by=self.request.user,
            caption_ar=data.get("caption_ar", ""), caption_fr=data.get("caption_fr", ""),
        )  # fmt: skip


class ReplicationCreateView(RecordFormView):
    permission = "knowledge.record_replication"
    form_class = ReplicationForm
    template_name = "knowledge/form.html"
    title = gettext_lazy("Record a replication")

    def get_parent_queryset(self):
        return practices_for(self.request.user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def save(self, form):
        return services.replication_save(
            by=self.request.user, practice=self.parent, **form.cleaned_data
        )

    def get_success_url(self):
        return self.parent.get_manage_url() + "#replications"


class ReplicationEditView(ReplicationCreateView):
    title = gettext_lazy("Edit the replication")
    parent_field = "practice"

    def get_record_queryset(self):
        return Replication.objects.all()

    def save(self, form):
        return services.replication_save(
            by=self.request.user,
            replication=self.record,
            expected_version=self.expected_version,
            **form.cleaned_data,
        )


@login_required
def practice_file(request, pk):
    """A card's file, for whoever may see the card (others: 404)."""
    item = get_object_or_404(
        PracticeFile.objects.filter(practice__in=practices_for(request.user)), pk=pk
    )
    return private_file_response(item.file, content_type=item.content_type or None)
