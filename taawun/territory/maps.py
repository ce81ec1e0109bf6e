"""Map pages draw the commune's own basemap under their markers: the portal's projects and
localities, the residents' priorities."""

from taawun.core.views import MapPageMixin

from .selectors import commune_basemap


class CommuneMapMixin(MapPageMixin):
    """A map page over the commune: its outline and localities come from the territory."""

    def get_map_basemap(self):
        return commune_basemap()
