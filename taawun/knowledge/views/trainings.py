"""Trainings in the workspace ("/ar/manage/knowledge/trainings/"): the list with the capacity
figures year by year (knowledge.capacity), a training's page with its participants, its
writing and the participants' registration and attendance. The commune's people only."""

from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RecordFormView, RoleRequiredMixin, StandaloneRecordMixin

from .. import services
from ..capacity import capacity
from ..choices import Sex
from ..forms_trainings import ParticipantForm, TrainingForm
from ..models import Training


def trainings_for(user):
    return Training.objects.visible_to(user).select_related("provider")


class TrainingListView(RoleRequiredMixin, ListView):
    permission = "knowledge.view_training"
    template_name = "knowledge/training_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return trainings_for(self.request.user).search(self.request.GET.get("q"))

    def get_context_data(self, **kwargs):
        figures = capacity()
        sexes = dict(Sex.choices)
        for year in figures.values():
            year["by_sex"] = [(sexes.get(k, k), v) for k, v in year["by_sex"].items()]
        return super().get_context_data(capacity=sorted(figures.items(), reverse=True), **kwargs)


class TrainingDetailView(RoleRequiredMixin, DetailView):
    permission = "knowledge.view_training"
    template_name = "knowledge/training_detail.html"
    context_object_name = "training"

    def get_queryset(self):
        return trainings_for(self.request.user).prefetch_related("participants")


class TrainingFormMixin(StandaloneRecordMixin):
    template_name = "knowledge/training_form.html"
    anchor_success_url = False
    list_url_name = "knowledge:training-list"
    permission = "knowledge.edit_training"
    form_class = TrainingForm

    def get_record_queryset(self):
        return trainings_for(self.request.user)


class TrainingCreateView(TrainingFormMixin, RecordFormView):
    title = gettext_lazy("New training")

    def save(self, form):
        return services.training_save(by=self.request.user, **form.cleaned_data)


class TrainingEditView(TrainingFormMixin, RecordFormView):
    title = gettext_lazy("Edit the training")

    def save(self, form):
        return services.training_save(
            by=self.request.user, training=self.record, expected_version=self.expected_version,
            **form.cleaned_data,
        )  # fmt: skip


class ParticipantAddView(RecordFormView):
    permission = "knowledge.edit_training"
    form_class = ParticipantForm
    template_name = "knowledge/training_form.html"
    title = gettext_lazy("Register a participant")

    def get_parent_queryset(self):
        return trainings_for(self.request.user)

    def save(self, form):
        return services.participant_save(
            by=self.request.user, training=self.parent, **form.cleaned_data
        )

    def get_success_url(self):
        return self.parent.get_manage_url() + "#participants"
