"""Residents' pages: localities, news, how cooperation works, and the helpers the home page
shares with them (public news, the map's first view)."""

from django.db.models import Max, Min
from django.shortcuts import get_object_or_404
from django.utils.translation import pgettext
from django.views.generic import ListView, TemplateView

from taawun.agreements.models import VISA_DAYS, AgreementKind
from taawun.core.files import private_file_response
from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import map_tiles_url
from taawun.projects.models import Project, ProjectLocation, Update
from taawun.projects.selectors import by_locality
from taawun.territory.maps import CommuneMapMixin
from taawun.territory.models import Locality

from .projects import project_cards


def public_updates():
    """Public news of public projects, newest first: internal notes and the news of a project
    that is not public never reach the portal."""
    return Update.objects.filter(
        is_public=True, project__in=Project.public_objects.all()
    ).select_related("project")


def public_update_photo(request, pk):
    """The photo of public news of a public project: the portal's only way to it (the file
    is private: taawun.core.files)."""
    update = get_object_or_404(public_updates().exclude(photo=""), pk=pk)
    return private_file_response(update.photo)


def map_context(places, around=None):
    """The map include's context: the tile server and a first view over `places` (project
    locations), or over `around` (a locality) when there are none. One query."""
    corners = places.aggregate(
        south=Min("latitude"), west=Min("longitude"), north=Max("latitude"), east=Max("longitude")
    )
    if corners["south"] is None and around is not None:
        corners = {
            "south": around.latitude,
            "west": around.longitude,
            "north": around.latitude,
            "east": around.longitude,
        }
    bounds = ""
    if corners["south"] is not None:
        # Five decimals, as stored (SQLite's MIN/MAX hand back longer numbers).
        bounds = ",".join(f"{corners[side]:.5f}" for side in ("south", "west", "north", "east"))
    return {"map_tiles_url": map_tiles_url(), "map_bounds": bounds}


class LocalityListView(TemplateView):
    """My neighbourhood, to choose: every locality, its public projects, money per inhabitant."""

    template_name = "portal/locality_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = by_locality(Project.public_objects.all())
        return context


class LocalityDetailView(CommuneMapMixin, ListView):
    """One locality: its public projects, the money secured there, its map and its news."""

    template_name = "portal/locality_detail.html"
    context_object_name = "projects"
    paginate_by = 12
    paginator_class = VersionedCountPaginator
    updates_shown = 5

    def get(self, request, *args, **kwargs):
        self.locality = get_object_or_404(Locality, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def local_projects(self):
        here = ProjectLocation.objects.filter(locality=self.locality).values("project_id")
        return Project.public_objects.filter(pk__in=here)

    def get_queryset(self):
        return project_cards(self.local_projects())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        projects = self.local_projects()
        # The same rule as the list of localities: a project's money is split over its places.
        (money,) = by_locality(projects, localities=[self.locality])
        context.update(
            {
                "locality": self.locality,
                "money": money,
                "updates": public_updates().filter(project__in=projects)[: self.updates_shown],
                # Markers of its projects (wherever they are), the view kept on this locality.
                "map_filter": f"locality={self.locality.pk}",
                "map_fit": "bounds",
                **map_context(
                    ProjectLocation.objects.filter(project__in=projects, locality=self.locality),
                    around=self.locality,
                ),
            }
        )
        return context


class NewsView(ListView):
    """The public news of public projects, newest first, with their photos."""

    template_name = "portal/news.html"
    context_object_name = "updates"
    paginate_by = 10
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return public_updates()


class HowView(TemplateView):
    """How cooperation works, in plain words: its forms, an agreement's life, its challenges."""

    template_name = "portal/how.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Which kinds need the governor's visa is data the commune can correct, not text.
        kinds = AgreementKind.objects.filter(needs_governor_visa=True).order_by(
            localized_field_name("name")
        )
        context["visa_kinds"] = pgettext("list separator", ", ").join(kind.name for kind in kinds)
        context["visa_days"] = VISA_DAYS
        return context
