"""Acceptance of the good practices (issue 15), in Arabic on a phone: the officer writes a card
from a demo project with one of its indicators, validates and publishes it, records that a
neighbouring commune replicated it, and a resident reads "replicated once" on the portal; INDH's
representative proposes a card of its own, which stays off the portal while the commune has not
validated it. Every page passes `Tab.check()` (axe, CSP, no other host, no sideways scroll)."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from .test_partner_home import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "حراسة الشواطئ بشباب أورير المكونين"


@pytest.fixture
def aourir(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)


def fill_card(page, title_ar, title_fr):
    page.fill("#id_title_ar", title_ar)
    page.fill("#id_title_fr", title_fr)
    page.fill("#id_summary_ar", "تكوين شباب الدواوير في الإنقاذ وحراستهم للشواطئ كل صيف.")
    page.fill("#id_summary_fr", "Former les jeunes des douars au sauvetage et garder les plages.")
    page.fill("#id_problem_ar", "غرق المصطافين في الشواطئ غير المحروسة.")
    page.fill("#id_problem_fr", "Des noyades sur les plages non surveillées.")
    page.fill("#id_steps_ar", "اختيار الشباب، التكوين مع الوقاية المدنية، الحراسة.")
    page.fill("#id_steps_fr", "Choisir les jeunes, les former avec la protection civile, garder.")


@pytest.mark.usefixtures("aourir")
def test_a_card_from_a_project_replicated_once_and_a_partners_card_kept_back(phone_tab):
    from taawun.knowledge.models import Practice
    from taawun.projects.models import Project

    tab, page = phone_tab, phone_tab.page
    project = Project.objects.filter(indicators__isnull=False).order_by("pk").first()
    indicator = project.indicators.order_by("pk").first()
    sign_in(tab, "officer")
    tab.goto("/ar/manage/knowledge/practices/new/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    tab.check()
    fill_card(page, TITLE, "Surveillance des plages par les jeunes formés d'Aourir")
    page.select_option("#id_project", str(project.pk))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/manage/knowledge/practices/*/")
    card = Practice.objects.get(title_ar=TITLE)
    tab.check()

    # The project's indicators are offered once the project is saved.
    tab.goto(f"/ar/manage/knowledge/practices/{card.pk}/edit/")
    page.check(f"input[name=indicators][value='{indicator.pk}']")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/practices/{card.pk}/")
    for step in ("validate", "publish"):
        page.locator(f"main form[action$='/step/{step}/'] button").click()
        page.wait_for_url(f"**/practices/{card.pk}/")
    tab.check()
    page.locator(
        f"main a[href='/ar/manage/knowledge/practices/{card.pk}/replications/new/']"
    ).click()
    page.wait_for_url("**/replications/new/")
    page.fill("#id_replicator_ar", "جماعة تغازوت")
    page.fill("#id_replicator_fr", "Commune de Taghazout")
    page.select_option("#id_state", "ongoing")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/practices/{card.pk}/*")
    card.refresh_from_db()
    assert card.state == "published" and list(card.indicators.all()) == [indicator]

    # INDH's representative proposes a card: the commune has not validated it.
    sign_in(tab, "partner-indh")
    tab.goto("/ar/manage/knowledge/practices/new/")
    fill_card(page, "بطاقة المبادرة الوطنية قيد المراجعة", "Fiche de l'INDH en attente")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/manage/knowledge/practices/*/")
    tab.check()
    proposed = Practice.objects.get(title_fr="Fiche de l'INDH en attente")
    assert proposed.state in ("draft", "submitted") and proposed.submitted_by_id

    # A resident, signed out: the published card says it was replicated once; INDH's is absent.
    tab.context.clear_cookies()
    tab.goto("/ar/practices/")
    tab.check()
    listing = page.locator("main")
    expect(listing).to_contain_text(TITLE)
    expect(listing).not_to_contain_text("بطاقة المبادرة الوطنية قيد المراجعة")
    page.locator("main a", has_text=TITLE).first.click()
    page.wait_for_url(f"**/ar/practices/{card.pk}/**")
    tab.check()
    expect(page.locator("main")).to_contain_text("أُعيد تطبيقها مرة واحدة")
    expect(page.locator("main")).to_contain_text("جماعة تغازوت")
