"""A steering committee's meeting in a real browser, as the officer does it, in Arabic: the
meeting planned with three agenda items, the attendance and the quorum, the minutes from draft to
approved, a decision and two action items with their owners and due dates; the meeting's .ics
keeps its UID across edits and raises its SEQUENCE, and its time is Morocco's, on the page and in
the file.

Every page visited goes through `tab.check()` (axe, CSP, no CDN, no sideways scrolling).
"""

import importlib
import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.apps import apps
from django.utils import timezone
from playwright.sync_api import expect

from taawun.agreements.tests.factories import AgreementFactory
from taawun.coordination.models import ActionItem, Decision, Meeting
from taawun.coordination.tests.factories import CommitteeFactory, MembershipFactory
from taawun.partners.tests.factories import PartnerFactory

from .conftest import DESKTOP

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CASABLANCA = ZoneInfo("Africa/Casablanca")


@pytest.fixture(autouse=True)
def agreement_kinds(db):
    """The kinds of agreement, as their data migration creates them (a transactional test
    empties every table when it ends, data migrations included)."""
    migration = importlib.import_module("taawun.agreements.migrations.0002_default_kinds")
    migration.create_kinds(apps, None)


@pytest.fixture
def steering(commune):
    """The steering committee of the Aourir-centre upgrading convention: four voting members,
    quorum half of them."""
    agreement = AgreementFactory(reference="CONV-2024-007")
    committee = CommitteeFactory(
        name_ar="لجنة قيادة برنامج تأهيل مركز أورير",
        name_fr="Comité de pilotage de la mise à niveau du centre d'Aourir",
        agreement=agreement,
    )
    partners = {
        "ministry": PartnerFactory(name_ar="وزارة الداخلية", name_fr="Ministère de l'Intérieur"),
        "region": PartnerFactory(name_ar="جهة سوس ماسة", name_fr="Région Souss-Massa"),
        "omrane": PartnerFactory(name_ar="العمران سوس ماسة", name_fr="Al Omrane Souss-Massa"),
    }
    members = [
        MembershipFactory(committee=committee, person_name="سعيد أوبلا", partner=commune),
        MembershipFactory(
            committee=committee, person_name="نادية الإدريسي", partner=partners["ministry"]
        ),
        MembershipFactory(
            committee=committee, person_name="يوسف أمزال", partner=partners["region"]
        ),
        MembershipFactory(
            committee=committee, person_name="حنان بوزيد", partner=partners["omrane"]
        ),
    ]
    return committee, partners, members


def local_input(moment):
    """What a datetime-local field holds for `moment`: Morocco's wall clock."""
    return moment.astimezone(CASABLANCA).strftime("%Y-%m-%dT%H:%M")


