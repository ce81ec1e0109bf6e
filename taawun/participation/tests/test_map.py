"""The map of residents' priorities: its GeoJSON (/api/v1/priorities/geojson/) and the public
list's map. Published priorities only, drawn where they were placed or at their locality, with
what the public list shows and nothing personal."""

import re
from decimal import Decimal

import pytest
from django.utils import translation

from taawun.participation import services
from taawun.participation.choices import AnswerState
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

from .factories import PriorityFactory, ResidentUserFactory, published

pytestmark = pytest.mark.django_db

GEOJSON = "/api/v1/priorities/geojson/"
PROPERTIES = {"id", "title", "state", "status_label", "place", "supports", "url"}


@pytest.fixture
def tamraght(db):
    return LocalityFactory(
        name_ar="تامراغت",
        name_fr="Tamraght",
        latitude=Decimal("30.51000"),
        longitude=Decimal("-9.68000"),
    )


@pytest.fixture
def placed(users, tamraght):
    """A published priority its author placed on the map, in Tamraght."""
    return published(
        PriorityFactory(
            title="Éclairage de la corniche",
            locality=tamraght,
            latitude=Decimal("30.52000"),
            longitude=Decimal("-9.69000"),
        ),
        users["officer"],
    )


@pytest.fixture
def unplaced(users):
    """A published priority with no point of its own: drawn at its locality (Aourir centre)."""
    return published(PriorityFactory(title="Piste du douar"), users["officer"])


def features(client, **params):
    response = client.get(GEOJSON, params)
    assert response.status_code == 200, response.content
    return response.json()["features"]


def titles(client, **params):
    return [feature["properties"]["title"] for feature in features(client, **params)]


