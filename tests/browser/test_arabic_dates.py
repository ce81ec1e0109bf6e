"""Moroccan Arabic in a browser (issue 10, item 8, and the acceptance): in Arabic at 360 px a
project page whose dates fall in May and December says "ماي" and "دجنبر" (the Maghreb names,
not the Mashriq مايو and ديسمبر), and the Arabic home links the annual report.

Each page also goes through `Tab.check()` (axe, CSP, no other host, no sideways scrolling)."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from .test_map import refuse_tiles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)


@pytest.mark.usefixtures("demo")
def test_in_arabic_at_360_px_a_project_says_mai_and_dujanbir_and_the_home_links_the_report(
    phone_tab,
):
    from taawun.projects.choices import ActivityStatus
    from taawun.projects.models import Project

    # A project under way: the page shows when it started and when it is planned to end.
    project = (
        Project.public_objects.filter(status=ActivityStatus.IMPLEMENTATION).order_by("pk").first()
    )
    project.planned_start = project.actual_start = date(2026, 5, 4)
    project.planned_end = date(2027, 12, 20)
    project.actual_end = None
    project.save()
    with translation.override("ar"):
        project_url = project.get_absolute_url()
        report_url = reverse("report:index")

    tab, page = phone_tab, phone_tab.page
    refuse_tiles(tab)
    tab.goto(project_url)
    main = page.locator("main")
    expect(main).to_contain_text("4 ماي 2026")
    expect(main).to_contain_text("20 دجنبر 2027")
    text = main.inner_text()
    assert "مايو" not in text and "ديسمبر" not in text

    tab.goto("/ar/")
    link = page.locator(f'main a[href="{report_url}"]').first
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url(f"**{report_url}*")
    tab.check()
