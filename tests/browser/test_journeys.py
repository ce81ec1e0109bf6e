"""What people do on Taawun in a real browser: an officer on a phone in Arabic, a visitor in French.

Every page visited goes through `tab.check()` (axe, CSP, no CDN, no sideways scrolling); see
conftest.py. Screenshots land in test-results/ (git-ignored).
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from taawun.partners.models import Contact, Partner
from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.territory.tests.factories import DomainFactory

from .test_map import refuse_tiles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def expect_document_language(page, lang, direction):
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("html")).to_have_attribute("dir", direction)


def public_url(partner, language):
    with translation.override(language):
        return partner.get_absolute_url()


def test_an_officer_signs_in_and_creates_a_partner_in_arabic_on_a_phone(phone_tab, users):
    tab, page = phone_tab, phone_tab.page
    name_ar = "جمعية أكادير للتنمية المستدامة"
    name_fr = "Association Agadir Développement Durable"

    tab.goto("/ar/accounts/login/")
    expect_document_language(page, "ar", "rtl")
    page.locator("input[name=username]").fill("officer")
    page.locator("input[name=password]").fill("taawun-demo")
    tab.screenshot("ar-login")
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(tab.url("/ar/manage/"))
    expect(page.locator("nav.main-nav")).to_contain_text("officer")
    tab.check()
    tab.screenshot("ar-workspace")

    nav_click(page, "/ar/manage/partners/")
    expect(page).to_have_url(tab.url("/ar/manage/partners/"))
    tab.check()
    tab.screenshot("ar-partner-list")

    page.locator("main a[href='/ar/manage/partners/new/']").click()
    expect(page).to_have_url(tab.url("/ar/manage/partners/new/"))
    tab.check()

    partners_before, contacts_before = Partner.objects.count(), Contact.objects.count()
    page.locator("select[name=kind]").select_option("association")
    page.locator("input[name=name_ar]").fill(name_ar)
    page.locator("input[name=name_fr]").fill(name_fr)
    page.locator("input[name=city]").fill("أكادير")
    page.locator("input[name='contacts-0-name']").fill("فاطمة الزهراء")
    page.locator("input[name='contacts-0-email']").fill("fatima.example.org")
    tab.screenshot("ar-partner-form")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("main form button[type=submit]").click()

    # A malformed e-mail: the form comes back with the error and the typed values; nothing saved.
    assert posted.value.status == 400
    expect(page).to_have_url(tab.url("/ar/manage/partners/new/"))
    bad_field = page.locator(".field.has-error", has=page.locator("input[name='contacts-0-email']"))
    expect(bad_field.locator(".errorlist")).to_be_visible()
    expect(page.locator(".message.error")).to_be_visible()
    expect(page.locator("input[name=name_ar]")).to_have_value(name_ar)
    assert (Partner.objects.count(), Contact.objects.count()) == (partners_before, contacts_before)
    tab.check()
    tab.screenshot("ar-partner-form-error")

    page.locator("input[name='contacts-0-email']").fill("fatima@example.org")
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/ar/manage/partners/\d+/$"))
    expect(page.locator("main h1")).to_contain_text(name_ar)
    expect(page.locator("main")).to_contain_text("fatima@example.org")
    expect_document_language(page, "ar", "rtl")
    assert Partner.objects.count() == partners_before + 1
    partner = Partner.objects.get(name_fr=name_fr)
    assert partner.name_ar == name_ar
    assert list(partner.contacts.values_list("email", flat=True)) == ["fatima@example.org"]
    tab.check()
    tab.screenshot("ar-partner-detail")

    page.locator("main a[href$='/history/']").click()
    expect(page).to_have_url(tab.url(f"/ar/manage/partners/{partner.pk}/history/"))
    creation = page.locator(".timeline > li", has_text=name_ar)
    expect(creation.locator("strong")).to_have_text("officer")
    assert partner.history.get(history_type="+").history_user.username == "officer"
    tab.check()
    tab.screenshot("ar-partner-history")


def test_a_visitor_filters_the_partners_by_kind_and_reads_one_in_french(desktop_tab):
    tab, page = desktop_tab, desktop_tab.page
    water = DomainFactory(code="water", name_fr="Eau", name_ar="الماء")
    university = PartnerFactory(
        kind="university", name_fr="Université Ibn Zohr", name_ar="جامعة ابن زهر", city="Agadir"
    )
    university.domains.add(water)
    dean = ContactFactory(partner=university, name="Karim Doyen", email="doyen@uiz.example.org")
    association = PartnerFactory(kind="association", name_fr="Association Tifawin")
    ContactFactory(partner=association, email="presidente@tifawin.example.org")
    PartnerFactory(kind="university", name_fr="Université non publiée", is_public=False)

    refuse_tiles(tab)  # the home page shows the projects map: its tiles are the one other host
    tab.goto("/fr/")
    expect_document_language(page, "fr", "ltr")
    tab.screenshot("fr-home")

    nav_click(page, "/fr/partners/")
    expect(page).to_have_url(tab.url("/fr/partners/"))
    cards = page.locator("#results .partner-cards > li.card")
    expect(cards).to_have_count(2)  # the unpublished university is not listed
    tab.check()

    page.locator(".more-filters summary").click()  # the filters beside the search are folded
    page.locator("select[name=kind]").select_option("university")  # htmx swaps the results in
    expect(page).to_have_url(re.compile(r"[?&]kind=university(&|$)"))
    expect(cards).to_have_count(1)
    expect(cards).to_contain_text("Université Ibn Zohr")
    tab.check()
    tab.screenshot("fr-partner-list-filtered")

    cards.get_by_role("link", name="Université Ibn Zohr").click()
    expect(page).to_have_url(tab.url(public_url(university, "fr")))
    expect(page.locator("main h1")).to_have_text("Université Ibn Zohr")
    expect(page.locator("main")).to_contain_text("Eau")
    expect_document_language(page, "fr", "ltr")
    html = page.content()
    assert dean.email not in html
    assert dean.name not in html
    assert "mailto:" not in html
    tab.check()
    tab.screenshot("fr-partner-public")


def test_the_language_switcher_keeps_the_reader_on_the_same_partner_page(desktop_tab):
    tab, page = desktop_tab, desktop_tab.page
    partner = PartnerFactory(
        kind="foreign_local", name_fr="Ville de Tiznit", name_ar="مدينة تيزنيت", city="Tiznit"
    )

    tab.goto(public_url(partner, "fr"))
    expect_document_language(page, "fr", "ltr")
    expect(page.locator("main h1")).to_have_text("Ville de Tiznit")

    page.locator("nav.languages a[hreflang=ar]").click()
    expect(page).to_have_url(tab.url(public_url(partner, "ar")))
    expect_document_language(page, "ar", "rtl")
    expect(page.locator("main h1")).to_have_text("مدينة تيزنيت")
    expect(page.locator("nav.languages a[aria-current]")).to_have_attribute("hreflang", "ar")
    tab.check()
    tab.screenshot("ar-partner-public")


def nav_click(page, href):
    """Follow a link of the main navigation; on a phone it opens from the menu button first."""
    menu = page.locator("button.menu-button")
    if menu.is_visible() and menu.get_attribute("aria-expanded") != "true":
        menu.click()
    page.locator(f"nav.main-nav a[href='{href}']").click()
