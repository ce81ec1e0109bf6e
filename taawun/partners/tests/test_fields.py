"""The API names a partner from another record by one rule (partners.fields): anonymous callers
never read the name or the id of a partner that is not published; signed-in callers do."""

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("state", ["unpublished", "archived"])
def test_an_anonymous_caller_reads_neither_name_nor_id_of_a_hidden_owner(state):
    owner = PartnerFactory(name_fr="Societe-Cachee", is_public=state != "unpublished")
    if state == "archived":
        owner.archived_at = timezone.now()
        owner.save()
    project = ProjectFactory(owner=owner)
    answer = APIClient().get(f"/api/v1/projects/{project.pk}/", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert answer["owner"] is None
    assert answer["owner_name"] == "un partenaire non publié"


def test_a_published_owner_is_named_with_its_id(users):
    owner = PartnerFactory(name_fr="Societe-Publique", is_public=True)
    project = ProjectFactory(owner=owner)
    answer = APIClient().get(f"/api/v1/projects/{project.pk}/", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert (answer["owner"], answer["owner_name"]) == (owner.pk, "Societe-Publique")


def test_the_commune_reads_the_real_name_of_an_unpublished_owner(users):
    owner = PartnerFactory(name_fr="Societe-Cachee", is_public=False)
    project = ProjectFactory(owner=owner)
    client = APIClient()
    client.force_authenticate(users["officer"])
    answer = client.get(f"/api/v1/projects/{project.pk}/", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert (answer["owner"], answer["owner_name"]) == (owner.pk, "Societe-Cachee")
