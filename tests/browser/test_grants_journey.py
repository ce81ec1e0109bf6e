"""Acceptance of calls for projects (issue 14), as `assoc-tamraght` in Arabic on a phone: it
finds the open call, applies with a budget and the documents asked, submits and gets its
receipt; its earlier draft, once the call has closed, is refused with the reason; another
association's application is out of its reach. Every page passes `Tab.check()` (axe, CSP, no
other host, no sideways scroll)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from .test_partner_home import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def aourir(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)


@pytest.mark.usefixtures("aourir")
def test_an_association_applies_on_a_phone_in_arabic(phone_tab, tmp_path):
    from taawun.grants.models import Application, Call

    tab, page = phone_tab, phone_tab.page
    call = Call.objects.get(state="published")
    earlier = Application.objects.get(
        call=call, association__representatives__username="assoc-tamraght"
    )
    sign_in(tab, "assoc-tamraght")
    tab.goto("/ar/manage/grants/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.locator(f"main a[href='/ar/manage/grants/{call.pk}/']").first.click()
    page.wait_for_url(f"**/ar/manage/grants/{call.pk}/")
    tab.check()
    page.locator(f"main a[href='/ar/manage/grants/{call.pk}/apply/']").click()
    page.wait_for_url("**/apply/")
    tab.check()
    page.select_option("#id_applicant_kind", "association")
    page.fill("#id_founded_on", "2012-05-14")
    page.fill("#id_title", "ملعب القرب لشباب تامراغت")
    page.fill("#id_summary", "تنظيم دوري كرة القدم لفائدة شباب تامراغت طيلة الصيف.")
    page.select_option("#id_locality", index=1)
    page.select_option("#id_domain", index=1)  # a theme among the call's
    for field, value in (("women", "20"), ("men", "30"), ("girls", "60"), ("boys", "80")):
        page.fill(f"#id_{field}", value)
    page.fill("#id_starts_on", f"{timezone.localdate().year + 1}-06-01")
    page.fill("#id_ends_on", f"{timezone.localdate().year + 1}-09-30")
    page.check("#id_no_double_funding")
    page.check("#id_data_notice")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/manage/grants/applications/*/")
    tab.check()
    application = Application.objects.filter(call=call).exclude(pk=earlier.pk).latest("pk")
    assert application.association.representatives.filter(username="assoc-tamraght").exists()

    tab.goto(f"/ar/manage/grants/applications/{application.pk}/budget/")
    page.fill("#id_form-0-label", "معدات رياضية")
    page.fill("#id_form-0-requested", "40000")
    page.fill("#id_form-0-own_cash", "6000")
    page.fill("#id_form-1-label", "التأطير")
    page.fill("#id_form-1-own_in_kind", "6000")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/applications/{application.pk}/")
    tab.check()

    sheet = tmp_path / "piece.pdf"
    sheet.write_bytes(PDF)
    for requirement in call.required_documents.filter(required=True):
        tab.goto(f"/ar/manage/grants/applications/{application.pk}/documents/")
        page.select_option("#id_requirement", str(requirement.pk))
        page.set_input_files("#id_upload", str(sheet))
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(f"**/applications/{application.pk}/")
    page.locator("main form[action$='/submit/'] button").click()
    page.wait_for_url(f"**/applications/{application.pk}/")
    application.refresh_from_db()
    assert application.state == "submitted"
    expect(page.locator(".messages, [role=status], main").first).to_contain_text(
        application.reference
    )
    tab.check()

    # The call closes: the earlier draft is refused with the reason, and nothing changes.
    Call.objects.filter(pk=call.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    tab.goto(f"/ar/manage/grants/applications/{earlier.pk}/")
    page.locator("main form[action$='/submit/'] button").click()
    page.wait_for_url(f"**/applications/{earlier.pk}/")
    expect(page.locator("main")).to_contain_text("بتوقيت المغرب")
    tab.check()
    earlier.refresh_from_db()
    assert earlier.state == "draft"

    # Another association's application: out of reach.
    theirs = Application.objects.exclude(association=application.association).first()
    response = page.goto(tab.url(f"/ar/manage/grants/applications/{theirs.pk}/"))
    assert response.status in (403, 404)
    tab.check()  # the refusal page too, in Arabic
