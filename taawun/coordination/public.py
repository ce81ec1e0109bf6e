"""The public pages of coordination: published committees, their public meetings with the
agenda, and, once the minutes are approved, the minutes and the decisions. No attendee's name
and no member's contact data ever reaches these pages (Law 09-08)."""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin

from .choices import MinutesStatus
from .models import AgendaItem, Committee, Decision, Meeting


class PublicCommitteeListView(ListView):
    template_name = "coordination/public/committee_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        public = Q(meetings__in=Meeting.objects.public())
        return (
            Committee.public_objects.select_related("agreement")
            .annotate(public_meetings=Count("meetings", filter=public, distinct=True))
            .order_by(localized_field_name("name"), "pk")
        )


class PublicCommitteeDetailView(SlugRedirectMixin, DetailView):
    template_name = "coordination/public/committee_detail.html"
    context_object_name = "committee"

    def get_object(self, queryset=None):
        meetings = Meeting.objects.public().order_by("-starts_at", "pk")
        decisions = Decision.objects.public().select_related("meeting").order_by("-year", "-number")
        return get_object_or_404(
            Committee.public_objects.select_related("agreement").prefetch_related(
                Prefetch("meetings", queryset=meetings),
                Prefetch("decisions", queryset=decisions),
            ),
            pk=self.kwargs["pk"],
        )


class PublicMeetingDetailView(DetailView):
    template_name = "coordination/public/meeting_detail.html"
    context_object_name = "meeting"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Meeting.objects.public()
            .select_related("committee")
            .prefetch_related(
                Prefetch(
                    "agenda_items",
                    queryset=AgendaItem.objects.select_related("agreement", "priority"),
                ),
                Prefetch(
                    "decisions",
                    queryset=Decision.objects.filter(
                        meeting__minutes_status=MinutesStatus.APPROVED
                    ),
                ),
            ),
            pk=self.kwargs["pk"],
        )
