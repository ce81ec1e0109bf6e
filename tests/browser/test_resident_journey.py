"""A resident of Aourir on a phone, in Arabic, with no account: from the home page to their
neighbourhood, to one of its projects, then to the open data, down to a CSV file.

Every page goes through `Tab.check()` (axe, CSP, no other host, no sideways scrolling). The tile
server is refused, as offline, and left out of the "no other host" rule as in test_map.py. The
home page's weight is measured on the way: what the page loads before the reader reaches the
map, and with the map (Leaflet is loaded only when its section comes near the screen).
"""

import csv
import importlib
import io
import json
from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

import brotli
import pytest
from django.apps import apps
from playwright.sync_api import expect

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.exports import project_table
from taawun.projects.models import Project, Update
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.projects.tests.test_public import record
from taawun.territory.tests.factories import LocalityFactory

from .conftest import RESULTS
from .test_map import refuse_tiles, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HIDDEN = "مشروع سري للميناء"
INTERNAL = "ملاحظة داخلية عن الورش"
# What the home page may weigh on the wire, in bytes: HTML, CSS, JavaScript and fonts.
BUDGET_BEFORE_MAP = 150_000
BUDGET_WITH_MAP = 200_000
WEIGHED = {"document", "stylesheet", "script", "font"}


@pytest.fixture
def aourir(db, commune):
    """The commune, two localities, three public projects (two in Tamraght) and a hidden one."""
    # A transactional test empties every table, data migrations included: the kinds of
    # agreement come back as their migration makes them (see test_agreement_journey.py).
    migration = importlib.import_module("taawun.agreements.migrations.0002_default_kinds")
    migration.create_kinds(apps, None)
    region = PartnerFactory(name_fr="Région Souss-Massa", name_ar="جهة سوس ماسة", kind="region")
    tamraght = LocalityFactory(
        slug="tamraght",
        name_ar="تامراغت",
        name_fr="Tamraght",
        kind="centre",
        population=9800,
        population_year=2024,
        latitude=Decimal("30.51000"),
        longitude=Decimal("-9.68000"),
    )
    centre = LocalityFactory(
        slug="aourir-centre",
        name_ar="أورير المركز",
        name_fr="Aourir centre",
        kind="centre",
        population=12400,
        latitude=Decimal("30.48300"),
        longitude=Decimal("-9.63300"),
    )
    school = ProjectFactory(
        code="PRJ-2026-01",
        title_ar="النقل المدرسي بتامراغت",
        title_fr="Transport scolaire de Tamraght",
        budget=Decimal("600000"),
        innovation=True,
        integration=True,
    )
    LocationFactory(project=school, locality=tamraght)
    record(school, "11", commune, 200_000)
    record(school, "11", region, 300_000)
    stadium = ProjectFactory(
        code="PRJ-2026-02", title_ar="الملعب الكبير لتامراغت", title_fr="Grand stade de Tamraght"
    )
    LocationFactory(project=stadium, locality=tamraght)
    square = ProjectFactory(
        code="PRJ-2026-03", title_ar="التأهيل الحضري لمركز أورير", title_fr="Mise à niveau"
    )
    LocationFactory(project=square, locality=centre)
    hidden = ProjectFactory(code="HID-01", title_ar=HIDDEN, title_fr=HIDDEN, is_public=False)
    LocationFactory(project=hidden, locality=tamraght)
    Update.objects.create(
        project=school,
        date=date(2026, 1, 10),
        title_ar="وصول الحافلة الأولى",
        title_fr="Car",
        is_public=True,
    )
    Update.objects.create(
        project=school,
        date=date(2026, 1, 11),
        title_ar=INTERNAL,
        title_fr="Note",
        is_public=False,
    )
    Update.objects.create(
        project=hidden, date=date(2026, 1, 12), title_ar=HIDDEN, title_fr="X", is_public=True
    )
    Update.objects.create(
        project=stadium,
        date=date(2025, 12, 1),
        title_ar="انطلاق الدراسات",
        title_fr="Études",
        is_public=True,
    )
    AgreementFactory(stage=Stage.IN_FORCE, title_ar="اتفاقية النقل المدرسي")
    return {"tamraght": tamraght, "school": school}


def weigh(tab):
    """Record every response's body by resource type; returns the list being filled."""
    loaded = []

    def on_response(response):
        if response.request.resource_type not in WEIGHED or response.status != 200:
            return
        try:
            body = response.body()
        except Exception:  # a response the page dropped (navigation): nothing was kept
            return
        loaded.append((response.request.resource_type, urlsplit(response.url).path, body))

    tab.page.on("response", on_response)
    return loaded


def on_the_wire(path, body):
    """Bytes as production sends them: static files pre-compressed by WhiteNoise (Brotli, but
    fonts are already compressed), HTML as the application returns it (no compression)."""
    if path.startswith("/static/") and not path.endswith(".woff2"):
        return min(len(body), len(brotli.compress(body)))
    return len(body)


