"""The residents' pages: home, localities, news and how cooperation works (issue 5).

A resident of Aourir, on a phone, should understand in two minutes what the cooperation is,
what it costs, who pays and what has been done in their own neighbourhood — from public data
only: a project that is not public, or an internal note, never reaches these pages.
"""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Project, Update
from taawun.projects.selectors import key_figures
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.projects.tests.test_public import record
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db
D = Decimal

PAGES = [
    "portal:home",
    "portal:locality-list",
    "portal:locality-detail",
    "portal:news",
    "portal:how",
]
HIDDEN_TITLE = "Projet confidentiel du port"
HIDDEN_NEWS = "Nouvelle du projet confidentiel"
INTERNAL_NOTE = "Note interne sur le chantier"


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def page_url(name, locality, lang="ar"):
    if name == "portal:locality-detail":
        return url(name, lang, slug=locality.slug)
    return url(name, lang)


def html(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.fixture
def tamraght(db):
    return LocalityFactory(
        slug="tamraght",
        name_ar="تامراغت",
        name_fr="Tamraght",
        kind="centre",
        population=9800,
        population_year=2024,
        latitude=D("30.51000"),
        longitude=D("-9.68000"),
    )


def project_in(locality, **fields):
    project = ProjectFactory(**fields)
    LocationFactory(project=project, locality=locality)
    return project


@pytest.fixture
def school(commune, tamraght):
    """A public project in Tamraght: 200 000 MAD from the commune, 300 000 from the region."""
    project = project_in(
        tamraght,
        title_fr="Transport scolaire de Tamraght",
        title_ar="النقل المدرسي بتامراغت",
        budget=D("600000"),
        innovation=True,
        integration=True,
    )
    record(project, "11", commune, 200_000)
    record(project, "11", PartnerFactory(name_fr="Région Souss-Massa"), 300_000)
    Update.objects.create(
        project=project,
        date=date(2025, 9, 1),
        title_ar="وصول الحافلة",
        title_fr="Le car arrive",
        is_public=True,
    )
    Update.objects.create(
        project=project,
        date=date(2025, 9, 2),
        title_ar="ملاحظة",
        title_fr=INTERNAL_NOTE,
        is_public=False,
    )
    return project


@pytest.fixture
def hidden(commune, tamraght):
    """Not public, yet the largest and most innovative project of Tamraght, with public news."""
    project = project_in(
        tamraght,
        title_fr=HIDDEN_TITLE,
        title_ar=HIDDEN_TITLE,
        code="HID-01",
        budget=D("90000000"),
        innovation=True,
        integration=True,
        expertise_exchange=True,
        is_public=False,
    )
    record(project, "11", commune, 5_000_000)
    Update.objects.create(
        project=project,
        date=date(2025, 12, 1),
        title_ar=HIDDEN_NEWS,
        title_fr=HIDDEN_NEWS,
        is_public=True,
    )
    return project


# Every page, every language


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_every_residents_page_answers_in_each_language_with_its_direction(
    client, school, tamraght, name, lang, direction
):
    page = html(client, page_url(name, tamraght, lang))
    assert f'<html lang="{lang}" dir="{direction}">' in page


def test_each_page_has_its_own_title_and_description(client, school, tamraght):
    titles, descriptions = set(), set()
    for name in PAGES:
        page = html(client, page_url(name, tamraght, "fr"))
        titles.add(re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip())
        descriptions.add(re.search(r'<meta name="description" content="([^"]*)"', page).group(1))
    assert len(titles) == len(PAGES)
    assert len(descriptions) == len(PAGES)
    assert any("Tamraght" in title for title in titles)


def test_the_public_navigation_leads_to_the_residents_pages_and_the_open_data(client):
    page = html(client, url("portal:home", "fr"))
    nav = re.search(r'<nav class="main-nav".*?</nav>', page, re.S).group(0)
    for name in ("portal:locality-list", "portal:news", "portal:how", "open-data"):
        assert f'href="{url(name, "fr")}"' in nav


def test_an_unknown_locality_answers_404(client):
    assert client.get(url("portal:locality-detail", slug="nowhere")).status_code == 404


# Public data only


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_project_that_is_not_public_never_appears(client, school, hidden, tamraght, name, lang):
    page = html(client, page_url(name, tamraght, lang))
    assert HIDDEN_TITLE not in page and "HID-01" not in page
    assert HIDDEN_NEWS not in page
    assert hidden.get_absolute_url().split("/", 2)[2] not in page  # its page, in any language


@pytest.mark.parametrize("name", PAGES)
def test_internal_updates_never_appear(client, school, tamraght, name):
    assert INTERNAL_NOTE not in html(client, page_url(name, tamraght, "fr"))


def test_figures_count_public_projects_and_their_money_only(client, school, hidden, tamraght):
    response = client.get(url("portal:home", "fr"))
    figures = response.context["figures"]
    assert figures == key_figures(Project.public_objects.all())
    assert figures["count"] == 1
    assert figures["secured"] == D("500000")
    assert response.context["objectives"]["flagged"][2]["count"] == 1  # innovation
    rows = {
        row["locality"].slug: row for row in client.get(url("portal:locality-list")).context["rows"]
    }
    assert rows["tamraght"]["projects"] == 1
    assert rows["tamraght"]["total"] == D("500000.00")


# The home page


def test_the_home_page_shows_what_it_costs_who_pays_and_the_leverage(client, school, tamraght):
    AgreementFactory(stage=Stage.IN_FORCE)
    AgreementFactory(stage=Stage.DRAFT)
    AgreementFactory(stage=Stage.IN_FORCE, is_public=False)
    with translation.override("en"):
        page = html(client, url("portal:home", "en"))
        secured, commune, partners = (floatformat(v, "0g") for v in (500_000, 200_000, 300_000))
        leverage = floatformat(D("1.50"), "2g")
    response = client.get(url("portal:home", "en"))
    assert response.context["agreements_in_force"] == 1
    assert f"<bdi>{secured}</bdi>" in page
    assert f"<bdi>{commune}</bdi>" in page and f"<bdi>{partners}</bdi>" in page
    assert f"brings <bdi>{leverage}</bdi> dirhams from its partners" in page
    assert f'href="{url("portal:agreement-list", "en")}?stage=in_force"' in page


def test_the_home_page_gives_each_objective_its_projects_with_links(client, school):
    page = html(client, url("portal:home", "en"))
    for heading in (
        "Sustainable development",
        "Exchange of expertise",
        "Local and regional integration",
        "Innovation",
    ):
        assert heading in page
    innovation = page[page.index("Innovation</h3>") :]
    with translation.override("en"):
        address = school.get_absolute_url()
    assert f'<a href="{address}">' in innovation
    # budget-weighted balance of the three sides, drawn as bars without style=""
    assert re.search(r'class="hbar bar-\d+"', page)
    assert "style=" not in page


def test_the_home_page_lists_the_five_latest_public_updates(client, school):
    for day in range(1, 8):
        Update.objects.create(
            project=school,
            date=date(2026, 1, day),
            title_ar="خبر",
            title_fr=f"Nouvelle {day}",
            is_public=True,
        )
    page = html(client, url("portal:home", "fr"))
    shown = re.findall(r"Nouvelle (\d)", page)
    assert shown == ["7", "6", "5", "4", "3"]
    assert f'href="{url("portal:news", "fr")}"' in page


def test_the_home_map_loads_leaflet_only_when_it_comes_near_the_screen(client, school):
    response = client.get(url("portal:home"))
    page = response.content.decode()
    assert re.search(r'<div id="project-map" class="project-map" dir="ltr"', page)
    assert not re.search(r"<script[^>]+leaflet", page)  # no Leaflet before the reader scrolls
    assert re.search(r'data-scripts="[^"]*leaflet\.js[^"]*markercluster[^"]*portal/map\.js"', page)
    assert "portal/map-loader.js" in page
    assert "https://tile.openstreetmap.org" in response["Content-Security-Policy"]
    assert 'data-bounds="30.51000,-9.68000,30.51000,-9.68000"' in page


def test_the_home_page_stays_small_with_many_rows(client, commune, tamraght):
    """Five updates and three examples per objective, whatever the number of rows."""
    for n in range(40):
        project = project_in(tamraght, innovation=True, expertise_exchange=True, integration=True)
        Update.objects.create(
            project=project, date=date(2025, 1, 1), title_ar="خ", title_fr=f"N{n}", is_public=True
        )
    page = client.get(url("portal:home")).content
    assert len(page) < 30_000, len(page)


# Localities


def test_the_list_of_localities_gives_population_projects_and_money_per_inhabitant(
    client, school, tamraght
):
    LocalityFactory(name_fr="Douar sans projet", population=None)
    with translation.override("fr"):
        page = html(client, url("portal:locality-list", "fr"))
        per_inhabitant = floatformat(D("500000") / 9800, "0g")
    row = re.search(r"<tr>\s*<td[^>]*><a href=\"/fr/localities/tamraght/\">.*?</tr>", page, re.S)
    assert row, "Tamraght is listed with a link to its page"
    cells = row.group(0)
    assert f"<bdi>{floatformat(9800, '0g')}</bdi>" in cells
    assert f"<bdi>{per_inhabitant}</bdi>" in cells
    assert "Douar sans projet" in page


def test_a_locality_page_shows_its_projects_money_map_and_news(client, school, tamraght):
    elsewhere = LocalityFactory(name_fr="Imi Miki", slug="imi-miki")
    project_in(elsewhere, title_fr="Piste d'Imi Miki")
    response = client.get(url("portal:locality-detail", "fr", slug="tamraght"))
    page = response.content.decode()
    assert "Transport scolaire de Tamraght" in page
    assert "Piste d&#x27;Imi Miki" not in page
    assert response.context["money"]["total"] == D("500000.00")
    assert response.context["money"]["per_inhabitant"] == D("51.02")
    assert "Le car arrive" in page
    assert f'data-filter="locality={tamraght.pk}"' in page
    assert 'data-fit="bounds"' in page
    assert 'data-bounds="30.51000,-9.68000,30.51000,-9.68000"' in page
    assert "(<bdi>2024</bdi>)" in page  # the census year, not "2 024"
    assert "https://tile.openstreetmap.org" in response["Content-Security-Policy"]


def test_a_locality_without_projects_centres_the_map_on_itself(client):
    alma = LocalityFactory(slug="alma", latitude=D("30.47000"), longitude=D("-9.62000"))
    page = html(client, url("portal:locality-detail", slug="alma"))
    assert 'data-bounds="30.47000,-9.62000,30.47000,-9.62000"' in page
    assert alma.name in page


def test_a_project_in_two_places_counts_half_its_money_in_each(client, commune, tamraght):
    project = project_in(tamraght)
    LocationFactory(project=project, locality=LocalityFactory(slug="asern"))
    record(project, "11", commune, 100_000)
    response = client.get(url("portal:locality-detail", slug="tamraght"))
    assert response.context["money"]["total"] == D("50000.00")


# News


def test_news_lists_public_updates_newest_first_with_pages(client, school):
    for day in range(1, 13):
        Update.objects.create(
            project=school,
            date=date(2026, 2, day),
            title_ar="خ",
            title_fr=f"Jour {day:02}",
            is_public=True,
        )
    first = html(client, url("portal:news", "fr"))
    assert re.findall(r"Jour (\d\d)", first) == [f"{d:02}" for d in range(12, 2, -1)]
    second = html(client, url("portal:news", "fr") + "?page=2")
    assert re.findall(r"Jour (\d\d)", second) == ["02", "01"]
    assert "Le car arrive" in second
    with translation.override("fr"):
        address = school.get_absolute_url()
    assert f'href="{address}"' in second


def test_news_photos_are_lazy_with_their_size_set(client, school, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    Update.objects.create(
        project=school,
        date=date(2026, 3, 1),
        title_ar="الحافلة",
        title_fr="Le car devant l'école",
        photo=SimpleUploadedFile("car.jpg", b"not read by the page", content_type="image/jpeg"),
        photo_caption="Le car devant l'école",
        is_public=True,
    )
    page = html(client, url("portal:news", "fr"))
    img = re.search(r"<img [^>]*>", page).group(0)
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'alt="Le car devant' in img


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_news_links_to_the_atom_feed_in_its_language(client, lang):
    page = html(client, url("portal:news", lang))
    feed = reverse("opendata:updates-feed", kwargs={"language": lang})
    assert '<link rel="alternate" type="application/atom+xml"' in page
    assert page.count(f'href="{feed}"') == 2  # in the head and in the page


# How cooperation works


def test_how_cooperation_works_names_the_kinds_that_need_the_visa_from_the_data(client):
    from taawun.agreements.models import AgreementKind

    page = html(client, url("portal:how", "en"))
    for kind in AgreementKind.objects.filter(needs_governor_visa=True):
        assert kind.name_en or kind.name_fr in page
    assert "<bdi>20</bdi> days" in page
    assert f'href="{url("portal:agreement-list", "en")}"' in page
    assert f'href="{url("open-data", "en")}"' in page


# The sitemap


def test_the_sitemap_lists_each_locality_in_every_language(client, tamraght):
    sitemap = client.get("/sitemap.xml").content.decode()
    for lang in ("ar", "fr", "en"):
        assert f"/{lang}/localities/tamraght/" in sitemap
        assert f"/{lang}/news/" in sitemap and f"/{lang}/how-cooperation-works/" in sitemap
    assert re.search(r'hreflang="fr" href="[^"]*/fr/localities/tamraght/"', sitemap)


# Query counts: the same few queries with few and many rows


def count_queries(client, path):
    client.get(path)  # the commune profile's cache, outside the count
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


def grow(locality, count):
    for n in range(count):
        project = project_in(locality, innovation=n % 2 == 0, integration=True)
        LocationFactory(project=project, locality=LocalityFactory())
        record(project, "11", PartnerFactory(), 1000 + n)
        Update.objects.create(
            project=project, date=date(2025, 4, 1), title_ar="خ", title_fr="N", is_public=True
        )
        Update.objects.create(
            project=project, date=date(2025, 4, 2), title_ar="خ", title_fr="I", is_public=False
        )
        project_in(locality, is_public=False)


@pytest.mark.parametrize(
    ("name", "budget"),
    [
        ("portal:home", 11),
        ("portal:locality-list", 3),
        ("portal:locality-detail", 10),
        ("portal:news", 2),
        ("portal:how", 1),
    ],
)
def test_residents_pages_run_the_same_few_queries_for_few_and_many_rows(
    client, commune, tamraght, name, budget
):
    path = page_url(name, tamraght)
    grow(tamraght, 2)
    few = count_queries(client, path)
    grow(tamraght, 25)
    many = count_queries(client, path)
    assert few == many <= budget, (few, many)
