"""The annual report's PDFs rendered ahead after a change of the public data (reports.tasks):
queued once for a burst of changes when the change commits, never rendered in the request."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from taawun.core import renders
from taawun.partners.tests.factories import PartnerFactory
from taawun.reports.tasks import render_annual_reports
from taawun.reports.views.annual import pdf_name

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def weasyprint(monkeypatch, commune):
    calls = []

    def render(html, stylesheet, *, base_url):
        calls.append((translation.get_language(), base_url))
        return b"%PDF-fake"

    monkeypatch.setattr("taawun.reports.views.annual.render_pdf", render)
    return calls


def this_year_and_last():
    year = timezone.localdate().year
    return [year, year - 1]


def test_a_committed_change_queues_one_render_for_later_and_renders_nothing_now(
    weasyprint, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PartnerFactory()
        PartnerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        PartnerFactory()  # before the worker took the queued task: nothing more is queued
    assert weasyprint == []
    (queued,) = DBTaskResult.objects.all()
    assert queued.task_path == "taawun.reports.tasks.render_annual_reports"
    assert queued.run_after > timezone.now()


def test_a_change_that_does_not_commit_queues_nothing(weasyprint):
    PartnerFactory()  # the test's transaction is rolled back, never committed
    assert not DBTaskResult.objects.exists()


@override_settings(TASKS=IMMEDIATE, SITE_URL="https://cooperation.example.ma")
def test_the_task_renders_this_and_last_years_pdf_in_every_language(
    client, weasyprint, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PartnerFactory()
    expected = {
        (year, language) for year in this_year_and_last() for language in ["ar", "fr", "en"]
    }
    assert {
        (year, language)
        for year, language in expected
        if renders.described(pdf_name(year, language)) is not None
    } == expected
    assert len(weasyprint) == 6
    # Outside a request its links lead to the portal's address.
    assert {base for _, base in weasyprint} == {"https://cooperation.example.ma/"}
    # The reader's click finds the file: nothing more is rendered.
    year = this_year_and_last()[0]
    with translation.override("fr"):
        response = client.get(reverse("report:pdf", kwargs={"year": year}))
    assert (response.status_code, response.content, len(weasyprint)) == (200, b"%PDF-fake", 6)


@override_settings(TASKS=IMMEDIATE)
def test_a_pdf_already_rendered_for_this_data_version_is_not_rendered_again(weasyprint):
    render_annual_reports.call()
    render_annual_reports.call()
    assert len(weasyprint) == 6
