"""The annual report's PDF is rendered once per data version, year and language, whoever asks
and however many ask at once (core.renders); WeasyPrint is replaced by a counting stand-in."""

from datetime import date

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from taawun.core import renders
from taawun.core.caching import data_version
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def url(language="fr", year=2025):
    with translation.override(language):
        return reverse("report:pdf", kwargs={"year": year})


@pytest.fixture
def weasyprint(monkeypatch, commune):
    ProjectFactory(planned_start=date(2025, 1, 1), planned_end=date(2026, 6, 30), owner=commune)
    calls = []

    def render(html, stylesheet, *, base_url):
        calls.append(base_url)
        return f"%PDF-fake {len(calls)}".encode()

    monkeypatch.setattr("taawun.reports.views.annual.render_pdf", render)
    return calls


def test_readers_of_one_version_year_and_language_share_one_render(client, weasyprint):
    responses = [client.get(url()) for _ in range(6)]
    assert len(weasyprint) == 1
    assert {r.content for r in responses} == {b"%PDF-fake 1"}
    assert "Server-Timing" in responses[0] and "Server-Timing" not in responses[1]
    client.get(url("ar"))
    client.get(url(year=2026))
    assert len(weasyprint) == 3
    PartnerFactory()  # any change to the public data makes a new version
    assert client.get(url()).content == b"%PDF-fake 4"


def test_a_reader_during_the_render_of_the_new_version_gets_the_previous_file(client, weasyprint):
    assert client.get(url()).content == b"%PDF-fake 1"
    PartnerFactory()
    # Another process is rendering the new version.
    cache.add(f"render:annual-report:2025:fr:v{data_version()}:lock", "other", 60)
    response = client.get(url())
    assert (response.status_code, response.content, len(weasyprint)) == (200, b"%PDF-fake 1", 1)
    assert response["Content-Type"] == "application/pdf"


def test_without_a_previous_file_a_reader_waits_a_bounded_time(client, weasyprint, monkeypatch):
    monkeypatch.setattr(renders, "WAIT_SECONDS", 0.3)
    cache.add(f"render:annual-report:2025:en:v{data_version()}:lock", "other", 60)
    response = client.get(url("en"))
    assert (response.status_code, response["Retry-After"], weasyprint) == (503, "10", [])
    assert "try again in a few seconds" in response.content.decode()


def test_a_year_without_a_report_is_still_not_found(client, weasyprint):
    assert client.get(url(year=1900)).status_code == 404
    assert weasyprint == []
