"""An agreement's whole life in a real browser: an officer takes a twinning from draft to in force
in Arabic on a phone, and a visitor reads the public register in French on a desktop.

Every page visited goes through `tab.check()` (axe, CSP, no CDN, no sideways scrolling); see
conftest.py. Screenshots land in test-results/ (git-ignored).
"""

import importlib
import re
from datetime import date, timedelta

import pytest
from django.apps import apps
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from playwright.sync_api import expect

from taawun.agreements.choices import Stage
from taawun.agreements.lifecycle import MAIN_LINE
from taawun.agreements.models import VISA_DAYS, Agreement, AgreementKind, Event, Party
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.partners.tests.factories import PartnerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def agreement_kinds(db):
    """The kinds of agreement, as their data migration creates them.

    A transactional test empties every table when it ends, data migrations included, so a journey
    that runs after another one would find no kind at all: put them back (get_or_create).
    """
    migration = importlib.import_module("taawun.agreements.migrations.0002_default_kinds")
    migration.create_kinds(apps, None)


def expect_document_language(page, lang, direction):
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("html")).to_have_attribute("dir", direction)


def label(choice, language):
    with translation.override(language):
        return str(choice.label)


def in_arabic(text):
    with translation.override("ar"):
        return gettext(text)


def iso(day):
    return day.isoformat()


