"""Tables on a phone are cards, and charts are readable, over the demo's own content (issue 10
#10): at 360 px no page of a list scrolls sideways, in Arabic, public and workspace alike, and
the dashboard shows its figures as an open table rather than a shrunken SVG image.

Each page also goes through `Tab.check()` (axe, CSP, no other host, no sideways scrolling)."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from playwright.sync_api import expect

from .test_map import refuse_tiles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_LISTS = [
    "/ar/partners/",
    "/ar/agreements/",
    "/ar/projects/",
    "/ar/localities/",
    "/ar/news/",
    "/ar/report/2025/",
]
WORKSPACE_LISTS = [
    "/ar/manage/territory/",
    "/ar/manage/finance/rates/",
    "/ar/manage/agreements/",
    "/ar/manage/partners/",
]


@pytest.fixture
def demo(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)


def signed_in(tab, username):
    client = Client()
    from taawun.accounts.models import User

    client.force_login(User.objects.get(username=username))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    tab.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": tab.base_url}]
    )


def sideways(page):
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


@pytest.mark.usefixtures("demo")
def test_at_360_px_no_list_scrolls_sideways_rows_are_cards_and_charts_are_tables(phone_tab):
    tab, page = phone_tab, phone_tab.page
    refuse_tiles(tab)
    signed_in(tab, "admin")
    for path in PUBLIC_LISTS + WORKSPACE_LISTS:
        tab.goto(path)
        assert sideways(page) <= 0, f"{path} scrolls sideways by {sideways(page)} px"
        for table in page.locator("main table").all():
            if table.is_visible():
                display = table.evaluate("t => getComputedStyle(t).display")
                assert display == "block", f"{path}: a table not shown as cards on a phone"

    # the exchange rates: each rate a card whose cells name their column
    tab.goto("/ar/manage/finance/rates/")
    cell = page.locator("main table.stack-on-phone tbody tr").first.locator("td[data-label]")
    expect(cell.first).to_be_visible()
    region = page.locator("main .table-wrap[role=region]")
    expect(region).to_have_attribute("tabindex", "0")

    # the dashboard shows its figures as an open table, not the shrunken SVG (one demo load:
    # the flush after a transactional test empties the rows the migrations wrote)
    tab.goto("/ar/manage/")
    chart = page.locator("#chart-domains")
    expect(chart.locator("img")).to_be_hidden()
    expect(chart.locator("table")).to_be_visible()
    expect(chart.locator("table tbody tr").first).to_be_visible()
    assert sideways(page) <= 0
    tab.screenshot("ar-phone-dashboard-charts")

    # the annual report draws HTML bars, readable at this width
    tab.goto("/ar/report/2025/")
    expect(page.locator("table.chart-table").first).to_be_visible()
    assert sideways(page) <= 0