def totals(loaded):
    return {
        "raw": sum(len(body) for _kind, _path, body in loaded),
        "wire": sum(on_the_wire(path, body) for _kind, path, body in loaded),
        "files": {path: [len(body), on_the_wire(path, body)] for _kind, path, body in loaded},
    }


def test_a_resident_goes_from_the_home_page_to_their_neighbourhood_and_the_open_data(
    phone_tab, aourir
):
    tab, page = phone_tab, phone_tab.page
    tiles = refuse_tiles(tab)
    loaded = weigh(tab)

    # Home: what the cooperation is, its figures; the map is not loaded before it is near.
    tab.goto("/ar/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_contain_text("أورير")
    expect(page.locator(".home-counts")).to_contain_text("3")  # public projects
    expect(page.locator("main")).not_to_contain_text(HIDDEN)
    expect(page.locator("main")).not_to_contain_text(INTERNAL)
    page.wait_for_load_state("networkidle")
    before_map = totals(loaded)
    assert not any("leaflet" in path for path in before_map["files"]), "Leaflet loaded too early"
    screenshot(tab, "ar-phone-home")

    page.locator("#map-heading").scroll_into_view_if_needed()
    expect(page.locator("#project-map .leaflet-marker-icon").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    with_map = totals(loaded)
    tab.check()
    assert tiles, "the home map never asked for tiles: is the tile server allowed by its CSP?"
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(tab, "ar-phone-home-with-map")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "home-weight.json").write_text(
        json.dumps({"before_map": before_map, "with_map": with_map}, indent=2)
    )
    assert before_map["wire"] < BUDGET_BEFORE_MAP, before_map
    assert with_map["wire"] < BUDGET_WITH_MAP, with_map

    # My neighbourhood: the list of localities, then Tamraght.
    page.locator(".hero a[href='/ar/localities/']").click()
    expect(page).to_have_url(tab.url("/ar/localities/"))
    tab.check()
    screenshot(tab, "ar-phone-localities")

    page.locator("main table a", has_text="تامراغت").click()
    expect(page).to_have_url(tab.url("/ar/localities/tamraght/"))
    expect(page.locator("h1")).to_have_text("تامراغت")
    expect(page.locator("#project-map .leaflet-marker-icon").first).to_be_visible()
    main = page.locator("main")
    expect(main).to_contain_text("النقل المدرسي بتامراغت")
    expect(main).to_contain_text("وصول الحافلة الأولى")
    expect(main).not_to_contain_text("التأهيل الحضري لمركز أورير")  # another locality's
    expect(main).not_to_contain_text(HIDDEN)
    expect(main).not_to_contain_text(INTERNAL)
    tab.check()
    screenshot(tab, "ar-phone-locality")

    # One of its projects.
    page.locator(".partner-cards a", has_text="النقل المدرسي بتامراغت").click()
    expect(page).to_have_url(tab.url(aourir["school"].get_absolute_url()))
    expect(page.locator("h1")).to_have_text("النقل المدرسي بتامراغت")
    tab.check()
    screenshot(tab, "ar-phone-locality-project")

    # The open data, from the main navigation, and a CSV file.
    nav_click(page, "/ar/open-data/")
    expect(page).to_have_url(tab.url("/ar/open-data/"))
    tab.check()
    screenshot(tab, "ar-phone-open-data")
    with page.expect_download() as download_info:
        page.locator("main a[href='/open-data/projects.csv']").click()
    download = download_info.value
    assert download.suggested_filename == "taawun-projects.csv"
    with open(download.path(), encoding="utf-8-sig") as handle:
        content = handle.read()
    header, _rows = project_table(Project.public_objects.all())
    first_line = content.splitlines()[0]
    assert next(csv.reader(io.StringIO(first_line))) == list(header)
    assert "PRJ-2026-01" in content and "HID-01" not in content


def test_a_resident_reads_the_news_and_how_cooperation_works(phone_tab, aourir):
    tab, page = phone_tab, phone_tab.page

    tab.goto("/ar/news/")
    expect(page.locator("h1")).to_be_visible()
    articles = page.locator("article.news-item")
    expect(articles).to_have_count(2)
    expect(articles.first).to_contain_text("وصول الحافلة الأولى")  # newest first
    expect(page.locator("main")).not_to_contain_text(HIDDEN)
    expect(page.locator("main")).not_to_contain_text(INTERNAL)
    expect(page.locator("head link[type='application/atom+xml']")).to_have_attribute(
        "href", "/open-data/updates-ar.atom"
    )
    screenshot(tab, "ar-phone-news")

    nav_click(page, "/ar/how-cooperation-works/")
    expect(page).to_have_url(tab.url("/ar/how-cooperation-works/"))
    expect(page.locator("ol.lifecycle > li")).to_have_count(7)
    tab.check()
    screenshot(tab, "ar-phone-how")


def nav_click(page, href):
    """Follow a link of the main navigation; on a phone it opens from the menu button first."""
    menu = page.locator("button.menu-button")
    if menu.is_visible() and menu.get_attribute("aria-expanded") != "true":
        menu.click()
    page.locator(f"nav.main-nav a[href='{href}']").click()
