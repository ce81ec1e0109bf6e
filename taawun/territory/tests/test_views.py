import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from taawun.territory.models import CommuneProfile, Domain, Locality
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db


def url(name, **kwargs):
    with translation.override("fr"):
        return reverse(name, kwargs=kwargs)


LOCALITY = {
    "name_ar": "تامراغت",
    "name_fr": "Tamraght",
    "name_en": "Tamraght",
    "slug": "tamraght",
    "kind": "neighbourhood",
    "population": "9500",
    "population_year": "2024",
    "latitude": "30.51000",
    "longitude": "-9.68000",
}


def test_an_officer_adds_a_locality_and_its_history_names_them(client_for):
    client = client_for("officer")
    response = client.post(url("territory:create", kind="localities"), LOCALITY)
    assert response.status_code == 302
    locality = Locality.objects.get(slug="tamraght")
    assert locality.history.get().history_user.username == "officer"


def test_coordinates_off_the_earth_are_refused_and_nothing_is_saved(client_for):
    client = client_for("officer")
    response = client.post(
        url("territory:create", kind="localities"), {**LOCALITY, "latitude": "130"}
    )
    assert response.status_code == 400
    assert "latitude" in response.context["form"].errors
    assert not Locality.objects.exists()


def test_a_domain_must_use_a_real_dac_code_and_sdg(client_for):
    client = client_for("officer")
    data = {
        "code": "water",
        "name_ar": "الماء",
        "name_fr": "Eau",
        "name_en": "",
        "dac_code": "99999",
        "sdg_goal": "18",
    }
    response = client.post(url("territory:create", kind="domains"), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "99999" in str(errors["dac_code"])
    assert "sdg_goal" in errors
    assert not Domain.objects.exists()
    data.update(dac_code="14030", sdg_goal="6")
    assert client.post(url("territory:create", kind="domains"), data).status_code == 302
    assert Domain.objects.get().dac_label.startswith("Basic drinking water")


def test_an_unknown_register_is_not_found(client_for):
    assert client_for("officer").get("/fr/manage/territory/bananas/new/").status_code == 404


def test_the_administrator_sets_the_commune_profile_and_the_layout_shows_it(client_for):
    client = client_for("admin")
    data = {
        "name_ar": "أورير",
        "name_fr": "Aourir",
        "name_en": "Aourir",
        "iati_identifier": "MA-COA-1234",
        "population": "46032",
        "population_year": "2024",
        "website": "",
        "email": "",
    }
    assert client.post(url("territory:commune"), data).status_code == 302
    assert CommuneProfile.objects.get().iati_identifier == "MA-COA-1234"
    assert "أورير" in client_for(None).get("/ar/").content.decode()


def test_a_logo_that_is_not_an_image_is_refused(client_for):
    fake = SimpleUploadedFile(
        "logo.png", b"MZ\x90\x00 this is an executable", content_type="image/png"
    )
    data = {"name_ar": "أورير", "name_fr": "Aourir", "logo": fake}
    response = client_for("admin").post(url("territory:commune"), data)
    assert response.status_code == 400
    assert "logo" in response.context["form"].errors
    assert not CommuneProfile.objects.exists()


def test_the_locality_history_page_lists_changes(client_for):
    locality = LocalityFactory(name_fr="Imi Miki")
    client = client_for("officer")
    client.post(
        url("territory:update", kind="localities", pk=locality.pk),
        {**LOCALITY, "slug": locality.slug, "name_fr": "Imi Miki", "population": "950"},
    )
    page = client.get(url("territory:history", kind="localities", pk=locality.pk)).content.decode()
    assert ">950</td>" in page  # the "after" cell (it carries its column name for phones)
    assert "population" in page
