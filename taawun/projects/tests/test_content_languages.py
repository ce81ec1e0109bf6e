"""A project place's description in Arabic and French, shown in the reader's language
(issue 10 #9): the workspace page, the public page, the map's points and the API."""

import pytest
from django.urls import reverse
from django.utils import translation
from rest_framework.test import APIClient

from taawun.projects.geojson import place_rows
from taawun.projects.models import Project
from taawun.projects.tests.factories import LocationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

ARABIC, FRENCH = "موقع الملعب الحالي بتامراغت", "Site de l'actuel terrain de Tamraght"


def url(name, lang, **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def place(commune):
    return LocationFactory(
        project=ProjectFactory(), description_ar=ARABIC, description_fr="Site du terrain"
    )


def test_a_place_is_described_in_the_reader_language_in_the_workspace_and_the_portal(
    client_for, place
):
    project = place.project
    officer, anonymous = client_for("officer"), client_for(None)
    for client, name in ((officer, "projects:detail"), (anonymous, None)):
        pages = {}
        for language in ("ar", "fr"):
            with translation.override(language):
                address = url(name, language, pk=project.pk) if name else project.get_absolute_url()
            pages[language] = client.get(address, follow=True).content.decode()
        assert ARABIC in pages["ar"] and "Site du terrain" not in pages["ar"]
        assert "Site du terrain" in pages["fr"] and ARABIC not in pages["fr"]


def test_a_place_described_in_french_only_is_shown_to_the_arabic_reader(client_for, commune):
    place = LocationFactory(project=ProjectFactory(), description_fr=FRENCH)
    page = client_for("officer").get(url("projects:detail", "ar", pk=place.project_id))
    assert "Site de l&#x27;actuel terrain de Tamraght" in page.content.decode()


def test_the_map_points_and_the_api_describe_the_place(place):
    projects = Project.objects.filter(pk=place.project_id)
    for language, text in (("ar", ARABIC), ("fr", "Site du terrain")):
        with translation.override(language):
            assert [row["description"] for row in place_rows(projects)] == [text]
    body = APIClient().get(f"/api/v1/projects/{place.project_id}/").json()
    [location] = body["locations"]
    assert (location["description_ar"], location["description_fr"]) == (ARABIC, "Site du terrain")


def test_the_project_form_asks_for_a_place_in_arabic_first_then_french(client_for, place):
    form = client_for("officer").get(url("projects:update", "ar", pk=place.project_id))
    html = form.content.decode()
    arabic = html.index('name="locations-0-description_ar"')
    assert arabic < html.index('name="locations-0-description_fr"')
    tag = html[html.rindex("<input", 0, arabic) : html.index(">", arabic)]
    assert 'dir="rtl"' in tag