def test_an_officer_takes_a_twinning_from_draft_to_in_force_in_arabic_on_a_phone(
    phone_tab, users, commune
):
    tab, page = phone_tab, phone_tab.page
    twinning = AgreementKind.objects.get(code="twinning")
    assert twinning.needs_governor_visa
    lacanau = PartnerFactory(
        kind="foreign_local",
        country="FR",
        name_fr="Ville de Lacanau",
        name_ar="مدينة لاكانو",
        city="Lacanau",
    )
    today = timezone.localdate()
    deliberated_on = today - timedelta(days=28)
    approved_on = today - timedelta(days=21)
    sent_for_visa_on = today - timedelta(days=14)
    visa_on = today - timedelta(days=7)
    commune_signed_on = today - timedelta(days=3)
    lacanau_signed_on = today - timedelta(days=2)
    next_step = page.locator("section.next-step")

    def submit_next_step(stage_after):
        """Press the next-step box's button; back on the agreement page at the new stage."""
        next_step.locator("form button[type=submit]").first.click()
        expect(page).to_have_url(
            re.compile(re.escape(detail_url) + r"(#[\w-]+)?$")
        )  # back at the saved row
        expect(page.locator(".stages li.current")).to_have_text(label(stage_after, "ar"))
        agreement.refresh_from_db()
        assert agreement.stage == stage_after
        tab.check()

    # Signing in through the login page.
    tab.goto("/ar/accounts/login/")
    expect_document_language(page, "ar", "rtl")
    page.locator("input[name=username]").fill("officer")
    page.locator("input[name=password]").fill("taawun-demo")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(tab.url("/ar/manage/"))
    tab.check()

    # The list of agreements, then a new one.
    tab.goto("/ar/manage/agreements/")
    expect_document_language(page, "ar", "rtl")
    tab.screenshot("ar-agreement-list")

    page.locator("main a[href$='/manage/agreements/new/']").click()
    expect(page).to_have_url(tab.url("/ar/manage/agreements/new/"))
    tab.check()
    page.locator("input[name=reference]").fill("JUM-2025-01")
    page.locator("select[name=kind]").select_option(str(twinning.pk))
    page.locator("input[name=title_ar]").fill("اتفاقية توأمة بين أورير ولاكانو")
    page.locator("input[name=title_fr]").fill("Convention de jumelage Aourir – Lacanau")
    page.locator("textarea[name=object_ar]").fill("تبادل الخبرات في السياحة البيئية")
    page.locator("textarea[name=object_fr]").fill("Échanges d'expérience en écotourisme")
    tab.screenshot("ar-agreement-form")
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/ar/manage/agreements/\d+/$"))
    agreement = Agreement.objects.get(reference="JUM-2025-01")
    detail_url = tab.url(f"/ar/manage/agreements/{agreement.pk}/")
    expect(page).to_have_url(
        re.compile(re.escape(detail_url) + r"(#[\w-]+)?$")
    )  # back at the saved row
    assert agreement.stage == Stage.DRAFT
    assert agreement.kind == twinning
    assert list(agreement.parties.values_list("partner", flat=True)) == [commune.pk]
    expect(page.locator(".stages li")).to_have_count(len(MAIN_LINE))  # the visa is on the line
    expect(page.locator(".stages li.current")).to_have_text(label(Stage.DRAFT, "ar"))
    expect_document_language(page, "ar", "rtl")
    tab.check()
    tab.screenshot("ar-agreement-draft")

    # The foreign municipality becomes a party.
    page.locator(f"main a[href$='/manage/agreements/{agreement.pk}/parties/new/']").click()
    expect(page).to_have_url(tab.url(f"/ar/manage/agreements/{agreement.pk}/parties/new/"))
    tab.check()
    page.locator("select[name=partner]").select_option(str(lacanau.pk))
    page.locator("select[name=role]").select_option("technical")
    page.locator("input[name=representative_ar]").fill("عمدة لاكانو")
    page.locator("input[name=representative_fr]").fill("Maire de Lacanau")
    tab.screenshot("ar-agreement-party-form")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(
        re.compile(re.escape(detail_url) + r"(#[\w-]+)?$")
    )  # back at the saved row
    expect(page.locator("article.party h3", has_text="مدينة لاكانو")).to_be_visible()
    lacanau_party = Party.objects.get(agreement=agreement, partner=lacanau)
    commune_party = Party.objects.get(agreement=agreement, partner=commune)
    tab.check()

    # Committee, then the council's deliberation.
    submit_next_step(Stage.COMMITTEE)
    submit_next_step(Stage.AGENDA)
    next_step.locator("input[name=session_ar]").fill("الدورة العادية لشهر فبراير")
    next_step.locator("input[name=session_fr]").fill("Session ordinaire de février")
    next_step.locator("input[name=held_on]").fill(iso(deliberated_on))
    next_step.locator("input[name=decision_number]").fill("12/2025")
    next_step.locator("input[name=votes_for]").fill("21")
    next_step.locator("input[name=votes_against]").fill("2")
    next_step.locator("input[name=votes_abstaining]").fill("1")
    tab.screenshot("ar-agreement-deliberation")
    submit_next_step(Stage.COUNCIL_APPROVED)
    assert (agreement.council_date, agreement.council_decision_number) == (
        deliberated_on,
        "12/2025",
    )
    assert (agreement.votes_for, agreement.votes_against, agreement.votes_abstaining) == (21, 2, 1)
    commune_party.refresh_from_db()
    assert commune_party.approval_date == deliberated_on  # the deliberation is its approval

    # The partners' approvals: the foreign municipality's council approves it in turn.
    submit_next_step(Stage.PARTNER_APPROVALS)
    page.locator(f"main a[href$='/manage/agreements/parties/{lacanau_party.pk}/approval/']").click()
    expect(page).to_have_url(tab.url(f"/ar/manage/agreements/parties/{lacanau_party.pk}/approval/"))
    tab.check()
    page.locator("input[name=body]").fill("Conseil municipal de Lacanau")
    page.locator("input[name=decision_number]").fill("2025-031")
    page.locator("input[name=approved_on]").fill(iso(approved_on))
    tab.screenshot("ar-agreement-approval-form")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(
        re.compile(re.escape(detail_url) + r"(#[\w-]+)?$")
    )  # back at the saved row
    lacanau_party.refresh_from_db()
    assert lacanau_party.approval_date == approved_on
    tab.check()

    # Sent for the governor's visa: the box now counts the 20 days down.
    next_step.locator("input[name=on]").fill(iso(sent_for_visa_on))
    submit_next_step(Stage.VISA_PENDING)
    assert agreement.visa_submitted_on == sent_for_visa_on
    days_left = VISA_DAYS - (today - sent_for_visa_on).days
    countdown = next_step.locator(".countdown")
    expect(countdown).to_be_visible()
    expect(countdown.locator("strong")).to_have_text(str(days_left))
    with translation.override("ar"):
        expect(countdown).to_contain_text(date_format(agreement.visa_deadline))
    expect(
        next_step.locator(f"form[action$='/manage/agreements/{agreement.pk}/step/visa/']")
    ).to_have_count(1)
    expect(next_step.locator("details > summary")).to_have_text(
        in_arabic("Record the governor's answer")
    )
    tab.screenshot("ar-agreement-visa-pending")

    # The page offers no signature before the visa; signing anyway (the step's address typed in)
    # is refused, with the reason on the page; nothing is recorded.
    expect(
        page.locator(f"main a[href$='/manage/agreements/parties/{lacanau_party.pk}/sign/']")
    ).to_have_count(0)
    sign_url = tab.url(f"/ar/manage/agreements/parties/{lacanau_party.pk}/sign/")
    tab.goto(f"/ar/manage/agreements/parties/{lacanau_party.pk}/sign/")
    expect(page).to_have_url(sign_url)
    tab.check()
    page.locator("input[name=signed_on]").fill(iso(sent_for_visa_on))
    page.locator("input[name=signatory]").fill("Laurent Peyrondet")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("main form button[type=submit]").click()
    assert posted.value.status == 400
    expect(page).to_have_url(sign_url)
    refusal = page.locator(".errorlist-box .errorlist")
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text(re.compile(r"التأشيرة|visa"))
    lacanau_party.refresh_from_db()
    assert lacanau_party.signed_on is None
    agreement.refresh_from_db()
    assert agreement.stage == Stage.VISA_PENDING
    tab.check()
    tab.screenshot("ar-agreement-sign-refused")

    # The governor's visa, granted.
    page.locator(f"main a[href='/ar/manage/agreements/{agreement.pk}/']").last.click()
    expect(page).to_have_url(
        re.compile(re.escape(detail_url) + r"(#[\w-]+)?$")
    )  # back at the saved row
    tab.check()
    next_step.locator("details > summary").click()
    next_step.locator("select[name=outcome]").select_option("granted")
    next_step.locator("input[name=decided_on]").fill(iso(visa_on))
    submit_next_step(Stage.SIGNATURES)
    assert (agreement.visa_outcome, agreement.visa_date) == ("granted", visa_on)
    tab.screenshot("ar-agreement-signatures")

    # Both signatures; the last one puts the agreement in force.
    for party, signed_on, signatory in (
        (commune_party, commune_signed_on, "رئيس المجلس الجماعي"),
        (lacanau_party, lacanau_signed_on, "Laurent Peyrondet"),
    ):
        page.locator(f"main a[href$='/manage/agreements/parties/{party.pk}/sign/']").click()
        expect(page).to_have_url(tab.url(f"/ar/manage/agreements/parties/{party.pk}/sign/"))
        tab.check()
        page.locator("input[name=signed_on]").fill(iso(signed_on))
        page.locator("input[name=signatory]").fill(signatory)
        page.locator("main form button[type=submit]").click()
        expect(page).to_have_url(
            re.compile(re.escape(detail_url) + r"(#[\w-]+)?$")
        )  # back at the saved row
        party.refresh_from_db()
        assert (party.signed_on, party.signatory) == (signed_on, signatory)
        tab.check()

    agreement.refresh_from_db()
    assert agreement.stage == "in_force"
    assert agreement.entered_into_force_on == lacanau_signed_on
    current = page.locator(".stages li.current")
    expect(current).to_have_text(label(Stage.IN_FORCE, "ar"))
    expect(current).to_have_attribute("aria-current", "step")
    expect(page.locator(".stages li").last).to_have_class("current")
    expect_document_language(page, "ar", "rtl")
    tab.screenshot("ar-agreement-in-force")

    # The timeline lists every step, each recorded by the officer, with its date.
    events = list(Event.objects.filter(agreement=agreement))
    steps = page.locator(".timeline li")
    expect(steps).to_have_count(len(events))
    with translation.override("ar"):
        dates = [date_format(event.on or timezone.localtime(event.at)) for event in events]
    for step, day in zip(steps.all(), dates, strict=True):
        expect(step).to_contain_text("officer")
        expect(step).to_contain_text(day)
    assert {event.by.username for event in events} == {"officer"}
    for day in (deliberated_on, approved_on, sent_for_visa_on, visa_on, lacanau_signed_on):
        assert day in {event.on for event in events}

    # Back on the list, the agreement shows as in force.
    page.locator("nav.breadcrumbs a[href='/ar/manage/agreements/']").click()
    expect(page).to_have_url(tab.url("/ar/manage/agreements/"))
    row = page.locator("#results tbody tr", has_text="JUM-2025-01")
    expect(row.locator(".status")).to_have_text(label(Stage.IN_FORCE, "ar"))
    tab.check()
    tab.screenshot("ar-agreement-list-in-force")


