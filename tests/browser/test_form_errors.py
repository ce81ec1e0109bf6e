"""The error pattern of every record form, in a real browser: in Arabic on a 360 px phone, an
officer sends an agreement document with two fields missing and its file chosen. The error
summary takes the focus and links to both fields, the title starts with the error word, and the
file is kept: fixing the two fields is enough to save it.

The assertions read ids, roles and attributes, and the error word through the catalogue, so they
hold before and after the new strings are translated.
"""

import importlib
import re

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from taawun.agreements.models import Document
from taawun.agreements.tests.factories import AgreementFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def agreement_kinds(db):
    """The kinds of agreement, as their data migration creates them (a transactional test
    empties every table when it ends, data migrations included)."""
    migration = importlib.import_module("taawun.agreements.migrations.0002_default_kinds")
    migration.create_kinds(apps, None)


def in_arabic(text):
    with translation.override("ar"):
        return gettext(text)


def test_a_form_with_two_errors_and_a_file_is_summarised_focused_and_keeps_the_file(
    phone_tab, users, commune
):
    tab, page = phone_tab, phone_tab.page
    agreement = AgreementFactory()

    tab.goto("/ar/accounts/login/")
    page.locator("input[name=username]").fill("officer")
    page.locator("input[name=password]").fill("taawun-demo")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(tab.url("/ar/manage/"))
    tab.check()

    tab.goto(f"/ar/manage/agreements/{agreement.pk}/documents/new/")
    expect(page.locator("#error-summary")).to_have_count(0)
    form = page.locator("main form.stacked")
    # Two errors: no title, no category; the file itself is fine.
    for title in form.locator("input[name^=title]").all():
        title.fill("")
    form.locator("select[name=category]").select_option("")
    form.locator("input[name=file]").set_input_files(
        files=[{"name": "convention.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("load")

    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    assert page.title().startswith(in_arabic("Error:"))
    links = summary.locator("a[href^='#id_']")
    hrefs = [link.get_attribute("href") for link in links.all()]
    assert "#id_category" in hrefs
    assert any(href.startswith("#id_title") for href in hrefs), hrefs
    assert len(hrefs) >= 2
    for href in hrefs:
        field = page.locator(href)
        expect(field).to_have_attribute("aria-invalid", "true")
        described = field.get_attribute("aria-describedby").split()
        assert f"{href[1:]}_error" in described
    # The file is still there: said under its input, its token in the form.
    kept = form.locator("#id_file_kept")
    expect(kept).to_contain_text("convention.pdf")
    expect(form.locator("input[type=hidden][name=kept-file]")).to_have_value(
        re.compile(r"^[A-Za-z0-9_-]{32}$")
    )
    tab.screenshot("ar-phone-form-errors")
    tab.check()

    # A link of the summary takes the reader to its field.
    summary.locator("a[href='#id_category']").click()
    expect(page.locator("#id_category")).to_be_focused()

    # Fixing the two fields is enough: the file kept is the one saved.
    form.locator("input[name^=title]").first.fill("الاتفاقية الموقعة")
    form.locator("select[name=category]").select_option("signed")
    form.locator("button[type=submit]").click()
    document = None
    expect(page).to_have_url(re.compile(rf"/ar/manage/agreements/{agreement.pk}/#document-\d+$"))
    document = Document.objects.get(agreement=agreement)
    with document.file.open("rb") as stored:
        assert stored.read() == PDF
    expect(page.locator(f"#document-{document.pk}")).to_be_visible()
    tab.check()
