import pytest
from django.core.exceptions import ValidationError

from taawun.core.geo import convex_hull, outline_polygon, validate_polygon


def test_the_hull_keeps_the_corners_and_drops_the_places_inside():
    square = [(0, 0), (2, 0), (2, 2), (0, 2)]
    inside = [(1, 1), (0.5, 1.5), (1, 0)]  # (1, 0) lies on an edge
    assert convex_hull(square + inside) == [(0, 0), (2, 0), (2, 2), (0, 2)]


def test_the_hull_of_one_or_two_places_is_what_there_is():
    assert convex_hull([(1, 1), (1, 1)]) == [(1.0, 1.0)]
    assert convex_hull([(3, 1), (1, 1)]) == [(1.0, 1.0), (3.0, 1.0)]


def test_the_outline_is_a_closed_polygon_around_every_place():
    places = [(-9.633, 30.483), (-9.6, 30.55), (-9.58, 30.5), (-9.6, 30.5)]
    outline = outline_polygon(places, margin=0.01)
    ring = outline["coordinates"][0]
    assert outline["type"] == "Polygon" and ring[0] == ring[-1]
    validate_polygon(outline)
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    for lon, lat in places:  # grown by the margin: every place strictly inside the box
        assert min(lons) < lon < max(lons) and min(lats) < lat < max(lats)


def test_a_single_place_gets_a_small_box_and_no_place_no_outline():
    assert len(outline_polygon([(-9.6, 30.5)])["coordinates"][0]) == 5
    assert outline_polygon([]) is None


@pytest.mark.parametrize(
    "value",
    [
        {"type": "Point", "coordinates": [1, 2]},
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]},  # too short
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]},  # not closed
        {"type": "Polygon", "coordinates": [[[0, 0], [200, 0], [1, 1], [0, 0]]]},  # off Earth
        {"type": "Polygon", "coordinates": [[["a", 0], [1, 0], [1, 1], ["a", 0]]]},
        {"type": "Polygon"},
        "not json",
    ],
)
def test_a_broken_polygon_is_refused(value):
    with pytest.raises(ValidationError):
        validate_polygon(value)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "quotient, floor",
    [(2.0, 2), (2.75, 2), (0.0, 0), (-0.25, -1), (-3.0, -3), (-6.85, -7), (-1e-9, -1)],
)
def test_the_cells_floor_is_the_mathematical_floor_on_each_database(quotient, floor):
    """The grid's cells are numbered by CellFloor, which SQLite computes without Python: a
    negative quotient with a fraction goes one lower, a whole one stays (as on PostgreSQL)."""
    from django.contrib.auth.models import Group
    from django.db.models import FloatField, Value

    from taawun.core.geo import CellFloor

    Group.objects.create(name="a row to compute on")
    value = Value(quotient, output_field=FloatField())
    assert list(Group.objects.annotate(cell=CellFloor(value)).values_list("cell", flat=True)) == [
        floor
    ]