def calendar_of(tab, href):
    response = tab.page.request.get(tab.url(href))
    assert response.ok, f"GET {href}: {response.status}"
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.body())
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def test_an_officer_runs_a_steering_committee_meeting_in_arabic(open_tab, users, steering):
    committee, partners, members = steering
    tab = open_tab(viewport=DESKTOP, locale="ar-MA", label="ar-desktop")
    page = tab.page
    # Yesterday, 10:00–12:00 in Aourir (a meeting is marked held once it has started).
    yesterday = timezone.localdate() - timedelta(days=1)
    starts = datetime.combine(yesterday, time(10, 0), tzinfo=CASABLANCA)
    ends = starts + timedelta(hours=2)

    tab.goto("/ar/accounts/login/")
    page.locator("input[name=username]").fill("officer")
    page.locator("input[name=password]").fill("taawun-demo")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ar/manage/"))
    tab.check()

    # The committee, then a new meeting of it.
    tab.goto(f"/ar/manage/coordination/{committee.pk}/")
    expect(page.locator("h1")).to_contain_text("لجنة قيادة برنامج تأهيل مركز أورير")
    page.locator(f"main a[href$='/manage/coordination/{committee.pk}/meetings/new/']").click()
    tab.check()
    page.locator("select[name=kind]").select_option("ordinary")
    page.locator("input[name=starts_at]").fill(local_input(starts))
    page.locator("input[name=ends_at]").fill(local_input(ends))
    page.locator("select[name=mode]").select_option("in_person")
    page.locator("input[name=venue_ar]").fill("قاعة الاجتماعات بمقر جماعة أورير")
    page.locator("input[name=venue_fr]").fill("Salle de réunion, siège de la commune d'Aourir")
    page.locator("select[name=visibility]").select_option("public")
    tab.screenshot("ar-meeting-form")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ar/manage/coordination/meetings/\d+/"))
    meeting = Meeting.objects.get(committee=committee)
    # Stored in UTC; 10:00 in Morocco whatever the offset of the day.
    assert meeting.starts_at == starts.astimezone(ZoneInfo("UTC"))
    expect(page.locator("dl.facts")).to_contain_text("10:00")
    tab.check()
    detail = f"/ar/manage/coordination/meetings/{meeting.pk}/"

    # Three agenda items of the officer's: information, discussion, decision.
    items = [
        ("حالة تقدم أشغال تهيئة الكورنيش", "Avancement des travaux de la corniche", "information"),
        ("برمجة الشطر الثاني", "Programmation de la deuxième tranche", "discussion"),
        ("طلب تعديل الاتفاقية", "Demande d'avenant à la convention", "decision"),
    ]
    for title_ar, title_fr, kind in items:
        page.locator(f"main a[href$='/meetings/{meeting.pk}/items/new/']").click()
        tab.check()
        page.locator("input[name=title_ar]").fill(title_ar)
        page.locator("input[name=title_fr]").fill(title_fr)
        page.locator("select[name=kind]").select_option(kind)
        page.locator("main form button[type=submit]").click()
        expect(page.locator("ol.agenda")).to_contain_text(title_ar)
        tab.check()
    # After the state of the action items, which opens every agenda by itself.
    expect(page.locator("ol.agenda > li")).to_have_count(4)
    assert list(meeting.agenda_items.order_by("order").values_list("kind", flat=True)) == [
        "information",
        "information",
        "discussion",
        "decision",
    ]

    # The meeting's .ics: Morocco's 10:00 is the file's UTC start; its UID stays through an
    # edit and its SEQUENCE goes up.
    ics = page.locator("main a[href$='.ics']").first
    calendar, event = calendar_of(tab, ics.get_attribute("href"))
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(event["UID"]).startswith(meeting.uid)
    assert event.decoded("DTSTART") == starts
    first_sequence = int(event.get("SEQUENCE", 0))
    page.locator(f"main a[href$='/meetings/{meeting.pk}/edit/']").click()
    tab.check()
    page.locator("input[name=venue_ar]").fill("القاعة الكبرى لدار الشباب أورير")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("dl.facts")).to_contain_text("القاعة الكبرى لدار الشباب أورير")
    tab.check()
    _, edited = calendar_of(tab, page.locator("main a[href$='.ics']").first.get_attribute("href"))
    assert str(edited["UID"]) == str(event["UID"])
    assert int(edited["SEQUENCE"]) > first_sequence
    assert edited.decoded("DTSTART") == starts

    # Attendance: three present, one excused; quorum reached.
    page.locator(f"main a[href$='/meetings/{meeting.pk}/attendance/']").click()
    tab.check()
    rows = page.locator("fieldset.attendance-row")
    expect(rows).to_have_count(4)
    for index, presence in enumerate(["present", "present", "present", "excused"]):
        rows.nth(index).locator("select[name$='-presence']").select_option(presence)
    tab.screenshot("ar-meeting-attendance")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("p.quorum")).to_have_class(re.compile("is-reached"))
    tab.check()

    # Held, then the minutes of each item, circulated and approved.
    page.locator(f"form[action$='/meetings/{meeting.pk}/held/'] button").click()
    expect(page.locator("span.status-held")).to_be_visible()
    tab.check()
    for item in meeting.agenda_items.order_by("order"):
        page.locator(f"main a[href$='/items/{item.pk}/edit/']").click()
        tab.check()
        page.locator("textarea[name=minutes_ar]").fill(f"ناقشت اللجنة {item.title_ar}.")
        page.locator("textarea[name=minutes_fr]").fill(f"Le comité a examiné : {item.title_fr}.")
        page.locator("main form button[type=submit]").click()
        expect(page.locator(f"#agendaitem-{item.pk}")).to_contain_text("ناقشت اللجنة")
        tab.check()
    page.locator("form[action$='/minutes/'] input[value=circulated] + button").click()
    tab.check()
    page.locator("form[action$='/minutes/'] input[value=approved] + button").click()
    tab.check()
    meeting.refresh_from_db()
    assert meeting.minutes_status == "approved"

    # A decision on the third item, by vote.
    page.locator(f"main a[href$='/meetings/{meeting.pk}/decisions/new/']").click()
    tab.check()
    decision_item = meeting.agenda_items.get(kind="decision")
    page.locator("select[name=agenda_item]").select_option(str(decision_item.pk))
    page.locator("textarea[name=text_ar]").fill("توافق اللجنة على إعداد ملحق لتمديد أجل الأشغال.")
    page.locator("textarea[name=text_fr]").fill(
        "Le comité approuve un avenant prolongeant les délais."
    )
    page.locator("input[name=votes_for]").fill("3")
    page.locator("input[name=votes_against]").fill("0")
    page.locator("input[name=votes_abstain]").fill("0")
    page.locator("main form button[type=submit]").click()
    decision = Decision.objects.get(meeting=meeting)
    expect(page.locator(f"#decision-{decision.pk}")).to_contain_text(decision.reference)
    tab.check()
    assert (decision.number, decision.year) == (1, timezone.localdate(meeting.starts_at).year)

    # Two action items with their owners and due dates.
    due = [timezone.localdate() + timedelta(days=30), timezone.localdate() + timedelta(days=60)]
    owners = [partners["omrane"], partners["region"]]
    titles = ["إعداد مشروع الملحق", "تحيين الجدول الزمني للأشغال"]
    for title, owner, due_on in zip(titles, owners, due, strict=True):
        page.locator(f"main a[href$='/meetings/{meeting.pk}/actions/new/']").click()
        tab.check()
        page.locator("select[name=decision]").select_option(str(decision.pk))
        page.locator("input[name=title_ar]").fill(title)
        page.locator("input[name=title_fr]").fill(f"Action : {title}")
        page.locator("select[name=owner_partner]").select_option(str(owner.pk))
        page.locator("input[name=due_on]").fill(due_on.isoformat())
        page.locator("main form button[type=submit]").click()
        expect(page.locator("main")).to_contain_text(title)
        tab.check()
    actions = list(ActionItem.objects.filter(meeting=meeting).order_by("due_on"))
    assert [(a.owner_partner, a.due_on, a.status) for a in actions] == [
        (owners[0], due[0], "open"),
        (owners[1], due[1], "open"),
    ]
    tab.goto(detail)
    expect(page.locator("main tr[id^=actionitem-]")).to_have_count(2)
    tab.screenshot("ar-meeting-detail")
