"""Exchange missions on the portal ("/ar/missions/"): those the commune publishes once
approved — kind, direction, dates, places, the partner, objectives, the programme and report,
and the delegation as counts by sex. Never a name, a cost or an internal note."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin

from .models import Mission


def public_missions():
    return (
        Mission.objects.public()
        .select_related("counterpart")
        .annotate(
            women=Count("members", filter=Q(members__sex="female")),
            men=Count("members", filter=Q(members__sex="male")),
        )
    )


class PublicMissionListView(ListView):
    template_name = "knowledge/public/mission_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return public_missions().order_by("-starts_on", "-pk")


class PublicMissionDetailView(SlugRedirectMixin, DetailView):
    template_name = "knowledge/public/mission_detail.html"
    context_object_name = "mission"

    def get_object(self, queryset=None):
        return get_object_or_404(public_missions(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        mission = self.object
        return super().get_context_data(women=mission.women, men=mission.men, **kwargs)
