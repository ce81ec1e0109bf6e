"""The portal's map pages draw the commune's own basemap under the markers."""

from taawun.core.views import MapPageMixin
from taawun.territory.selectors import commune_basemap


class CommuneMapMixin(MapPageMixin):
    """A map page over the commune: its outline and localities come from the territory."""

    def get_map_basemap(self):
        return commune_basemap()
