"""The projects map in a real browser: Arabic, on a phone, with no tile server reachable.

Leaflet and the marker clusters come from the application's static files; the markers come from
the GeoJSON endpoint. Tiles come from OpenStreetMap at the reader's side: here they are refused,
as they would be offline, and the page must still show its markers and its list of places.
The tile server is the one other host the map page may ask, so only its requests are left out
of the "nothing from another host" rule; every other check of `Tab.check()` applies.
"""

import re
from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Indicator, IndicatorPeriod, Milestone, Participant
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.projects.tests.test_public import record
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

from .conftest import RESULTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

XSTATIC_FINDER = "taawun.core.staticfinders.XStaticFinder"
TILE_HOST = "tile.openstreetmap.org"


@pytest.fixture(autouse=True)
def xstatic_files(settings):
    """Serve Leaflet from its XStatic packages (a no-op once settings.py names the finder)."""
    if XSTATIC_FINDER not in settings.STATICFILES_FINDERS:
        settings.STATICFILES_FINDERS = [*settings.STATICFILES_FINDERS, XSTATIC_FINDER]


@pytest.fixture
def projects(db):
    """Five projects in Aourir centre (a cluster), one in Tamraght, one done in Imi Ouaddar."""
    water = DomainFactory(code="water", name_ar="الماء", name_fr="Eau")
    centre = LocalityFactory(
        name_ar="مركز أورير",
        name_fr="Aourir centre",
        latitude=Decimal("30.48300"),
        longitude=Decimal("-9.63300"),
    )
    tamraght = LocalityFactory(
        name_ar="تامراغت",
        name_fr="Tamraght",
        latitude=Decimal("30.51000"),
        longitude=Decimal("-9.68000"),
    )
    imi_ouaddar = LocalityFactory(
        name_ar="إيمي ودار",
        name_fr="Imi Ouaddar",
        latitude=Decimal("30.55000"),
        longitude=Decimal("-9.71000"),
    )
    made = []
    for n in range(5):
        project = ProjectFactory(title_ar=f"مشروع الماء {n}", title_fr=f"Eau {n}")
        project.domains.add(water)
        LocationFactory(project=project, locality=centre)
        made.append(project)
    school = ProjectFactory(title_ar="النقل المدرسي", title_fr="Transport scolaire")
    LocationFactory(project=school, locality=tamraght)
    done = ProjectFactory(
        title_ar="الإنارة العمومية", title_fr="Éclairage public", status="4", progress=100
    )
    LocationFactory(project=done, locality=imi_ouaddar)
    funder = PartnerFactory(name_ar="جهة سوس ماسة", name_fr="Région Souss-Massa")
    Participant.objects.create(project=done, partner=funder, role="1")
    record(done, "11", funder, 600_000)
    record(done, "3", funder, 450_000)
    Milestone.objects.create(
        project=done,
        title_ar="تركيب المصابيح",
        title_fr="Pose",
        planned_date=date(2025, 6, 1),
        status="done",
        progress=100,
    )
    indicator = Indicator.objects.create(
        project=done,
        name_ar="مصابيح مركبة",
        name_fr="Lampadaires posés",
        result_type="1",
        measure="1",
    )
    IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        target=Decimal("120"),
        actual=Decimal("96"),
    )
    hidden = ProjectFactory(title_ar="مشروع داخلي", title_fr="Projet interne", is_public=False)
    LocationFactory(project=hidden, locality=tamraght)
    return {"water": made, "school": school, "done": done, "hidden": hidden}


def refuse_tiles(tab):
    """Tiles fail as offline; their requests are recorded apart from the other foreign ones."""
    tiles = []
    page = tab.page
    page.route(f"https://{TILE_HOST}/**", lambda route: route.abort())
    page.remove_listener("request", tab._on_request)

    def on_request(request):
        if urlsplit(request.url).netloc == TILE_HOST:
            tiles.append(request.url)
        else:
            tab._on_request(request)

    page.on("request", on_request)
    return tiles


def screenshot(tab, name):
    """Tab.screenshot(), keeping the caret as it is: Playwright hides it by writing style=""
    on the inputs, which htmx would then keep in its history copy and the CSP refuse on "back".
    """
    RESULTS.mkdir(exist_ok=True)
    tab.page.screenshot(path=RESULTS / f"{name}.png", full_page=True, caret="initial")


