"""The annual report's PDFs are built by the worker and sent from storage (core.published):
this year's and last year's in every language after each change, another year's when someone
asks for it; the request renders nothing. WeasyPrint is replaced by a counting stand-in."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from taawun.core import published
from taawun.core.models import BuiltFile
from taawun.core.published import queue_build as QUEUE_BUILD
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_queue(monkeypatch):
    """Undo the suite's "build at once" (conftest): the worker is what is tested here."""
    monkeypatch.setattr(published, "queue_build", QUEUE_BUILD)


@pytest.fixture
def weasyprint(monkeypatch, settings, commune):
    settings.SITE_URL = "https://cooperation.example.ma"
    ProjectFactory(planned_start=date(2025, 1, 1), planned_end=date(2026, 6, 30), owner=commune)
    calls = []

    class Pdf(bytes):
        pages = 3

    def render(html, stylesheet, *, base_url):
        calls.append((translation.get_language(), base_url))
        return Pdf(b"%PDF-fake " + str(len(calls)).encode())

    monkeypatch.setattr("taawun.reports.views.annual.render_pdf", render)
    return calls


def url(name, year, language="fr"):
    with translation.override(language):
        return reverse(name, kwargs={"year": year} if year else {})


def run_queued():
    """What the worker does (`manage.py db_worker`), deferred tasks included."""
    for result in DBTaskResult.objects.order_by("enqueued_at"):
        result.task.call(*result.task_result.args, **result.task_result.kwargs)
        result.delete()


def test_a_year_never_built_is_503_then_the_worker_builds_it(client, weasyprint):
    response = client.get(url("report:pdf", 2025))
    assert response.status_code == 503 and response["Retry-After"]
    assert weasyprint == []  # the request rendered nothing
    run_queued()
    response = client.get(url("report:pdf", 2025))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == b"%PDF-fake 1"
    assert response["Content-Disposition"] == 'inline; filename="annual-report-2025-fr.pdf"'
    assert weasyprint == [("fr", "https://cooperation.example.ma/")]  # links to SITE_URL


def test_the_link_says_the_pages_and_size_once_built(client, weasyprint):
    page = client.get(url("report:index", None, "en")).content.decode()
    assert "PDF, 3 pages" not in page
    run_queued()  # nothing asked yet
    client.get(url("report:pdf", 2025, "en"))
    run_queued()
    page = client.get(url("report:index", None, "en")).content.decode()
    assert "PDF, 3 pages, 1 KB" in page


def test_after_a_change_the_worker_builds_this_and_last_years_in_every_language(
    client, weasyprint, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PartnerFactory(is_public=True)
    assert weasyprint == []
    run_queued()
    year = timezone.localdate().year
    expected = {f"{y}-{code}" for y in (year, year - 1) for code in ("ar", "fr", "en")}
    built = set(BuiltFile.objects.filter(kind="annual-report").values_list("key", flat=True))
    assert built == expected and len(weasyprint) == 6
    # The reader's click finds the file: nothing more is rendered.
    client.get(url("report:pdf", year - 1))
    assert len(weasyprint) == len(built)


def test_a_year_without_a_report_is_still_not_found(client, weasyprint):
    next_year = timezone.localdate().year + 1
    assert client.get(url("report:pdf", next_year)).status_code == 404
    assert client.get(url("report:pdf", 1989)).status_code == 404
    assert not DBTaskResult.objects.exists()