def test_a_visitor_reads_a_public_agreement_in_the_register_in_french(desktop_tab, commune):
    tab, page = desktop_tab, desktop_tab.page
    agreement = AgreementFactory(
        stage="in_force",
        kind=AgreementKind.objects.get(code="twinning"),
        title_fr="Convention de jumelage Aourir – Lacanau",
        title_ar="اتفاقية توأمة بين أورير ولاكانو",
        council_date=date(2024, 10, 3),
        council_decision_number="45/2024",
        entered_into_force_on=date(2025, 1, 1),
    )
    lacanau = PartnerFactory(kind="foreign_local", country="FR", name_fr="Ville de Lacanau")
    commune_party = PartyFactory(
        agreement=agreement, partner=commune, role="project_owner", signed_on=date(2024, 12, 20)
    )
    PartyFactory(agreement=agreement, partner=lacanau, role="technical", signed_on=date(2025, 1, 1))
    ObligationFactory(party=commune_party, amount=250000, mad_value=250000)
    hidden = AgreementFactory(stage="in_force", is_public=False, title_fr="Convention réservée")
    PartyFactory(agreement=hidden, partner=commune, role="project_owner")

    tab.goto("/fr/agreements/")
    expect_document_language(page, "fr", "ltr")
    cards = page.locator("#results .partner-cards > li.card")
    expect(cards).to_have_count(1)
    expect(cards).to_contain_text(agreement.title_fr)
    expect(page.locator("main")).not_to_contain_text(hidden.title_fr)
    tab.screenshot("fr-agreement-register")

    cards.get_by_role("link", name=agreement.title_fr).click()
    with translation.override("fr"):
        expect(page).to_have_url(tab.url(agreement.get_absolute_url()))
    expect(page.locator("main h1")).to_have_text(agreement.title_fr)
    parties = page.locator("main table tbody tr")
    expect(parties).to_have_count(2)
    expect(parties.nth(0)).to_contain_text("Commune d'Aourir")
    expect(parties.nth(0)).to_contain_text(re.compile(r"250\s?000"))
    expect(parties.nth(0)).to_contain_text("20/12/2024")  # signed
    expect(parties.nth(1)).to_contain_text("Ville de Lacanau")
    expect(page.locator("main dl.facts")).to_contain_text("45/2024")
    expect(page.locator("main table tfoot")).to_contain_text(re.compile(r"250\s?000"))
    expect(page.locator("main")).to_contain_text(label(Stage.IN_FORCE, "fr"))
    expect_document_language(page, "fr", "ltr")
    tab.check()
    tab.screenshot("fr-agreement-public")