def wait_for_popup(page):
    """Leaflet fades popups in: axe must read the text once it is fully drawn."""
    page.wait_for_function(
        "() => { const p = document.querySelector('.leaflet-popup');"
        " return p && getComputedStyle(p).opacity === '1'; }"
    )


def test_the_arabic_project_map_on_a_phone_shows_markers_and_the_list_without_tiles(
    phone_tab, projects
):
    tab, page = phone_tab, phone_tab.page
    tiles = refuse_tiles(tab)
    response = page.goto(tab.url("/ar/projects/"))
    assert response.ok

    map_element = page.locator("#project-map")
    expect(map_element).to_have_attribute("dir", "ltr")
    expect(map_element).to_be_visible()
    markers = page.locator("#project-map .leaflet-marker-icon")
    expect(markers.first).to_be_visible()
    # five projects at one place gather in a cluster; the two others stand alone
    expect(page.locator("#project-map .marker-cluster")).to_have_count(1)
    expect(page.locator("#project-map .marker-cluster")).to_contain_text("5")
    tab.check()
    assert tiles, "the map never asked for tiles: is the tile server allowed by the page's CSP?"

    # the list of places is there whatever the map does, and never names a hidden project
    places = page.locator("#places")
    expect(places).to_contain_text("مركز أورير")
    expect(places).to_contain_text("النقل المدرسي")
    expect(page.locator("body")).not_to_contain_text("مشروع داخلي")
    screenshot(tab, "ar-phone-project-map")

    # a marker's popup leads to the project's page
    page.locator("#project-map .leaflet-marker-icon[title='النقل المدرسي']").click()
    wait_for_popup(page)
    link = page.locator(".leaflet-popup-content a")
    expect(link).to_have_text("النقل المدرسي")
    expect(link).to_have_attribute("href", projects["school"].get_absolute_url())
    tab.check()

    # choosing a status re-fetches the markers (and the list, through htmx)
    page.locator("details.more-filters summary").click()
    page.locator("select[name=status]").select_option("4")
    expect(page.locator("#project-map .marker-cluster")).to_have_count(0)
    expect(page.locator("#project-map .leaflet-marker-icon")).to_have_count(1)
    expect(page.locator("#project-map .leaflet-marker-icon")).to_have_attribute(
        "title", "الإنارة العمومية"
    )
    expect(places).not_to_contain_text("النقل المدرسي")
    tab.check()
    screenshot(tab, "ar-phone-project-map-filtered")

    # "back" restores the unfiltered page from htmx's history, with a live map again
    page.go_back()
    expect(page.locator("select[name=status]")).to_have_value("")
    expect(page.locator("#project-map .marker-cluster")).to_have_count(1)
    expect(page.locator("#project-map .leaflet-marker-icon")).to_have_count(3)
    tab.check()

    # and a popup opens the project's page: money by partner, bars, results
    page.locator("#project-map .leaflet-marker-icon[title='الإنارة العمومية']").click()
    page.locator(".leaflet-popup-content a").click()
    expect(page.locator("h1")).to_have_text("الإنارة العمومية")
    expect(page.locator("table.money-by-partner")).to_contain_text("جهة سوس ماسة")
    expect(page.locator("meter")).to_have_count(1)
    tab.check()
    screenshot(tab, "ar-phone-project-detail")


def test_on_a_french_desktop_the_list_of_places_stands_beside_the_map(desktop_tab, projects):
    tab, page = desktop_tab, desktop_tab.page
    refuse_tiles(tab)
    page.goto(tab.url("/fr/projects/"))
    expect(page.locator("#project-map .marker-cluster")).to_have_count(1)
    tab.check()
    map_box = page.locator("#project-map").bounding_box()
    places_box = page.locator("#places").bounding_box()
    assert places_box["x"] >= map_box["x"] + map_box["width"], "the places are not beside the map"
    expect(page.locator("#places")).to_contain_text("Transport scolaire")
    screenshot(tab, "fr-desktop-project-map")


