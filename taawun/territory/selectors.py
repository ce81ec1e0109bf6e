"""Reads on the territory: the commune running the installation."""

from django.conf import settings
from django.db.models import F

from taawun.core.caching import versioned
from taawun.core.geo import outline_polygon
from taawun.core.i18n import current_language, localized_field_name

from .models import CommuneProfile, Locality


def commune_partner_id():
    """The id of the commune's own partner record, or None until the profile names it."""
    return CommuneProfile.current().partner_id


def commune_partner():
    """The commune's own partner record, or None until the profile names it."""
    profile = CommuneProfile.current()
    return profile.partner if profile.partner_id else None


def commune_identifier(profile=None):
    """The commune's organisation identifier in the open data (the reporting organisation of
    its IATI files, the funder of its grants): the profile's, else settings.COMMUNE_IATI_ID."""
    profile = profile or CommuneProfile.current()
    return profile.iati_identifier or settings.COMMUNE_IATI_ID


def commune_basemap():
    """What the map draws from the commune's own data, under the markers and alone when the tile
    server is out of reach: the outline (the profile's surveyed polygon, or else the convex hull
    of the localities, marked approximate) and the localities named in the reader's language.
    Kept until the data changes, per language: one query on a miss (the profile is cached)."""
    return versioned(f"territory:basemap:{current_language()}", _basemap)


# The localities named on the basemap: every one of a commune's (Aourir has a dozen), the most
# populous of a territory far larger. Every map page carries them, and 16,000 names (a national
# dataset) made each one a megabyte that no one could read on a map anyway.
BASEMAP_PLACES = 300


def _basemap():
    places = list(
        Locality.objects.values_list(
            localized_field_name("name"), "name_fr", "latitude", "longitude"
        ).order_by(F("population").desc(nulls_last=True), "pk")
    )
    outline = CommuneProfile.current().outline
    approximate = not outline
    if approximate:  # around every locality, not only those named
        outline = outline_polygon([(lon, lat) for _name, _fr, lat, lon in places])
    places = places[:BASEMAP_PLACES]
    return {
        "outline": outline["coordinates"][0] if outline else [],
        "approximate": approximate,
        "localities": [
            {"name": name or fallback, "lat": float(lat), "lon": float(lon)}
            for name, fallback, lat, lon in places
        ],
    }
