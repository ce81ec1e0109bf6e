"""The national map at any zoom: below a street's zoom, a box with many places is answered with
clusters the database computes (core.geo.grid_clusters), one grouped query; points otherwise.

The clusters below are worked out by hand (cells of 1.40625° at zoom 6, 0.17578125° at zoom
9) and the same on SQLite and PostgreSQL: the suite runs on both."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from taawun.core import geo
from taawun.projects.geojson import projects_collection
from taawun.projects.models import Project
from taawun.projects.tests.factories import LocationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

GEOJSON = "/api/v1/projects/geojson/"
# Aourir, Tamraght, Imi Ouaddar (one commune), Marrakech and Casablanca.
PLACES = {
    "AOURIR": ("-9.63300", "30.48300"),
    "TAMRAGHT": ("-9.68000", "30.51000"),
    "IMI-OUADDAR": ("-9.71000", "30.55000"),
    "MARRAKECH": ("-8.00000", "31.63000"),
    "CASABLANCA": ("-7.58900", "33.57300"),
}
BOX = (Decimal(-10), Decimal(30), Decimal(-7), Decimal(34))


def place(code, longitude, latitude, **fields):
    project = ProjectFactory(code=code, **fields)
    LocationFactory(project=project, longitude=Decimal(longitude), latitude=Decimal(latitude))
    return project


@pytest.fixture
def country(commune):
    return [place(code, *point) for code, point in PLACES.items()]


@pytest.fixture
def always_clusters(monkeypatch):
    """Five places are "few": for these tests any number of places is many."""
    monkeypatch.setattr(geo, "FEW_PLACES", 0)


def clusters(body):
    return [
        (feature["properties"]["count"], feature["geometry"]["coordinates"])
        for feature in body["features"]
    ]


def test_at_zoom_6_the_commune_is_one_cluster_and_the_cities_one_each(country, always_clusters):
    body = projects_collection(Project.public_objects.all(), BOX, 6)
    # cells floor(lon / 1.40625), floor(lat / 1.40625): the commune's three in (-7, 21),
    # Marrakech in (-6, 22), Casablanca in (-6, 23)
    assert clusters(body) == [
        (3, [-9.674333, 30.514333]),  # the mean of the three places
        (1, [-8.0, 31.63]),
        (1, [-7.589, 33.573]),
    ]
    first = body["features"][0]
    assert first["type"] == "Feature" and first["geometry"]["type"] == "Point"
    assert first["properties"] == {
        "cluster": True,
        "count": 3,
        "bounds": [-9.71, 30.483, -9.633, 30.55],
    }


def test_at_zoom_9_the_commune_splits_in_two(country, always_clusters):
    body = projects_collection(Project.public_objects.all(), BOX, 9)
    # cells of 0.17578125°: Tamraght and Imi Ouaddar in (-56, 173), Aourir alone in (-55, 173)
    assert clusters(body) == [
        (2, [-9.695, 30.53]),
        (1, [-9.633, 30.483]),
        (1, [-8.0, 31.63]),
        (1, [-7.589, 33.573]),
    ]
    assert body["features"][0]["properties"]["bounds"] == [-9.71, 30.51, -9.68, 30.55]


def test_the_box_keeps_its_places_only(country, always_clusters):
    commune_box = (Decimal("-9.75"), Decimal("30.4"), Decimal("-9.6"), Decimal("30.6"))
    body = projects_collection(Project.public_objects.all(), commune_box, 6)
    assert clusters(body) == [(3, [-9.674333, 30.514333])]


def test_an_unpublished_project_is_not_counted_in_a_cluster(country, always_clusters):
    place("HIDDEN", "-9.70000", "30.52000", is_public=False)
    body = projects_collection(Project.public_objects.all(), BOX, 6)
    assert [count for count, _ in clusters(body)] == [3, 1, 1]
    assert body["features"][0]["properties"]["bounds"] == [-9.71, 30.483, -9.633, 30.55]


def test_a_street_zoom_or_few_places_give_the_points_themselves(country, monkeypatch):
    few = projects_collection(Project.public_objects.all(), BOX, 6)
    assert len(few["features"]) == 5 and "cluster" not in few["features"][0]["properties"]
    monkeypatch.setattr(geo, "FEW_PLACES", 0)
    street = projects_collection(Project.public_objects.all(), BOX, geo.POINTS_FROM_ZOOM)
    assert sorted(f["properties"]["code"] for f in street["features"]) == sorted(PLACES)
    without_zoom = projects_collection(Project.public_objects.all(), BOX)
    assert without_zoom == street


def test_a_box_far_wider_than_the_screen_gets_coarser_cells():
    assert geo.cell_degrees(9, BOX) == 0.17578125
    # the world at zoom 12 would be 16,384 cells across: doubled until it is 32
    assert geo.cell_degrees(12) == geo.cell_degrees(0) / 8 == 11.25
    assert geo.cell_degrees(12, (-180, -90, 180, 90)) * geo.MAX_CELLS_ACROSS == 360


# --- The API ------------------------------------------------------------------------------------


def get(**query):
    return APIClient().get(GEOJSON, query)


def test_the_api_answers_clusters_below_a_street_zoom_and_points_from_it(country, always_clusters):
    body = get(bbox="-10,30,-7,34", zoom="6").json()
    assert [f["properties"]["count"] for f in body["features"]] == [3, 1, 1]
    assert all(f["properties"]["cluster"] is True for f in body["features"])
    body = get(bbox="-10,30,-7,34", zoom=str(geo.POINTS_FROM_ZOOM)).json()
    assert len(body["features"]) == 5
    assert all("cluster" not in f["properties"] for f in body["features"])


def test_the_clusters_follow_the_list_filters(country, always_clusters):
    Project.objects.filter(code="CASABLANCA").update(status="4")
    body = get(bbox="-10,30,-7,34", zoom="6", status="4").json()
    assert clusters(body) == [(1, [-7.589, 33.573])]


@pytest.mark.parametrize("zoom", ["-1", "20", "abc", "6.5", "1e3", "99999999999999999999", "nan"])
def test_a_bad_zoom_is_refused_with_a_message(country, zoom):
    response = get(zoom=zoom, bbox="-10,30,-7,34")
    assert response.status_code == 400
    [message] = response.json()["zoom"]  # in the API's language: "… from 0 to 19."
    assert list(response.json()) == ["zoom"] and "0" in message and "19" in message


def test_a_bad_bbox_with_a_zoom_is_refused_with_a_message(country):
    response = get(zoom="6", bbox="-7,30,-10,34")
    assert response.status_code == 400
    assert list(response.json()) == ["bbox"]


def test_an_empty_zoom_is_no_zoom(country):
    assert len(get(zoom="").json()["features"]) == 5


def queries(**query):
    with CaptureQueriesContext(connection) as captured:
        response = get(**query)
    assert response.status_code == 200, response.content
    return len(captured)


def test_clusters_are_one_query_however_many_places(country, always_clusters):
    box = {"bbox": "-10,30,-7,34", "zoom": "6"}
    few = queries(**box)
    for n in range(20):
        place(f"MORE-{n}", f"-9.{n:02}000", f"30.{n:02}000")
    assert queries(**box) == few == 1


@pytest.mark.parametrize("path", ["/fr/projects/", "/fr/"])
def test_the_map_pages_give_the_script_its_cluster_words_and_the_street_zoom(client, country, path):
    from django.utils import translation

    with translation.override("fr"):
        label = translation.gettext("Places of projects here: {count}. Zoom in to see them.")
    page = client.get(path).content.decode()
    assert f'data-cluster-label="{label}"' in page
    assert f'data-points-zoom="{geo.POINTS_FROM_ZOOM}"' in page