def test_with_thousands_of_partners_a_resident_finds_one_by_typing_its_name(
    phone_tab, projects, monkeypatch
):
    """Past a few hundred partners the filter lists none: typing part of a name fills the
    select with the matches, and choosing one filters the list (in Arabic, on a phone)."""
    from taawun.core import widgets

    monkeypatch.setattr(widgets, "LISTED_CHOICES", 0)
    tab, page = phone_tab, phone_tab.page
    refuse_tiles(tab)
    page.goto(tab.url("/ar/projects/"))
    page.locator(".more-filters summary").click()
    select = page.locator("#id_partner")
    expect(select.locator("option")).to_have_count(1)
    page.locator("#id_partner-search").fill("سوس")
    expect(select.locator("option")).to_have_count(2)
    tab.check()
    select.select_option(label="جهة سوس ماسة")
    expect(page.locator("#results")).to_contain_text("الإنارة العمومية")
    expect(page.locator("#results")).not_to_contain_text("النقل المدرسي")
    from urllib.parse import parse_qs

    query = parse_qs(urlsplit(page.url).query)
    assert query["partner"] and "q" not in query  # the typed name stays out of the filter
    tab.check()
    screenshot(tab, "ar-phone-partner-search")


def test_when_the_tile_server_is_unreachable_the_commune_outline_and_places_are_drawn(
    phone_tab, projects, settings
):
    """MAP_TILES_URL at a local port nobody listens on: every tile fails, and the map still
    draws the commune's outline (the hull of its localities here) and its named localities,
    and its status line says the background is unavailable."""
    settings.MAP_TILES_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    tab, page = phone_tab, phone_tab.page
    page.remove_listener("request", tab._on_request)
    tiles = []

    def on_request(request):
        if urlsplit(request.url).netloc == "127.0.0.1:9":
            tiles.append(request.url)
        else:
            tab._on_request(request)

    page.on("request", on_request)
    page.goto(tab.url("/ar/projects/"))

    outline = page.locator("#project-map path.commune-outline")
    expect(outline).to_have_count(1)
    assert outline.get_attribute("d").count("L") >= 2  # a polygon, not a dot
    labels = page.locator("#project-map .locality-label")
    expect(labels).to_have_count(3)
    for name in ("مركز أورير", "تامراغت", "إيمي ودار"):
        expect(labels.filter(has_text=name)).to_have_count(1)
    expect(page.locator("#project-map")).to_have_class(re.compile(r"\bmap-tiles-unavailable\b"))
    status = page.locator("#map-message")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_text(
        page.locator("#project-map").get_attribute("data-tiles-failed") or "missing"
    )
    assert tiles, "the map never asked the configured tile server"
    # a plain credit: no Leaflet prefix, and no OpenStreetMap credit for another server's tiles
    expect(page.locator(".leaflet-control-attribution")).not_to_contain_text("Leaflet")
    expect(page.locator(".leaflet-control-attribution")).not_to_contain_text("OpenStreetMap")
    # the markers are still drawn over the outline
    expect(page.locator("#project-map .marker-cluster")).to_have_count(1)
    tab.check()
    screenshot(tab, "ar-phone-project-map-no-tiles")


def test_at_a_country_zoom_the_server_counts_the_places_and_a_count_leads_to_them(
    phone_tab, projects, monkeypatch
):
    """As at national scale: the map asks with its box and zoom and draws the server's count
    markers, named in the page's language; choosing one zooms in until the places are drawn."""
    from taawun.core import geo

    monkeypatch.setattr(geo, "FEW_PLACES", 0)  # the seven places count as many
    tab, page = phone_tab, phone_tab.page
    refuse_tiles(tab)
    asked = []
    page.on("request", lambda request: "geojson" in request.url and asked.append(request.url))
    page.goto(tab.url("/fr/projects/"))
    counted = page.locator("#project-map .map-server-cluster")
    expect(counted.first).to_be_visible()
    expect(
        page.locator("#project-map .leaflet-marker-icon[title='Transport scolaire']")
    ).to_have_count(0)
    label = page.locator("#project-map").get_attribute("data-cluster-label")
    assert "{count}" in label
    titles = [counted.nth(n).get_attribute("title") for n in range(counted.count())]
    assert all(title.startswith(label.split("{count}")[0]) for title in titles), titles
    assert any("zoom=" in url and "bbox=" in url for url in asked), asked
    tab.check()
    screenshot(tab, "fr-phone-project-map-server-clusters")

    # chosen again and again, the counts give way to the places themselves
    for _ in range(geo.POINTS_FROM_ZOOM):
        if not counted.count():
            break
        counted.first.click()
        page.wait_for_timeout(400)
    expect(counted).to_have_count(0)
    expect(page.locator("#project-map .leaflet-marker-icon").first).to_be_visible()
    tab.check()


