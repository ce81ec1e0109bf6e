"""The dashboard's charts in a real browser: drawn in colour, with no CSP violation.

On the session's Chromium (conftest's `chromium_browser`): a second Playwright started inside a
test clashed with it when this test ran after the journeys.
"""

import io

import pytest
from django.conf import settings
from django.test import Client
from PIL import Image

from taawun.reports.tests.test_dashboard import region, url, water  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BRAND = (11, 93, 91)  # charts.BRAND, the colour of the bars


@pytest.mark.usefixtures("water")
def test_in_a_browser_the_charts_draw_in_colour_with_no_csp_violation(
    chromium_browser, live_server, users
):
    """The page's policy (style-src 'self') would block pygal's <style> inlined in HTML; as an
    <img> the chart keeps its colours, and opened directly its own policy allows its style."""
    client = Client()
    client.force_login(users["council"])
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar-MA")
    try:
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
        )
        page = context.new_page()
        refused = []
        page.on(
            "console",
            lambda message: (
                refused.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )

        page.goto(f"{live_server.url}{url('reports:dashboard')}")
        images = page.locator("main img")
        for index in range(images.count()):
            images.nth(index).scroll_into_view_if_needed()
        page.wait_for_load_state("networkidle")
        assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
        shot = Image.open(io.BytesIO(page.locator("#chart-domains img").screenshot()))
        colours = shot.convert("RGB").getcolors(maxcolors=1 << 16)
        assert any(count > 100 and rgb == BRAND for count, rgb in colours)

        page.goto(f"{live_server.url}{url('reports:chart', name='domains')}")
        fill = page.evaluate("getComputedStyle(document.querySelector('.serie-1 rect')).fill")
        assert fill == "rgb({}, {}, {})".format(*BRAND)
        assert refused == []
    finally:
        context.close()
