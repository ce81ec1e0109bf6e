"""The public portal: every view starts from a public manager, never from `.objects`."""

from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, F, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from taawun.agreements.filters import AgreementFilter
from taawun.agreements.models import Agreement, Document, Party
from taawun.agreements.selectors import agreement_detail_queryset, party_totals
from taawun.core.i18n import localized_field_name
from taawun.partners.choices import PartnerKind
from taawun.partners.filters import PartnerFilter
from taawun.partners.models import Partner
from taawun.projects.filters import ProjectFilter
from taawun.projects.geojson import place_rows, places_with_projects
from taawun.projects.models import (
    Indicator,
    Participant,
    Project,
    ProjectLocation,
    Transaction,
    Update,
)
from taawun.projects.selectors import project_money_by_partner


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partners = Partner.public_objects.all()
        context["partner_count"] = partners.count()
        context["kinds"] = [
            {
                "kind": row["kind"],
                "kind_label": PartnerKind(row["kind"]).label,
                "count": row["count"],
            }
            for row in partners.values("kind")
            .annotate(count=Count("pk"))
            .order_by("-count", "kind")
        ]
        return context


class PublicPartnerListView(FilterView):
    filterset_class = PartnerFilter
    template_name = "portal/partner_list.html"
    paginate_by = 24

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
    from taawun.agreements.views import document_response

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
    return Project.public_objects.select_related("owner", "pac_axis").prefetch_related(
        "domains",
        Prefetch("locations", queryset=ProjectLocation.objects.select_related("locality")),
        Prefetch("participants", queryset=Participant.objects.select_related("partner")),
        Prefetch("transactions", queryset=Transaction.objects.select_related("provider")),
        "milestones",
        Prefetch(
            "updates", queryset=Update.objects.filter(is_public=True), to_attr="public_updates"
        ),
        Prefetch("indicators", queryset=Indicator.objects.prefetch_related("periods")),
        Prefetch(
            "agreements",
            queryset=Agreement.public_objects.select_related("kind").order_by(
                "-council_date", "-pk"
            ),
            to_attr="public_agreements",
        ),
    )


class PublicProjectListView(FilterView):
    """Public projects: filters, a map of their places, the places as a list, and cards."""

    filterset_class = ProjectFilter
    template_name = "portal/project_list.html"
    paginate_by = 20

    def dispatch(self, request, *args, **kwargs):
        # The tile server's images are allowed here only, not on every page of the site.
        return csp_override(map_csp())(super().dispatch)(request, *args, **kwargs)

    def get_queryset(self):
        return (
            Project.public_objects.select_related("pac_axis")
            .prefetch_related(
                "domains",
                Prefetch(
                    "locations",
                    queryset=ProjectLocation.objects.select_related("locality").order_by("pk"),
                ),
            )
            .order_by(F("planned_start").desc(nulls_last=True), "code")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Every matching project, not one page: the list tells what the map shows.
        rows = place_rows(self.object_list)
        context["fragment"] = self.is_fragment()
        context["places"] = places_with_projects(rows)
        context["map_tiles_url"] = map_tiles_url()
        if rows:  # south-west and north-east corners, for the map's first view
            latitudes = [row["latitude"] for row in rows]
            longitudes = [row["longitude"] for row in rows]
            corners = [min(latitudes), min(longitudes), max(latitudes), max(longitudes)]
            context["map_bounds"] = ",".join(str(value) for value in corners)
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
