"""Public projects: the list with its map, and each project's public page."""

from decimal import Decimal

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import HtmxFragmentMixin, SlugRedirectMixin
from taawun.participation.models import Priority, PriorityProject
from taawun.projects.filters import ProjectFilter
from taawun.projects.geojson import place_rows, places_with_projects
from taawun.projects.models import LIST_ORDER, Project, ProjectLocation
from taawun.projects.selectors import project_detail_queryset, project_money_by_partner
from taawun.territory.maps import CommuneMapMixin


def project_cards(projects):
    """Projects as the public cards show them (domains, places), newest first."""
    return (
        projects.select_related("pac_axis")
        .prefetch_related(
            "domains",
            Prefetch(
                "locations",
                queryset=ProjectLocation.objects.select_related("locality").order_by("pk"),
            ),
        )
        .order_by(*LIST_ORDER)
    )


class PublicProjectListView(CommuneMapMixin, HtmxFragmentMixin, FilterView):
    """Public projects: filters, a map of their places, the places as a list, and cards."""

    filterset_class = ProjectFilter
    template_name = "portal/project_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return project_cards(Project.public_objects.all())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The places of this page's projects: the list beside the map stays the size of a page
        # however many projects match (the map itself fetches them all as GeoJSON and then
        # widens its view to every marker). The first view is over this page's places, read
        # from the same rows: no aggregate over every matching place.
        shown = Project.objects.filter(pk__in=[p.pk for p in context["object_list"]])
        rows = place_rows(shown)
        context["fragment"] = self.is_fragment()
        context["places"] = places_with_projects(rows)
        if rows:
            latitudes = [row["latitude"] for row in rows]
            longitudes = [row["longitude"] for row in rows]
            corners = (min(latitudes), min(longitudes), max(latitudes), max(longitudes))
            context["map_bounds"] = ",".join(f"{corner:.5f}" for corner in corners)
        return context


class PublicProjectDetailView(SlugRedirectMixin, DetailView):
    template_name = "portal/project_detail.html"
    context_object_name = "project"

    def get_object(self, queryset=None):
        return get_object_or_404(
            project_detail_queryset(Project.public_objects.all(), public=True),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        money = project_money_by_partner(self.object)
        context["money"] = money
        # The residents' priorities the project answers (published ones), with their supports.
        context["priority_links"] = list(
            PriorityProject.objects.filter(
                project=self.object, priority__in=Priority.public_objects.all()
            )
            .select_related("priority__locality")
            .order_by("-priority__published_at", "pk")
        )
        context["money_totals"] = {
            key: sum((row[key] for row in money), Decimal("0"))
            for key in ("committed", "disbursed", "spent")
        }
        return context
