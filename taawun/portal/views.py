"""The public portal: every view starts from a public manager, never from `.objects`."""

from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Max, Min, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.utils.csp import CSP
from django.utils.translation import pgettext
from django.views.decorators.csp import csp_override
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from taawun.agreements.choices import Stage
from taawun.agreements.filters import AgreementFilter
from taawun.agreements.models import VISA_DAYS, Agreement, AgreementKind, Document, Party
from taawun.agreements.selectors import agreement_detail_queryset, party_totals
from taawun.core.caching import versioned
from taawun.core.files import document_response
from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.partners.filters import PartnerFilter
from taawun.partners.models import Partner
from taawun.projects.filters import ProjectFilter
from taawun.projects.geojson import place_rows, places_with_projects
from taawun.projects.models import (
    LIST_ORDER,
    Project,
    ProjectLocation,
    Update,
)
from taawun.projects.selectors import (
    by_locality,
    key_figures,
    objectives_balance,
    project_detail_queryset,
    project_money_by_partner,
)
from taawun.territory.models import Locality


class HomeView(TemplateView):
    """What the cooperation is, what it costs, who pays and what it has done, on one light page.

    Every figure starts from a public manager; the map's markers come from the public GeoJSON.
    """

    template_name = "portal/home.html"
    updates_shown = 5
    examples_shown = 3

    def dispatch(self, request, *args, **kwargs):
        return csp_override(map_csp())(super().dispatch)(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(versioned("home", self.figures))
        context["updates"] = public_updates()[: self.updates_shown]
        context["map_tiles_url"] = map_tiles_url()
        return context

    def figures(self):
        """The figures over every public record: computed once per change of the data."""
        projects = Project.public_objects.all()
        places = map_context(ProjectLocation.objects.filter(project__in=projects))
        return {
            "figures": key_figures(projects),
            "partner_count": Partner.public_objects.count(),
            "agreements_in_force": Agreement.public_objects.filter(stage=Stage.IN_FORCE).count(),
            "objectives": objectives_on_the_ground(projects, self.examples_shown),
            "map_bounds": places["map_bounds"],
        }


class PublicPartnerListView(FilterView):
    filterset_class = PartnerFilter
    template_name = "portal/partner_list.html"
    paginate_by = 24
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return Partner.public_objects.prefetch_related("domains").order_by(
            localized_field_name("name"), "pk"
        )

    def get_template_names(self):
        if self.request.htmx and not self.request.htmx.history_restore_request:
            return ["portal/partner_list.html#results"]
        return [self.template_name]


class PublicPartnerDetailView(DetailView):
    template_name = "portal/partner_detail.html"
    context_object_name = "partner"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Partner.public_objects.prefetch_related("domains"), pk=self.kwargs["pk"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["agreements"] = (
            Agreement.public_objects.filter(parties__partner=self.object)
            .select_related("kind")
            .order_by("-council_date", "-pk")
        )
        return context

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


def language_root(request):
    """`/` sends readers to their browser's language, Arabic when none of ours matches."""
    from django.utils import translation

    language = translation.get_language_from_request(request, check_path=False)
    response = redirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


class PublicAgreementListView(FilterView):
    """The public register of conventions (Law 31-13, proactive publication)."""

    filterset_class = AgreementFilter
    template_name = "portal/agreement_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return (
            Agreement.public_objects.select_related("kind")
            .prefetch_related(
                Prefetch("parties", queryset=Party.objects.select_related("partner").order_by("pk"))
            )
            .with_totals()
            .order_by("-council_date", "-pk")
        )

    def get_template_names(self):
        if self.request.htmx and not self.request.htmx.history_restore_request:
            return ["portal/agreement_list.html#results"]
        return [self.template_name]


class PublicAgreementDetailView(DetailView):
    template_name = "portal/agreement_detail.html"
    context_object_name = "agreement"

    def get_object(self, queryset=None):
        return get_object_or_404(
            agreement_detail_queryset(Agreement.public_objects.all()), pk=self.kwargs["pk"]
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["parties"] = party_totals(self.object)
        context["documents"] = [d for d in self.object.documents.all() if d.is_public]
        context["amendments"] = self.object.amendments.filter(status="approved").prefetch_related(
            "changes"
        )
        context["events"] = self.object.events.all()
        return context


def public_document(request, pk):
    """A document is public only when both it and its agreement are."""
    document = get_object_or_404(
        Document.objects.filter(is_public=True, agreement__in=Agreement.public_objects.all()), pk=pk
    )
    return document_response(document)


# Projects: the list with its map, and each project's public page.

# OpenStreetMap's own tile server (one host; the a/b/c subdomains are no longer needed).
# MAP_TILES_URL in the settings points the map at another tile server, e.g. a local one.
MAP_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def map_tiles_url():
    return getattr(settings, "MAP_TILES_URL", MAP_TILES_URL)


def map_csp():
    """The site's policy plus the tile server's images, for the pages that show the map only."""
    policy = dict(settings.SECURE_CSP)
    tiles = urlsplit(map_tiles_url())
    if not policy or not tiles.netloc:  # no policy at all, or tiles from our own host
        return policy
    origin = f"{tiles.scheme}://{tiles.netloc.replace('{s}', '*')}"
    images = list(policy.get("img-src", [CSP.SELF]))
    if origin not in images:
        policy["img-src"] = [*images, origin]
    return policy


def public_project_queryset():
    """A public project with everything its page shows, in a fixed number of queries."""
    return project_detail_queryset(Project.public_objects.all(), public=True)


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


class PublicProjectListView(FilterView):
    """Public projects: filters, a map of their places, the places as a list, and cards."""

    filterset_class = ProjectFilter
    template_name = "portal/project_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def dispatch(self, request, *args, **kwargs):
        # The tile server's images are allowed here only, not on every page of the site.
        return csp_override(map_csp())(super().dispatch)(request, *args, **kwargs)

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
        context["map_tiles_url"] = map_tiles_url()
        if rows:
            latitudes = [row["latitude"] for row in rows]
            longitudes = [row["longitude"] for row in rows]
            corners = (min(latitudes), min(longitudes), max(latitudes), max(longitudes))
            context["map_bounds"] = ",".join(f"{corner:.5f}" for corner in corners)
        return context

    def is_fragment(self):
        # A history restore (back button, cache miss) needs the whole page, not the fragment.
        return bool(self.request.htmx) and not self.request.htmx.history_restore_request

    def get_template_names(self):
        if self.is_fragment():
            return ["portal/project_list.html#results"]
        return [self.template_name]


class PublicProjectDetailView(DetailView):
    template_name = "portal/project_detail.html"
    context_object_name = "project"

    def get_object(self, queryset=None):
        return get_object_or_404(public_project_queryset(), pk=self.kwargs["pk"])

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        money = project_money_by_partner(self.object)
        context["money"] = money
        context["money_totals"] = {
            key: sum((row[key] for row in money), Decimal("0"))
            for key in ("committed", "disbursed", "spent")
        }
        return context


def robots_txt(request):
    """Crawlers are welcome on the portal and the open data, not in the workspace."""
    from django.http import HttpResponse

    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: /{code}/manage/" for code in ("ar", "fr", "en")]
    lines += [f"Disallow: /{code}/accounts/" for code in ("ar", "fr", "en")]
    lines += ["Disallow: /django-admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Residents' pages (issue 5): the home page's helpers, localities, news, how cooperation works.


def public_updates():
    """Public news of public projects, newest first: internal notes and the news of a project
    that is not public never reach the portal."""
    return Update.objects.filter(
        is_public=True, project__in=Project.public_objects.all()
    ).select_related("project")


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


# The seed's three flagged objectives; sustainable development is read from the weights.
OBJECTIVE_FLAGS = {
    "expertise": "expertise_exchange",
    "integration": "integration",
    "innovation": "innovation",
}


def objectives_on_the_ground(projects, examples):
    """For each of the seed's four objectives, what the public projects do for it: the
    budget-weighted social/economic/environmental balance, and for the other three how many
    projects carry the objective with the largest few as examples. 1 + 3 queries."""
    balance = objectives_balance(projects)
    dimensions = []
    for key in ("social", "economic", "environmental"):
        percent = balance[key]
        # The stylesheet draws bars in 10% steps (no style="" under the CSP).
        dimensions.append(
            {"key": key, "percent": percent, "step": min(100, int(round(percent, -1)))}
        )
    flagged = [
        {
            "key": key,
            "count": balance[key],
            "examples": list(
                projects.filter(**{field: True})
                .only("pk", "code", "title_ar", "title_fr", "title_en")
                .order_by("-budget", "pk")[:examples]
            ),
        }
        for key, field in OBJECTIVE_FLAGS.items()
    ]
    return {"count": balance["count"], "dimensions": dimensions, "flagged": flagged}


class LocalityListView(TemplateView):
    """My neighbourhood, to choose: every locality, its public projects, money per inhabitant."""

    template_name = "portal/locality_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = by_locality(Project.public_objects.all())
        return context


class LocalityDetailView(ListView):
    """One locality: its public projects, the money secured there, its map and its news."""

    template_name = "portal/locality_detail.html"
    context_object_name = "projects"
    paginate_by = 12
    paginator_class = VersionedCountPaginator
    updates_shown = 5

    def dispatch(self, request, *args, **kwargs):
        return csp_override(map_csp())(super().dispatch)(request, *args, **kwargs)

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
