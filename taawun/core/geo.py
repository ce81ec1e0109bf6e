"""Plane geometry for the map's own basemap: the convex hull of a few places, grown by a margin,
and the check of a stored GeoJSON polygon. Longitude/latitude are treated as plane coordinates,
which is exact enough at the scale of a commune (a few kilometres)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


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
