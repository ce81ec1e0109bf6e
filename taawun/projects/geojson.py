"""Where projects happen, as rows and as GeoJSON: the public map, its server-side list, the API.

Two queries whatever the number of projects: the places (with what a marker shows) and the
projects' domains. Below a street's zoom, a box with many places is one grouped query of
clusters instead (core.geo.grid_clusters). Callers pass a queryset that already decides what
is public.
"""

from decimal import Decimal, InvalidOperation

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from taawun.core.geo import cluster_collection, grid_clusters
from taawun.core.i18n import FALLBACKS, current_language

from .choices import ActivityStatus
from .models import Project, ProjectLocation

# A commune has tens or hundreds of places; the cap only guards the response size (a map that
# sends its zoom gets clusters long before it).
MAX_FEATURES = 5000


def parse_bbox(text):
    """`minlon,minlat,maxlon,maxlat` -> four Decimals, or ValueError with a readable message."""
    parts = [part.strip() for part in (text or "").split(",")]
    try:
        if len(parts) != 4:
            raise InvalidOperation
        min_lon, min_lat, max_lon, max_lat = (Decimal(part) for part in parts)
        if not all(value.is_finite() for value in (min_lon, min_lat, max_lon, max_lat)):
            raise InvalidOperation
    except InvalidOperation:
        raise ValueError(
            _("bbox takes four numbers: min longitude, min latitude, max longitude, max latitude.")
        ) from None
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ValueError(
            _("bbox must run west to east and south to north, within -180..180 and -90..90.")
        )
    return min_lon, min_lat, max_lon, max_lat


def _pick(row, prefix):
    """A translated column of a values() row, in the reader's language with the usual fallback."""
    for code in FALLBACKS.get(current_language(), FALLBACKS["ar"]):
        if row.get(f"{prefix}_{code}"):
            return row[f"{prefix}_{code}"]
    return ""


def places_of(projects, bbox=None):
    """The places of the given projects, inside `bbox` when there is one (not yet a query)."""
    if bbox is None:
        return ProjectLocation.objects.filter(project__in=projects.values("pk"))
    min_lon, min_lat, max_lon, max_lat = bbox
    # The places in the box (the latitude/longitude index), each kept when its project is among
    # those asked: a correlated EXISTS, one primary-key lookup per place on both databases. An
    # IN list of the projects asked would have SQLite list all 95,000 public projects of a
    # national dataset first (55 ms where the box holds 1,200 places), and asking for the
    # projects among those with a place in the box first made PostgreSQL scan every project.
    return ProjectLocation.objects.filter(
        Exists(projects.order_by().filter(pk=OuterRef("project_id"))),
        longitude__gte=min_lon,
        longitude__lte=max_lon,
        latitude__gte=min_lat,
        latitude__lte=max_lat,
    )


def place_rows(projects, bbox=None):
    """One row per place of the given projects, ordered by project code: one query."""
    rows = (
        places_of(projects, bbox)
        .order_by("project__code", "pk")
        .values(
            "pk",
            "latitude",
            "longitude",
            "description_ar",
            "description_fr",
            "locality_id",
            "locality__name_ar",
            "locality__name_fr",
            "locality__name_en",
            "project_id",
            "project__code",
            "project__title_ar",
            "project__title_fr",
            "project__title_en",
            "project__status",
        )[:MAX_FEATURES]
    )
    result = []
    for row in rows:
        project = Project(  # enough of it for its address (a slug in the reader's language)
            pk=row["project_id"],
            title_ar=row["project__title_ar"],
            title_fr=row["project__title_fr"],
            title_en=row["project__title_en"],
        )
        result.append(
            {
                "latitude": row["latitude"],
                "longitude": row["longitude"],
                "locality_id": row["locality_id"],
                "place": _pick(row, "locality__name"),
                "description": _pick(row, "description"),
                "project_id": row["project_id"],
                "code": row["project__code"],
                "title": _pick(row, "project__title"),
                "status": row["project__status"],
                "url": project.get_absolute_url(),
            }
        )
    return result


