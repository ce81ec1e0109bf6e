"""Mixins every app's views share: the role check, the htmx fragment, the slug redirect, the map's CSP."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override

from taawun.core.geo import POINTS_FROM_ZOOM


class RoleRequiredMixin(AccessMixin):
    """Anonymous users go to sign-in; signed-in users without the rule get 403.

    `permission` names a rule, asked through `request.user.has_perm(permission, obj)` (the
    role backend answers from the rules each app declares). When `permission_object` is True
    the rule is asked about the view's object (`get_permission_object()`, by default
    `get_object()`), else about the kind of record (obj=None).
    """

    permission = "core.view_workspace"
    permission_object = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        obj = self.get_permission_object() if self.permission_object else None
        if not request.user.has_perm(self.permission, obj):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_permission_object(self):
        if not hasattr(self, "_permission_object"):
            self._permission_object = self.get_object()
        return self._permission_object

    def get_object(self, queryset=None):
        # Reuse the object fetched for the permission check instead of a second query.
        if queryset is None and hasattr(self, "_permission_object"):
            return self._permission_object
        return super().get_object(queryset)


class HtmxFragmentMixin:
    """An htmx request gets only the `{% partialdef %}` named `fragment` of the page (NetBox's
    `htmx_partial`); a history restore (back button, cache miss) needs the whole page."""

    fragment = "results"

    def is_fragment(self):
        return bool(self.request.htmx) and not self.request.htmx.history_restore_request

    def get_template_names(self):
        if self.is_fragment():
            return [f"{self.template_name}#{self.fragment}"]
        return super().get_template_names()


class SlugRedirectMixin:
    """A detail page whose address carries the object's slug: a missing or old slug (the title
    changed) redirects permanently to the current address (WCIVF's NewSlugsRedirectMixin)."""

    slug_url_kwarg = "slug"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get(self.slug_url_kwarg) != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


def map_tiles_url():
    """The map's tile server: settings.MAP_TILES_URL (OpenStreetMap's own unless set)."""
    return settings.MAP_TILES_URL


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


def map_tiles_attribution():
    """The plain credit the tiles require: OpenStreetMap's for its own servers (and mirrors of
    its data named so), else settings.MAP_TILES_ATTRIBUTION (empty: none shown)."""
    host = urlsplit(map_tiles_url()).netloc
    if "openstreetmap" in host:
        return "osm"
    return getattr(settings, "MAP_TILES_ATTRIBUTION", "")


class MapPageMixin:
    """A page that shows the map: the tile server's images are allowed here only, not on every
    page of the site; the template gets `map_tiles_url`, `map_tiles_attribution`,
    `map_basemap` (the commune's own outline and places, from `get_map_basemap()`: core knows
    no territory, so the app that does supplies them) and `map_points_zoom` (the zoom from
    which the GeoJSON gives places instead of clusters: where choosing a cluster may lead)."""

    def dispatch(self, request, *args, **kwargs):
        return csp_override(map_csp())(super().dispatch)(request, *args, **kwargs)

    def get_map_basemap(self):
        """{"outline": [[lon, lat], …], "approximate": bool, "localities": [{name, lat, lon}]}."""
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("map_tiles_url", map_tiles_url())
        context.setdefault("map_tiles_attribution", map_tiles_attribution())
        context.setdefault("map_basemap", self.get_map_basemap())
        context.setdefault("map_points_zoom", POINTS_FROM_ZOOM)
        return context
