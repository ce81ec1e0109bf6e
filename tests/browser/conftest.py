"""Browser journeys: Debian's Chromium driven by Playwright against pytest-django's live server.

Every page a journey visits goes through `Tab.check()`: axe-core must find no serious or critical
violation, the browser console must show no Content Security Policy violation, nothing may be
loaded from another host (no CDN), and the page must not scroll sideways. A navigation the journey
forgot to check fails the test at teardown, so "every page is checked" is enforced, not hoped for.

Fixture names avoid pytest-playwright's (`browser`, `context`, `page`): that plugin is installed but
cannot download its own browser here, so we launch Debian's Chromium ourselves.
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
RESULTS = Path(__file__).resolve().parents[2] / "test-results"  # git-ignored
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
BLOCKING_IMPACTS = {"serious", "critical"}
CSP_MESSAGE = re.compile(r"Content Security Policy|Refused to", re.IGNORECASE)

AXE = Axe()  # reads the bundled axe-core script once


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so teardown knows whether the test passed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def _migration_rows_back(request):
    """A journey runs on a transactional database that the one before it emptied: the rows the
    migrations wrote come back first, before the journey's own fixtures load anything."""
    if request.node.get_closest_marker("django_db") is not None:
        request.getfixturevalue("transactional_db")
        from conftest import restore_migration_rows

        restore_migration_rows()


@pytest.fixture(scope="session")
def chromium_browser():
    if not CHROMIUM.exists():
        reason = (
            f"browser journeys need Debian's Chromium at {CHROMIUM} "
            "(apt-get install chromium); not found"
        )
        if os.environ.get("TAAWUN_REQUIRE_BROWSER"):
            pytest.fail(f"TAAWUN_REQUIRE_BROWSER is set but {reason}", pytrace=False)
        pytest.skip(reason)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


class Tab:
    """One browser tab on the live server, with the checks every visited page must pass."""

    def __init__(self, context, base_url, label):
        self.context = context
        self.page = context.new_page()
        self.base_url = base_url
        self.label = label
        self.host = urlsplit(base_url).netloc
        self.csp_messages = []
        self.page_errors = []
        self.foreign_requests = []
        self.unchecked_url = None
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.page.on("request", self._on_request)
        self.page.on("framenavigated", self._on_navigation)

    def _on_console(self, message):
        if CSP_MESSAGE.search(message.text):
            self.csp_messages.append(f"{self.page.url}: {message.text}")

    def _on_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != self.host:
            self.foreign_requests.append(request.url)

    def _on_navigation(self, frame):
        if frame == self.page.main_frame:
            self.unchecked_url = frame.url

    def url(self, path):
        return f"{self.base_url}{path}"

    def goto(self, path):
        """Open a path of the live server and check the page."""
        response = self.page.goto(self.url(path))
        assert response is not None and response.ok, f"GET {path}: {response and response.status}"
        self.check()
        return response

    def check(self):
        """Fail with a readable list if the current page breaks one of the site-wide rules."""
        self.page.wait_for_load_state("load")
        problems = self._axe_problems() + self._browser_problems() + self._layout_problems()
        if problems:
            self.screenshot(f"failed-{self.label}")
            pytest.fail(f"{self.page.url}\n" + "\n".join(problems), pytrace=False)
        self.unchecked_url = None

    def _axe_problems(self):
        violations = AXE.run(self.page).response["violations"]
        problems = []
        for violation in violations:
            if violation["impact"] not in BLOCKING_IMPACTS:
                continue
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            more = len(violation["nodes"]) - len(targets)
            problems.append(
                f"axe {violation['id']} ({violation['impact']}): {violation['help']} — "
                + "; ".join(targets)
                + (f" (+{more} more)" if more > 0 else "")
            )
        return problems

    def _browser_problems(self):
        problems = [f"CSP violation: {message}" for message in self.csp_messages]
        problems += [f"request to another host (CDN?): {url}" for url in self.foreign_requests]
        problems += [f"JavaScript error: {error}" for error in self.page_errors]
        self.csp_messages, self.foreign_requests, self.page_errors = [], [], []
        return problems

    def _layout_problems(self):
        overflow = self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            width = self.page.viewport_size["width"]
            return [f"the page scrolls sideways by {overflow}px at {width}px wide"]
        return []

    def screenshot(self, name):
        RESULTS.mkdir(exist_ok=True)
        self.page.screenshot(path=RESULTS / f"{name}.png", full_page=True)


@pytest.fixture
def open_tab(chromium_browser, live_server, request):
    """open_tab(viewport=PHONE, locale="ar-MA") -> a Tab in a fresh browser context."""
    tabs = []

    def open_(*, viewport, locale, label):
        context = chromium_browser.new_context(viewport=viewport, locale=locale)
        context.set_default_timeout(10_000)
        tab = Tab(context, live_server.url, label)
        tabs.append(tab)
        return tab

    yield open_

    unchecked = [tab.unchecked_url for tab in tabs if tab.unchecked_url]
    for tab in tabs:
        tab.context.close()
    call = getattr(request.node, "report_call", None)
    if call is not None and call.passed and unchecked:
        pytest.fail(f"pages visited but never checked: {', '.join(unchecked)}", pytrace=False)


@pytest.fixture
def phone_tab(open_tab):
    """A phone reading in Arabic: 360×740."""
    return open_tab(viewport=PHONE, locale="ar-MA", label="ar-phone")


@pytest.fixture
def desktop_tab(open_tab):
    """A desktop reading in French: 1280×800."""
    return open_tab(viewport=DESKTOP, locale="fr-FR", label="fr-desktop")
