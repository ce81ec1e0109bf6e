"""Plane geometry for the maps: the convex hull of a few places, grown by a margin, for the
basemap; the check of a stored GeoJSON polygon; the clusters a map shows below a street's zoom.
Longitude/latitude are treated as plane coordinates, which is exact enough at the scale of a
commune (a few kilometres) and honest enough for a grid of clusters at a country's."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Avg, Count, FloatField, Max, Min, Value
from django.db.models.functions import Cast, Floor
from django.utils.translation import gettext_lazy as _

# --- Clusters computed by the database ---------------------------------------------------------
#
# Zoom levels are a web map's: at zoom z the world is 2**z tiles of 256 px across. Below
# POINTS_FROM_ZOOM, a box holding more than FEW_PLACES places is answered with one row per cell of
# a grid (a quarter of a tile, about 64 px on screen) instead of one per place, so the national
# map at a country's zoom costs about what a commune's does. A commune's few hundred places are
# always drawn one by one: the reader's browser gathers those itself.
POINTS_FROM_ZOOM = 13
FEW_PLACES = 500
CELLS_PER_TILE = 4
# A box wider than a screen at its zoom (an API client's, not the map's) gets coarser cells: at
# most this many across, 2,048 pixels of 64-pixel cells (a full-HD screen's whole width), so at
# most about 33 x 33 clusters in any answer, whatever the box.
MAX_CELLS_ACROSS = 32
WORLD = (-180, -90, 180, 90)


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points):
    """The convex hull of (x, y) points, counter-clockwise, first point not repeated (Andrew's
    monotone chain). Fewer than three distinct points, or all on one line: what there is."""
    unique = sorted({(float(x), float(y)) for x, y in points})
    if len(unique) <= 2:
        return unique
    lower, upper = [], []
    for p in unique:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(unique):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def grown(hull, margin):
    """`hull` pushed out from its centre by `margin` (in degrees) so that the places on its edge
    are inside the drawn outline, not on its line. A point or a segment becomes a small box."""
    if not hull:
        return []
    if len(hull) < 3:
        xs = [p[0] for p in hull]
        ys = [p[1] for p in hull]
        west, east, south, north = min(xs), max(xs), min(ys), max(ys)
        return [
            (west - margin, south - margin),
            (east + margin, south - margin),
            (east + margin, north + margin),
            (west - margin, north + margin),
        ]
    cx = sum(p[0] for p in hull) / len(hull)
    cy = sum(p[1] for p in hull) / len(hull)
    out = []
    for x, y in hull:
        dx, dy = x - cx, y - cy
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        out.append((x + dx / length * margin, y + dy / length * margin))
    return out


def outline_polygon(points, margin=0.01):
    """A GeoJSON Polygon around `points` ((longitude, latitude) pairs): their convex hull grown
    by `margin` degrees (about a kilometre), the ring closed, five decimals. None without points."""
    ring = [[round(x, 5), round(y, 5)] for x, y in grown(convex_hull(points), margin)]
    if not ring:
        return None
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


def validate_polygon(value):
    """A GeoJSON Polygon: an outer ring of at least four [longitude, latitude] positions, closed,
    on the Earth (holes are allowed and ignored by the map)."""
    message = _("Enter a GeoJSON polygon: a closed ring of [longitude, latitude] positions.")
    if value in (None, ""):
        return
    try:
        rings = value["coordinates"]
        ok = value["type"] == "Polygon" and isinstance(rings, list) and rings
        for ring in rings if ok else []:
            ok = ok and isinstance(ring, list) and len(ring) >= 4 and ring[0] == ring[-1]
            for position in ring if ok else []:
                lon, lat = (Decimal(str(number)) for number in position[:2])
                ok = ok and isinstance(position[0], int | float) and -180 <= lon <= 180
                ok = ok and isinstance(position[1], int | float) and -90 <= lat <= 90
    except (TypeError, KeyError, ValueError, ArithmeticError, IndexError):
        ok = False
    if not ok:
        raise ValidationError(message, code="invalid_polygon")


class CellFloor(Floor):
    """FLOOR, computed by SQLite itself: Django's SQLite FLOOR is a Python function called once
    a row (two thousand calls for a national box). CAST truncates toward zero, so a negative
    quotient with a fraction is one lower; the same integers as PostgreSQL's FLOOR."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return (
            f"(CAST(({sql}) AS INTEGER) - (({sql}) < CAST(({sql}) AS INTEGER)))",
            params * 3,
        )


def cell_degrees(zoom, bbox=None):
    """The side of a cluster's cell in degrees: a quarter of a tile at `zoom` (a power of two
    of 90°, exact in floating point on every database), doubled until `bbox` (the world when
    None) spans at most MAX_CELLS_ACROSS cells."""
    min_lon, min_lat, max_lon, max_lat = (float(value) for value in (bbox or WORLD))
    cell = 360 / (2**zoom * CELLS_PER_TILE)
    while max(max_lon - min_lon, max_lat - min_lat) > cell * MAX_CELLS_ACROSS:
        cell *= 2
    return cell


def grid_clusters(places, *, zoom, bbox=None, longitude="longitude", latitude="latitude"):
    """The places of `places` gathered by cell of the grid at `zoom`, in one grouped query:
    [{"count", "longitude", "latitude" (the places' mean), "bounds": [west, south, east, north]}]
    ordered west to east then south to north; or None when the map should draw the places
    themselves: at POINTS_FROM_ZOOM and above, or when they are FEW_PLACES or fewer.

    `places` is a queryset already inside `bbox` that already decides what is public (the
    callers pass the public managers' rows); `longitude` and `latitude` name its fields or
    annotations. Coordinates are cast to floating point before the division, so SQLite and
    PostgreSQL put a place in the same cell."""
    if zoom >= POINTS_FROM_ZOOM:
        return None
    cell = Value(cell_degrees(zoom, bbox), output_field=FloatField())
    lon = Cast(longitude, FloatField())
    lat = Cast(latitude, FloatField())
    cells = (
        places.order_by()
        .annotate(cell_x=CellFloor(lon / cell), cell_y=CellFloor(lat / cell))
        .values("cell_x", "cell_y")
        .annotate(
            # COUNT(*), not of the primary key: the projects' places are then read from their
            # box index alone (latitude, longitude, project) on PostgreSQL.
            count=Count("*"),
            # The bounds as floating point from the database: no Decimal made and dropped per
            # corner (four per cluster).
            west=Min(lon),
            south=Min(lat),
            east=Max(lon),
            north=Max(lat),
            mean_lon=Avg(lon),
            mean_lat=Avg(lat),
        )
    )
    rows = list(cells)
    if sum(row["count"] for row in rows) <= FEW_PLACES:
        return None
    rows.sort(key=lambda row: (row["cell_x"], row["cell_y"]))  # at most ~1,100: cheaper here
    # Six decimals (a tenth of a metre): the databases may add a mean's terms in another order.
    return [
        {
            "count": row["count"],
            "longitude": round(row["mean_lon"], 6),
            "latitude": round(row["mean_lat"], 6),
            "bounds": [row["west"], row["south"], row["east"], row["north"]],
        }
        for row in rows
    ]


def cluster_collection(clusters):
    """Clusters as a GeoJSON FeatureCollection (RFC 7946: longitude first): a Point at each
    cluster's mean, with `bounds`, what the map zooms to when the cluster is chosen."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [c["longitude"], c["latitude"]]},
                "properties": {"cluster": True, "count": c["count"], "bounds": c["bounds"]},
            }
            for c in clusters
        ],
    }
