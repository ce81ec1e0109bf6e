"""The public pages of the council's sessions: published sessions, their agenda and the outcome
of each point (Law 31-13, proactive publication). No personal data: a session's record holds
none, and an agreement is named only when it is published itself."""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin

from .models import CouncilSession, SessionPoint, ordinary_months_label


class PublicSessionListView(ListView):
    template_name = "council/public/session_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_context_data(self, **kwargs):
        # The months of the ordinary sessions come from the setting, not from the text.
        return super().get_context_data(months=ordinary_months_label(), **kwargs)

    def get_queryset(self):
        return CouncilSession.public_objects.annotate(
            point_count=Count("points", distinct=True),
            decided_count=Count("points", filter=Q(points__recorded_at__isnull=False)),
        ).order_by("-opens_on", "-pk")


class PublicSessionDetailView(SlugRedirectMixin, DetailView):
    template_name = "council/public/session_detail.html"
    context_object_name = "session"

    def get_object(self, queryset=None):
        points = SessionPoint.objects.select_related("agreement").order_by("order", "pk")
        return get_object_or_404(
            CouncilSession.public_objects.prefetch_related(Prefetch("points", queryset=points)),
            pk=self.kwargs["pk"],
        )
