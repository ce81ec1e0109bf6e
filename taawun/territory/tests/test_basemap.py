"""The map's own basemap: the commune's stored outline, or the hull of its localities, and the
localities named in the reader's language."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from taawun.territory import services
from taawun.territory.models import CommuneProfile
from taawun.territory.selectors import commune_basemap
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db

SURVEYED = {
    "type": "Polygon",
    "coordinates": [[[-9.7, 30.4], [-9.5, 30.4], [-9.5, 30.6], [-9.7, 30.6], [-9.7, 30.4]]],
}


def three_localities():
    for name_fr, name_ar, lat, lon in [
        ("Aourir centre", "أورير المركز", "30.48300", "-9.63300"),
        ("Tamraght", "تمراغت", "30.51000", "-9.67000"),
        ("Imsouane", "إمسوان", "30.55000", "-9.60000"),
    ]:
        LocalityFactory(
            name_fr=name_fr, name_ar=name_ar, latitude=Decimal(lat), longitude=Decimal(lon)
        )


def test_without_a_stored_outline_the_map_draws_the_hull_of_the_localities_marked_approximate():
    three_localities()
    basemap = commune_basemap()
    assert basemap["approximate"] is True
    ring = basemap["outline"]
    assert len(ring) == 4 and ring[0] == ring[-1]  # a triangle, closed
    lons = [p[0] for p in ring]
    assert min(lons) < -9.67 and max(lons) > -9.6  # grown around the places on its edge


def test_a_stored_outline_is_drawn_as_it_is_and_the_names_follow_the_reader(users):
    three_localities()
    services.commune_profile_save(
        by=users["admin"], name_fr="Aourir", name_ar="أورير", outline=SURVEYED
    )
    with translation.override("ar"):
        arabic = commune_basemap()
    with translation.override("fr"):
        french = commune_basemap()
    assert arabic["approximate"] is False and arabic["outline"] == SURVEYED["coordinates"][0]
    assert {place["name"] for place in arabic["localities"]} == {"أورير المركز", "تمراغت", "إمسوان"}
    assert "Tamraght" in {place["name"] for place in french["localities"]}


def test_an_outline_that_is_not_a_polygon_is_refused(users):
    with pytest.raises(ValidationError) as refused:
        services.commune_profile_save(
            by=users["admin"], name_fr="Aourir", name_ar="أورير", outline={"type": "Point"}
        )
    assert "outline" in refused.value.message_dict
    assert not CommuneProfile.objects.filter(outline__isnull=False).exists()


def test_a_territory_of_many_localities_names_only_its_most_populous_around_all_of_them(
    monkeypatch,
):
    from taawun.territory import selectors

    monkeypatch.setattr(selectors, "BASEMAP_PLACES", 2)
    three_localities()  # no population: named after the populous ones
    LocalityFactory(name_fr="Agadir", population=421_844, latitude=Decimal("30.42"))
    LocalityFactory(name_fr="Inezgane", population=130_333, latitude=Decimal("30.36"))
    with translation.override("fr"):
        basemap = commune_basemap()
    assert [place["name"] for place in basemap["localities"]] == ["Agadir", "Inezgane"]
    lats = [p[1] for p in basemap["outline"]]
    assert min(lats) < 30.36 and max(lats) > 30.55  # the outline still goes round all five
