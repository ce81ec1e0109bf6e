"""The projects API and its GeoJSON: what anyone may read, what signed-in readers see."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from taawun.projects.models import Participant, Project
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import DomainFactory

from .test_public import full_project

pytestmark = pytest.mark.django_db

LIST = "/api/v1/projects/"
GEOJSON = "/api/v1/projects/geojson/"


def api(users=None, role=None):
    client = APIClient()
    if role:
        client.force_authenticate(users[role])
    return client


@pytest.fixture
def shown(commune):
    return full_project(title_fr="Transport scolaire", code="PUB-01")


@pytest.fixture
def hidden(commune):
    return full_project(title_fr="Projet confidentiel", code="HID-01", is_public=False)


def codes(response):
    assert response.status_code == 200, response.content
    return [record["code"] for record in response.json()["results"]]


def test_anyone_reads_public_projects_and_never_a_hidden_one(shown, hidden):
    assert codes(api().get(LIST)) == ["PUB-01"]
    assert api().get(f"{LIST}{hidden.pk}/").status_code == 404
    record = api().get(f"{LIST}{shown.pk}/").json()
    assert "is_public" not in record
    assert all("override_reason" not in tx for tx in record["transactions"])


def test_a_project_carries_its_transactions_indicators_and_public_agreements_only(shown):
    record = api().get(f"{LIST}{shown.pk}/").json()
    assert [(tx["type"], tx["mad_value"]) for tx in record["transactions"]] == [
        ("11", "400000.00"),
        ("3", "150000.00"),
    ]
    indicator = record["indicators"][0]
    assert indicator["name_fr"] == "Élèves transportés"
    assert indicator["periods"][0]["target"] == "200.00"
    assert indicator["periods"][0]["actual"] == "150.00"
    public_agreement = shown.agreements.get(title_fr="Convention publique")
    assert record["agreements"] == [public_agreement.pk]
    assert record["domains"] == ["water"]
    assert record["funding_gap"] == "600000.00" and record["percent_funded"] == "40.0"
    assert record["url"].endswith(shown.get_absolute_url())


def test_commune_staff_read_the_workspace_scope_with_internal_fields(users, shown, hidden):
    response = api(users, "officer").get(LIST)
    assert codes(response) == ["HID-01", "PUB-01"]
    hidden_row = response.json()["results"][0]
    assert hidden_row["is_public"] is False and hidden_row["url"] is None
    hidden_record = api(users, "officer").get(hidden_row["detail"]).json()
    assert len(hidden_record["agreements"]) == 2


def test_the_list_gives_summaries_and_the_link_to_each_whole_record(shown):
    """API 1.1: no nested transactions, indicators or places in a list row (the record has
    them); the money and the link are there."""
    (row,) = api().get(LIST).json()["results"]
    assert row["detail"] == f"http://testserver{LIST}{shown.pk}/"
    assert (row["budget"], row["funding_gap"], row["percent_funded"]) == (
        "1000000.00", "600000.00", "40.0",
    )  # fmt: skip
    assert row["domains"] == ["water"] and row["url"].endswith(shown.get_absolute_url())
    for nested in ("transactions", "indicators", "locations", "participants", "milestones"):
        assert nested not in row
    record = api().get(row["detail"]).json()
    assert len(record["transactions"]) == 2 and record["indicators"]


def test_a_representative_reads_only_the_projects_its_organisation_takes_part_in(users, shown):
    own = ProjectFactory(code="OWN-01", is_public=False)
    Participant.objects.create(project=own, partner=users["partner"].partner, role="4")
    assert codes(api(users, "partner").get(LIST)) == ["OWN-01"]
    assert api(users, "partner").get(f"{LIST}{shown.pk}/").status_code == 404


def test_the_list_takes_the_same_filters_as_the_pages(shown, commune):
    full_project(code="DONE-01", status="4")
    assert codes(api().get(LIST, {"status": "4"})) == ["DONE-01"]
    assert codes(api().get(LIST, {"q": "PUB"})) == ["PUB-01"]
    other = DomainFactory(code="schools")
    assert codes(api().get(LIST, {"domain": other.pk})) == []


def test_the_api_refuses_writes(users, shown):
    assert api().post(LIST, {"code": "NEW"}, format="json").status_code == 403
    assert api(users, "officer").delete(f"{LIST}{shown.pk}/").status_code in (403, 405)
    assert Project.objects.filter(pk=shown.pk).exists()


def test_the_geojson_is_a_feature_collection_of_public_points(shown, hidden):
    response = api().get(GEOJSON, {"lang": "fr"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    [feature] = body["features"]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [-9.633, 30.483]}
    assert feature["properties"] == {
        "id": shown.pk,
        "code": "PUB-01",
        "title": "Transport scolaire",
        "status": "2",
        "status_label": feature["properties"]["status_label"],
        "domains": ["water"],
        "place": shown.locations.get().locality.name_fr,
        "url": f"/fr/projects/{shown.pk}/transport-scolaire/",
    }


def test_signed_in_readers_get_the_public_map_too(users, shown, hidden):
    body = api(users, "officer").get(GEOJSON).json()
    assert [f["properties"]["code"] for f in body["features"]] == ["PUB-01"]


def test_the_geojson_speaks_the_language_asked_for(shown):
    feature = api().get(GEOJSON, {"lang": "ar"}).json()["features"][0]
    assert feature["properties"]["title"] == shown.title_ar
    assert feature["properties"]["url"].startswith("/ar/projects/")


def test_the_bbox_keeps_the_points_inside_it(commune):
    full_project(code="TAGHAZOUT", latitude="30.54500", longitude="-9.71000")
    full_project(code="AOURIR", latitude="30.48300", longitude="-9.63300")
    full_project(code="AGADIR", latitude="30.42000", longitude="-9.59800")
    body = api().get(GEOJSON, {"bbox": "-9.70,30.45,-9.60,30.50"}).json()
    assert [f["properties"]["code"] for f in body["features"]] == ["AOURIR"]
    body = api().get(GEOJSON, {"bbox": "-10,30,-9,31", "status": "2"}).json()
    assert len(body["features"]) == 3


@pytest.mark.parametrize(
    "bbox", ["-9.7,30.45,-9.6", "a,b,c,d", "-9.6,30.45,-9.7,30.5", "-200,0,0,0", "nan,0,1,1"]
)
def test_a_bad_bbox_is_refused_with_a_message(shown, bbox):
    response = api().get(GEOJSON, {"bbox": bbox})
    assert response.status_code == 400
    assert "bbox" in response.json()


def test_a_bad_filter_is_refused_on_the_geojson(shown):
    response = api().get(GEOJSON, {"domain": "99999"})
    assert response.status_code == 400
    assert "domain" in response.json()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return len(context.captured_queries)


@pytest.mark.parametrize(
    ("role", "path", "budget"),
    [(None, LIST, 3), ("officer", LIST, 4), (None, GEOJSON, 2), ("officer", GEOJSON, 2)],
)
def test_the_api_runs_the_same_few_queries_for_few_and_many_projects(
    users, commune, role, path, budget
):
    client = api(users, role)
    for _n in range(3):
        full_project()
    few = count_queries(client, path)
    for _n in range(12):
        full_project()
    many = count_queries(client, path)
    assert few == many <= budget


def test_money_is_exact_decimal_text(shown):
    record = api().get(f"{LIST}{shown.pk}/").json()
    assert Decimal(record["committed_mad"]) == Decimal("400000")
