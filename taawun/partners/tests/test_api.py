import pytest
from rest_framework.test import APIClient

from taawun.partners.models import Partner
from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/partners/"


def api(users=None, role=None):
    client = APIClient()
    if role:
        client.force_authenticate(users[role])
    return client


def new_partner(**overrides):
    data = {
        "kind": "foreign_local",
        "name_ar": "بلدية سان جان دو لوز",
        "name_fr": "Ville de Saint-Jean-de-Luz",
        "country": "FR",
        "city": "Saint-Jean-de-Luz",
        "status": "prospect",
        "domains": ["tourism"],
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def tourism(db):
    return DomainFactory(code="tourism")


def test_anyone_reads_public_fields_only():
    partner = PartnerFactory(name_fr="Ville jumelle", notes="Négociation en cours, confidentiel")
    ContactFactory(partner=partner, email="maire.adjoint@example.org")
    PartnerFactory(name_fr="Prospect caché", is_public=False)
    response = api().get(LIST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ville jumelle" in body
    assert "Prospect caché" not in body
    assert "maire.adjoint" not in body and "confidentiel" not in body
    record = next(r for r in response.json()["results"] if r["name_fr"] == "Ville jumelle")
    assert "contacts" not in record and "notes" not in record
    assert record["iati_type"] == "22"


def test_the_list_is_paginated():
    for n in range(55):
        PartnerFactory(name_fr=f"Association n°{n}")
    body = api().get(LIST).json()
    assert body["count"] == 55
    assert len(body["results"]) == 50
    assert body["next"].endswith("?page=2")


def test_the_list_uses_the_same_filters_as_the_pages():
    PartnerFactory(name_fr="Commune de Drarga", kind="commune")
    PartnerFactory(name_fr="Surf Maroc", kind="company")
    names = [r["name_fr"] for r in api().get(LIST, {"kind": "company"}).json()["results"]]
    assert names == ["Surf Maroc"]


def test_anonymous_writes_are_refused_and_change_nothing():
    response = api().post(LIST, new_partner(), format="json")
    assert response.status_code == 403
    assert not Partner.objects.filter(name_fr="Ville de Saint-Jean-de-Luz").exists()


def test_an_officer_creates_a_partner_and_the_history_names_them(users):
    response = api(users, "officer").post(LIST, new_partner(), format="json")
    assert response.status_code == 201, response.content
    partner = Partner.objects.get(name_fr="Ville de Saint-Jean-de-Luz")
    assert {h.history_user for h in partner.history.all()} == {users["officer"]}
    assert partner.history.earliest().history_type == "+"
    assert list(partner.domains.values_list("code", flat=True)) == ["tourism"]


def test_a_partner_created_without_is_public_is_not_published(users):
    """Issue 10 #7: a new record is unpublished until the commune publishes it (the API
    defaulted is_public to True when the field was left out)."""
    data = {k: v for k, v in new_partner().items() if k != "is_public"}
    response = api(users, "officer").post(LIST, data, format="json")
    assert response.status_code == 201, response.content
    partner = Partner.objects.get(name_fr="Ville de Saint-Jean-de-Luz")
    assert not partner.is_public
    assert not Partner.public_objects.filter(pk=partner.pk).exists()
    assert api().get(f"{LIST}{partner.pk}/").status_code == 404


def test_bad_input_is_explained_and_nothing_is_saved(users):
    response = api(users, "officer").post(
        LIST, new_partner(website="not a url", country="XX"), format="json"
    )
    assert response.status_code == 400
    assert set(response.json()) >= {"website", "country"}
    assert not Partner.objects.filter(name_fr="Ville de Saint-Jean-de-Luz").exists()


def test_a_duplicate_name_is_refused(users):
    PartnerFactory(name_fr="Ville de Saint-Jean-de-Luz")
    response = api(users, "officer").post(LIST, new_partner(), format="json")
    assert response.status_code == 400


@pytest.mark.parametrize("role", ["finance", "council", "partner", "association"])
def test_other_roles_cannot_create(users, role):
    assert api(users, role).post(LIST, new_partner(), format="json").status_code == 403


def test_a_representative_reads_and_updates_its_own_organisation_only(users):
    own = users["partner"].partner
    other = PartnerFactory(name_fr="Conseil régional")
    client = api(users, "partner")
    assert [r["id"] for r in client.get(LIST).json()["results"]] == [own.pk]
    assert client.get(f"{LIST}{other.pk}/").status_code == 404
    assert client.patch(f"{LIST}{other.pk}/", {"city": "X"}, format="json").status_code == 404
    response = client.patch(f"{LIST}{own.pk}/", {"city": "Agadir"}, format="json")
    assert response.status_code == 200, response.content
    own.refresh_from_db()
    assert own.city == "Agadir"


def test_council_members_read_but_cannot_edit(users):
    partner = PartnerFactory(name_fr="Commune d'Agadir")
    client = api(users, "council")
    assert client.get(f"{LIST}{partner.pk}/").status_code == 200
    assert client.patch(f"{LIST}{partner.pk}/", {"city": "X"}, format="json").status_code == 403


def test_the_openapi_schema_is_valid():
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.validation import validate_schema

    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    assert "/api/v1/partners/" in schema["paths"]
    response = api().get("/api/v1/schema/")
    assert response.status_code == 200
