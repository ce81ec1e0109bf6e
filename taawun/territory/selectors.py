"""Reads on the territory: the commune running the installation."""

from django.conf import settings

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


def _basemap():
    places = list(
        Locality.objects.values_list(
            "pk", localized_field_name("name"), "name_fr", "latitude", "longitude"
        ).order_by("pk")
    )
    outline = CommuneProfile.current().outline
    approximate = not outline
    if approximate:
        outline = outline_polygon([(lon, lat) for _pk, _name, _fr, lat, lon in places])
    return {
        "outline": outline["coordinates"][0] if outline else [],
        "approximate": approximate,
        "localities": [
            {"name": name or fallback, "lat": float(lat), "lon": float(lon)}
            for _pk, name, fallback, lat, lon in places
        ],
    }
