"""The PDFs' page footer in the document's language (issue 10, item 8): the commune's name, "page
n of N" and the file's date with the Maghreb month names, right to left in Arabic."""

import re
import shutil
import subprocess

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from taawun.agreements.tests.factories import AgreementFactory
from taawun.reports.annual import annual_report
from taawun.reports.views.annual import report_pdf
from taawun.territory.models import CommuneProfile

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def pdf_text(content, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "file.pdf"
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def test_the_arabic_agreement_sheet_has_an_arabic_page_footer(client_for, commune, tmp_path):
    agreement = AgreementFactory(reference="CONV-2025-031")
    with translation.override("ar"):
        address = reverse("agreements:sheet-pdf", kwargs={"pk": agreement.pk})
    text = pdf_text(client_for("officer").get(address).content, tmp_path)
    name = CommuneProfile.current().name_ar
    assert f"جماعة {name}" in text
    assert re.search(r"الصفحة\s*1\s*من\s*1", text), text


def test_the_arabic_annual_report_has_an_arabic_page_footer(commune, tmp_path):
    with translation.override("ar"):
        text = pdf_text(report_pdf(annual_report(2025)), tmp_path)
        month = date_format(timezone.localtime(), "F")  # the Maghreb name: دجنبر, ماي
    name = CommuneProfile.current().name_ar
    assert f"جماعة {name}" in text
    assert re.search(r"الصفحة\s*1\s*من\s*\d+", text), text
    assert text.count(month) >= 2, text  # the report's own line and the footer