def test_with_openstreetmap_tiles_the_credit_names_its_contributors(desktop_tab, projects):
    tab, page = desktop_tab, desktop_tab.page
    refuse_tiles(tab)
    page.goto(tab.url("/fr/projects/"))
    credit = page.locator(".leaflet-control-attribution a")
    expect(credit).to_have_attribute("href", "https://www.openstreetmap.org/copyright")
    expect(page.locator(".leaflet-control-attribution")).not_to_contain_text("Leaflet")
    expect(page.locator("#project-map path.commune-outline")).to_have_count(1)
    tab.check()


def test_a_commune_with_no_locality_yet_opens_the_map_without_an_error(
    phone_tab, commune, settings
):
    """A fresh installation: no locality, no project. The map has nothing of the commune's own
    to draw and fits the world instead; no JavaScript error (tab.check() fails on one)."""
    settings.MAP_TILES_URL = ""  # no tile server: the test stays on this machine
    tab, page = phone_tab, phone_tab.page
    page.goto(tab.url("/ar/projects/"))
    expect(page.locator("#project-map.leaflet-container")).to_have_count(1)
    tab.check()


@pytest.fixture
def priorities(db, users):
    """Three published priorities drawn at Aourir centre (a cluster), one placed by its author
    near Tamraght; one awaiting moderation and one hidden, never on the map."""
    from taawun.participation import services
    from taawun.participation.tests.factories import PriorityFactory, published

    officer = users["officer"]
    centre = LocalityFactory(
        name_ar="مركز أورير",
        name_fr="Aourir centre",
        latitude=Decimal("30.48300"),
        longitude=Decimal("-9.63300"),
    )
    tamraght = LocalityFactory(
        name_ar="تامراغت",
        name_fr="Tamraght",
        latitude=Decimal("30.51000"),
        longitude=Decimal("-9.68000"),
    )
    for n in range(3):
        published(PriorityFactory(title=f"ساقية الدوار {n}", locality=centre), officer)
    placed = published(
        PriorityFactory(
            title="إنارة الكورنيش",
            language="ar",
            locality=tamraght,
            latitude=Decimal("30.51500"),
            longitude=Decimal("-9.68500"),
        ),
        officer,
    )
    PriorityFactory(title="أولوية في انتظار الإشراف", locality=tamraght)
    services.priority_moderate(
        priority=published(PriorityFactory(title="أولوية محجوبة", locality=tamraght), officer),
        publish=False,
        reason="معطيات شخصية",
        by=officer,
    )
    return {"placed": placed, "tamraght": tamraght}


def test_the_arabic_priorities_map_on_a_phone_draws_the_published_ones_and_follows_the_filters(
    phone_tab, commune, priorities
):
    tab, page = phone_tab, phone_tab.page
    refuse_tiles(tab)
    assert page.goto(tab.url("/ar/priorities/")).ok

    map_element = page.locator("#priority-map")
    expect(map_element).to_have_attribute("dir", "ltr")
    expect(map_element).to_be_visible()
    # three at their locality's centre gather in a cluster; the placed one stands alone
    expect(page.locator("#priority-map .marker-cluster")).to_have_count(1)
    expect(page.locator("#priority-map .marker-cluster")).to_contain_text("3")
    expect(page.locator("#priority-map .leaflet-marker-icon")).to_have_count(2)
    expect(page.locator("body")).not_to_contain_text("أولوية محجوبة")
    tab.check()
    screenshot(tab, "ar-phone-priority-map")

    # a marker's popup gives the answer's state and the place, and leads to the priority
    page.locator("#priority-map .leaflet-marker-icon[title='إنارة الكورنيش']").click()
    wait_for_popup(page)
    expect(page.locator(".leaflet-popup-content")).to_contain_text("تامراغت")
    link = page.locator(".leaflet-popup-content a")
    expect(link).to_have_attribute("href", priorities["placed"].get_absolute_url())
    tab.check()

    # choosing a locality re-fetches the markers (and the cards, through htmx)
    page.locator("details.more-filters summary").click()
    page.locator("select[name=locality]").select_option(str(priorities["tamraght"].pk))
    expect(page.locator("#priority-map .marker-cluster")).to_have_count(0)
    expect(page.locator("#priority-map .leaflet-marker-icon")).to_have_count(1)
    expect(page.locator("#results")).not_to_contain_text("ساقية الدوار")
    tab.check()
