"""Where residents' priorities are, as GeoJSON: the map of the public list and the API.

One query whatever the number of priorities (below a street's zoom, many of them are one grouped
query of clusters instead: core.geo.grid_clusters). A priority placed by its author is drawn there;
one without a point of its own is drawn at its locality's centre. Callers pass a queryset that
already decides what is public (Priority.public_objects); a feature carries what the public
list shows and nothing personal: no author, no resident, no drafted answer.
"""

from django.db.models import Case, F, When

from taawun.core.geo import cluster_collection, grid_clusters
from taawun.core.i18n import localized_item
from taawun.projects.geojson import MAX_FEATURES

from .choices import AnswerState
from .models import Priority


def _point(field):
    """The priority's own coordinate when it has a point, else its locality's."""
    own = When(latitude__isnull=False, longitude__isnull=False, then=F(field))
    return Case(own, default=F(f"locality__{field}"))


def placed(priorities, bbox=None):
    """The priorities with the point each is drawn at (point_lon, point_lat), inside `bbox`
    when there is one (not yet a query)."""
    rows = priorities.annotate(point_lat=_point("latitude"), point_lon=_point("longitude"))
    if bbox is not None:
        min_lon, min_lat, max_lon, max_lat = bbox
        rows = rows.filter(
            point_lon__gte=min_lon,
            point_lon__lte=max_lon,
            point_lat__gte=min_lat,
            point_lat__lte=max_lat,
        )
    return rows


def priority_rows(priorities, bbox=None):
    """One row per priority with what a marker shows, in the public list's order: one query."""
    rows = (
        placed(priorities, bbox)
        .order_by("-published_at", "-pk")
        .values(
            "pk",
            "title",
            "point_lat",
            "point_lon",
            "answer_state",
            "answer_published_at",
            "supports_count",
            "paper_supports",
            "locality__name_ar",
            "locality__name_fr",
            "locality__name_en",
        )[:MAX_FEATURES]
    )
    result = []
    for row in rows:
        # A drafted answer is not public: until it is published the priority is not answered.
        state = row["answer_state"] if row["answer_published_at"] else AnswerState.NOT_ANSWERED
        priority = Priority(pk=row["pk"], title=row["title"])  # enough for its address
        result.append(
            {
                "id": row["pk"],
                "title": row["title"],
                "latitude": row["point_lat"],
                "longitude": row["point_lon"],
                "state": str(state),
                "status_label": str(AnswerState(state).label),
                "place": localized_item(row, "locality__name"),
                "supports": row["supports_count"] + row["paper_supports"],
                "url": priority.get_absolute_url(),
            }
        )
    return result


def feature_collection(rows):
    """The priorities as a GeoJSON FeatureCollection of points (RFC 7946: longitude first)."""
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
                    key: row[key]
                    for key in ("id", "title", "state", "status_label", "place", "supports", "url")
                },
            }
            for row in rows
        ],
    }


def priorities_collection(priorities, bbox=None, zoom=None):
    """The map's answer: the priorities inside `bbox` as points, or at `zoom` below a street's
    with many of them, as clusters (one grouped query, as the projects' map)."""
    if zoom is not None:
        clusters = grid_clusters(
            placed(priorities, bbox),
            zoom=zoom,
            bbox=bbox,
            longitude="point_lon",
            latitude="point_lat",
        )
        if clusters is not None:
            return cluster_collection(clusters)
    return feature_collection(priority_rows(priorities, bbox))