def test_the_geojson_draws_published_priorities_where_they_are_or_at_their_locality(
    client, users, placed, unplaced
):
    PriorityFactory(title="Priorité en attente", latitude="30.5", longitude="-9.6")
    services.priority_moderate(
        priority=published(PriorityFactory(title="Priorité masquée"), users["officer"]),
        publish=False,
        reason="Données personnelles",
        by=users["officer"],
    )
    response = client.get(GEOJSON, {"lang": "fr"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert [f["properties"]["id"] for f in body["features"]] == [unplaced.pk, placed.pk]
    drawn_at_locality, drawn_where_placed = body["features"]
    assert drawn_where_placed["geometry"] == {"type": "Point", "coordinates": [-9.69, 30.52]}
    assert drawn_at_locality["geometry"] == {"type": "Point", "coordinates": [-9.633, 30.483]}
    with translation.override("fr"):
        assert drawn_where_placed["properties"] == {
            "id": placed.pk,
            "title": "Éclairage de la corniche",
            "state": "not_answered",
            "status_label": str(AnswerState.NOT_ANSWERED.label),
            "place": "Tamraght",
            "supports": 0,
            "url": placed.get_absolute_url(),
        }
    assert drawn_where_placed["properties"]["url"].startswith("/fr/priorities/")


def test_the_geojson_carries_no_personal_data_and_no_drafted_answer(client, users, placed):
    services.priority_answer(
        priority=placed, by=users["officer"], answer_state="planned",
        answer_ar="مسودة", answer_fr="Brouillon de réponse",
    )  # fmt: skip
    response = client.get(GEOJSON, {"lang": "fr"})
    body = response.content.decode()
    [feature] = response.json()["features"]
    assert set(feature["properties"]) == PROPERTIES
    assert feature["properties"]["state"] == "not_answered"  # the draft is not public
    author = placed.author
    for private in (author.email, author.username, author.resident.display_name, "Brouillon",
                    "مسودة", "planned"):  # fmt: skip
        assert private not in body


def test_a_published_answer_gives_its_label_and_supports_count_online_and_on_paper(
    client, users, placed
):
    services.priority_answer(
        priority=placed, by=users["officer"], publish=True, answer_state="planned",
        answer_ar="مبرمجة", answer_fr="Programmée",
    )  # fmt: skip
    services.priority_paper_supports(priority=placed, count=12, by=users["officer"])
    services.priority_support(priority=placed, by=ResidentUserFactory())
    [feature] = features(client, lang="ar")
    with translation.override("ar"):
        label = str(AnswerState.PLANNED.label)
    assert feature["properties"]["state"] == "planned"
    assert feature["properties"]["status_label"] == label
    assert feature["properties"]["place"] == "تامراغت"
    assert feature["properties"]["supports"] == 13
    assert feature["properties"]["url"].startswith("/ar/priorities/")


def test_the_geojson_takes_the_filters_of_the_list(client, users, placed, unplaced, tamraght):
    roads = DomainFactory(code="roads")
    published(PriorityFactory(title="Route goudronnée", domain=roads), users["officer"])
    services.priority_answer(
        priority=unplaced, by=users["officer"], publish=True, answer_state="done",
        answer_ar="أنجزت", answer_fr="Faite",
    )  # fmt: skip
    assert titles(client, domain=roads.pk) == ["Route goudronnée"]
    assert titles(client, locality=tamraght.pk) == ["Éclairage de la corniche"]
    assert titles(client, state="accepted") == ["Piste du douar"]
    assert titles(client, state="not_answered", q="corniche") == ["Éclairage de la corniche"]


def test_the_bbox_keeps_the_points_inside_it(client, placed, unplaced):
    # around Tamraght: the placed priority, not the one drawn at Aourir centre
    assert titles(client, bbox="-9.70,30.50,-9.67,30.53") == ["Éclairage de la corniche"]
    assert titles(client, bbox="-9.64,30.47,-9.62,30.49") == ["Piste du douar"]
    assert len(features(client, bbox="-10,30,-9,31")) == 2


@pytest.mark.parametrize(
    "bbox",
    [
        "-9.7,30.45,-9.6",
        "a,b,c,d",
        "-9.6,30.45,-9.7,30.5",
        "-200,0,0,0",
        "nan,0,1,1",
        "1e999,0,1,1",
    ],
)
def test_a_bad_bbox_is_refused_with_a_message(client, placed, bbox):
    response = client.get(GEOJSON, {"bbox": bbox})
    assert response.status_code == 400
    assert response.json()["bbox"][0]


@pytest.mark.parametrize(
    "query", [{"domain": "99999"}, {"locality": "999999999999999999999"}, {"state": "nonsense"}]
)
def test_a_bad_filter_is_refused_on_the_geojson(client, placed, query):
    response = client.get(GEOJSON, query)
    assert response.status_code == 400
    assert set(response.json()) == set(query)


@pytest.mark.parametrize("count", [3, 30])
def test_the_geojson_runs_one_query_however_many_priorities(
    client, users, django_assert_num_queries, count
):
    for n in range(count):
        point = {"latitude": "30.5", "longitude": "-9.6"} if n % 2 else {}
        published(PriorityFactory(**point), users["officer"])
    with django_assert_num_queries(1):
        response = client.get(GEOJSON, {"lang": "fr", "bbox": "-10,30,-9,31", "q": "douar"})
    assert len(response.json()["features"]) == count


def test_the_list_page_shows_the_map_of_the_priorities(client, commune, placed):
    response = client.get("/fr/priorities/")
    page = response.content.decode()
    assert re.search(r'<div id="priority-map" class="project-map" dir="ltr"', page)
    assert 'data-geojson="/api/v1/priorities/geojson/"' in page
    assert 'data-forward="q domain locality state"' in page
    assert 'id="map-basemap"' in page and "portal/map.js" in page
    assert "<noscript>" in page
    # the tiles' images are allowed on this page
    assert "https://tile.openstreetmap.org" in response["Content-Security-Policy"]


def test_an_htmx_filter_returns_the_cards_without_a_second_map(client, placed):
    page = client.get("/fr/priorities/", headers={"HX-Request": "true"}).content.decode()
    assert 'id="results"' in page and 'id="priority-map"' not in page


@pytest.fixture
def always_clusters(monkeypatch):
    """Two priorities are "few": for these tests any number of them is many."""
    from taawun.core import geo

    monkeypatch.setattr(geo, "FEW_PLACES", 0)


def test_below_a_street_zoom_the_geojson_counts_published_priorities_by_cell(
    client, users, placed, unplaced, always_clusters
):
    PriorityFactory(title="Priorité en attente", latitude="30.5", longitude="-9.6")
    services.priority_moderate(
        priority=published(PriorityFactory(title="Priorité masquée"), users["officer"]),
        publish=False,
        reason="Données personnelles",
        by=users["officer"],
    )
    # zoom 6, cells of 1.40625°: the placed one (-9.69, 30.52) and the one drawn at its
    # locality (-9.633, 30.483) share cell (-7, 21); the two unpublished are not counted
    [cluster] = features(client, zoom="6", bbox="-10,30,-9,31")
    assert cluster["geometry"] == {"type": "Point", "coordinates": [-9.6615, 30.5015]}
    assert cluster["properties"] == {
        "cluster": True,
        "count": 2,
        "bounds": [-9.69, 30.483, -9.633, 30.52],
    }
    # zoom 9, cells of 0.17578125°: apart, (-56, 173) and (-55, 173)
    assert [
        (f["properties"]["count"], f["geometry"]["coordinates"])
        for f in features(client, zoom="9", bbox="-10,30,-9,31")
    ] == [(1, [-9.69, 30.52]), (1, [-9.633, 30.483])]
    # from a street's zoom, the priorities themselves
    assert titles(client, zoom="13") == ["Piste du douar", "Éclairage de la corniche"]


@pytest.mark.parametrize("zoom", ["-1", "20", "six"])
def test_a_bad_zoom_is_refused_on_the_geojson(client, placed, zoom):
    response = client.get(GEOJSON, {"zoom": zoom})
    assert response.status_code == 400
    assert list(response.json()) == ["zoom"]


def test_the_clusters_are_one_query_however_many_priorities(
    client, users, always_clusters, django_assert_num_queries
):
    for n in range(12):
        point = {"latitude": "30.5", "longitude": "-9.6"} if n % 2 else {}
        published(PriorityFactory(**point), users["officer"])
    with django_assert_num_queries(1):
        response = client.get(GEOJSON, {"zoom": "6", "bbox": "-10,30,-9,31", "q": "douar"})
    assert sum(f["properties"]["count"] for f in response.json()["features"]) == 12


def test_the_priorities_map_names_its_clusters_in_the_readers_language(client, commune, placed):
    with translation.override("fr"):
        label = str(translation.gettext("Priorities here: {count}. Zoom in to see them."))
    page = client.get("/fr/priorities/").content.decode()
    assert f'data-cluster-label="{label}"' in page
    assert 'data-points-zoom="13"' in page
