"""The public-service shell in a browser (issue 10 #10): in Arabic at 360 px the menu button
opens the navigation and every section of the public site is reached from it; the home and the
design page pass axe (no serious or critical violation) through `Tab.check()`.

Written against ids, roles, aria attributes and hrefs, not the text of new strings."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from playwright.sync_api import expect

from .test_map import refuse_tiles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECTIONS = [
    "/ar/",
    "/ar/partners/",
    "/ar/agreements/",
    "/ar/projects/",
    "/ar/localities/",
    "/ar/news/",
    "/ar/how-cooperation-works/",
    "/ar/open-data/",
]
NOTICES = ["/ar/accessibility/", "/ar/legal-notice/", "/ar/personal-data/"]


@pytest.fixture
def aourir(db, restores_migration_rows):
    """The demo: Aourir's profile (its Tifinagh name ⴰⵡⵔⵉⵔ, its contact) and its records."""
    call_command("load_demo", verbosity=0)


def open_menu(page):
    button = page.locator(".site-header .menu-button")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#site-nav")).to_be_hidden()
    box = button.bounding_box()
    assert box["height"] >= 48 and box["width"] >= 48, box
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#site-nav")).to_be_visible()


@pytest.mark.usefixtures("aourir")
def test_in_arabic_at_360_px_the_menu_reaches_every_section_and_the_design_page(phone_tab):
    tab, page = phone_tab, phone_tab.page
    refuse_tiles(tab)
    tab.goto("/ar/")
    expect(page.locator('.identity .commune-names [lang="zgh"]')).to_have_text("ⴰⵡⵔⵉⵔ")
    font = page.locator('.identity .commune-names [lang="zgh"]').evaluate(
        "element => getComputedStyle(element).fontFamily"
    )
    assert "Taawun Tifinagh" in font
    for path in SECTIONS:
        tab.goto("/ar/")
        open_menu(page)
        link = page.locator(f'#site-nav a[href="{path}"]')
        assert link.bounding_box()["height"] >= 48
        link.click()
        page.wait_for_url(f"**{path}")
        tab.check()
    # Escape closes the open menu and gives the focus back to its button.
    open_menu(page)
    page.keyboard.press("Escape")
    expect(page.locator(".site-header .menu-button")).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".site-header .menu-button")).to_be_focused()
    for path in NOTICES:
        page.locator(f'.site-footer a[href="{path}"]').click()
        page.wait_for_url(f"**{path}")
        tab.check()
    # The design page, signed in as the officer: axe passes there too, and its menu works.
    from taawun.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="officer"))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    tab.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": tab.base_url}]
    )
    tab.goto("/ar/manage/design/")
    expect(page.locator("#design-ar")).to_be_visible()
    expect(page.locator("#design-fr")).to_be_visible()
    open_menu(page)


def test_without_javascript_the_navigation_is_open_and_the_button_absent(open_tab):
    tab = open_tab(viewport={"width": 360, "height": 740}, locale="ar-MA", label="no-js")
    tab.page.route("**/core/menu.js", lambda route: route.abort())
    tab.goto("/ar/")
    expect(tab.page.locator("#site-nav")).to_be_visible()
    expect(tab.page.locator(".site-header .menu-button")).to_be_hidden()