def domains_by_project(project_ids):
    """{project id: [domain codes]}: one query (none when there is no project)."""
    result = {pk: [] for pk in project_ids}
    if not result:
        return result
    pairs = (
        Project.domains.through.objects.filter(project_id__in=result)
        .order_by("domain__code")
        .values_list("project_id", "domain__code")
    )
    for project_id, code in pairs:
        result[project_id].append(code)
    return result


def feature_collection(rows):
    """The places as a GeoJSON FeatureCollection of points (RFC 7946: longitude first)."""
    domains = domains_by_project({row["project_id"] for row in rows})
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["longitude"]), float(row["latitude"])],
                },
                "properties": {
                    "id": row["project_id"],
                    "code": row["code"],
                    "title": row["title"],
                    "status": row["status"],
                    "status_label": str(ActivityStatus(row["status"]).label),
                    "domains": domains[row["project_id"]],
                    "place": row["place"],
                    "url": row["url"],
                },
            }
            for row in rows
        ],
    }


def places_with_projects(rows):
    """The same rows grouped by place, for the list shown next to the map."""
    places = {}
    for row in rows:
        place = places.setdefault(row["locality_id"], {"name": row["place"], "projects": []})
        place["projects"].append(row)
    return sorted(places.values(), key=lambda place: place["name"])


# --- What every map endpoint of the API shares (projects, residents' priorities) ----------------


def map_parameters(labels):
    """The OpenAPI parameters of a map endpoint: bbox, zoom, and the language of `labels`."""
    from drf_spectacular.types import OpenApiTypes
    from drf_spectacular.utils import OpenApiParameter

    from taawun.core.bounds import ZOOM_MAX, ZOOM_MIN
    from taawun.core.geo import FEW_PLACES, MAX_CELLS_ACROSS, POINTS_FROM_ZOOM

    return [
        OpenApiParameter(
            "bbox", OpenApiTypes.STR, description="minlon,minlat,maxlon,maxlat (WGS 84 degrees)"
        ),
        OpenApiParameter(
            "zoom",
            {"type": "integer", "minimum": ZOOM_MIN, "maximum": ZOOM_MAX},
            description=(
                f"The map's zoom level ({ZOOM_MIN}-{ZOOM_MAX}, as Leaflet and OpenStreetMap "
                f"tiles number them). Below {POINTS_FROM_ZOOM}, when more than {FEW_PLACES} "
                "places match, the answer is clusters instead of points: one Point feature per "
                "cell of a grid about a quarter of a tile wide (coarser when the box is more "
                f"than {MAX_CELLS_ACROSS} such cells across), with `cluster: true`, its "
                "`count` and the `bounds` of its places ([west, south, east, north]) to zoom "
                "to. Without zoom, points."
            ),
        ),
        OpenApiParameter("lang", OpenApiTypes.STR, enum=["ar", "fr", "en"], description=labels),
    ]


def map_response(request, filterset, collection_of):
    """The FeatureCollection `collection_of(queryset, bbox, zoom)` makes of a valid filterset, in
    the language asked: a bad filter, bbox or zoom is a 400 that says why."""
    from django.conf import settings
    from django.core.exceptions import ValidationError as FieldError
    from django.utils import translation
    from rest_framework.exceptions import ValidationError
    from rest_framework.response import Response

    from taawun.core.bounds import ZoomField

    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    bbox = None
    if request.query_params.get("bbox"):
        try:
            bbox = parse_bbox(request.query_params["bbox"])
        except ValueError as error:
            raise ValidationError({"bbox": [str(error)]}) from None
    try:
        zoom = ZoomField(required=False).clean(request.query_params.get("zoom"))
    except FieldError as error:
        raise ValidationError({"zoom": error.messages}) from None
    language = request.query_params.get("lang")
    if language not in dict(settings.LANGUAGES):
        language = translation.get_language()
    with translation.override(language):
        return Response(collection_of(filterset.qs, bbox, zoom))


def projects_collection(projects, bbox=None, zoom=None):
    """The map's answer: the places of `projects` inside `bbox` as points, or at `zoom` below
    a street's with many places, as clusters (one grouped query instead of every place)."""
    if zoom is not None:
        clusters = grid_clusters(places_of(projects, bbox), zoom=zoom, bbox=bbox)
        if clusters is not None:
            return cluster_collection(clusters)
    return feature_collection(place_rows(projects, bbox))
