"""The agreement sheet: a page and a PDF in the reader's language, for those who may see it."""

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.agreements.views.sheet import pdf_filename
from taawun.core.pdf import allowed_roots, local_path, packaged_font
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db

TITLE_AR = "اتفاقية شراكة لتأهيل مركز أورير"
TITLE_FR = "Convention de mise à niveau du centre d'Aourir"
REGION_AR = "مجلس جهة سوس ماسة"
REGION_FR = "Conseil de la Région Souss-Massa"
# The HTML sheet: session, user, the agreement, its domains, localities, specific agreements,
# parties with their partners, obligations, deliveries, and events with their authors.
QUERY_BUDGET = 10


@pytest.fixture
def agreement(commune):
    """The commune and the region, each with obligations; part of the region's is delivered."""
    agreement = AgreementFactory(reference="CONV-2025-017", title_ar=TITLE_AR, title_fr=TITLE_FR)
    own = PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    region = PartyFactory(
        agreement=agreement,
        partner=PartnerFactory(name_ar=REGION_AR, name_fr=REGION_FR, kind="region"),
    )
    ObligationFactory(party=own, amount=Decimal("19000000"))
    ObligationFactory(
        party=region,
        amount=Decimal("16000000"),
        tranche=1,
        delivered_mad=Decimal("16000000"),
        status="delivered",
    )
    ObligationFactory(
        party=region, amount=Decimal("16000000"), tranche=2, due_date=date(2026, 6, 30)
    )
    return agreement


def url(name, agreement, language):
    with translation.override(language):
        return reverse(name, kwargs={"pk": agreement.pk})


def pdf_text(content, tmp_path):
    """The PDF's text layer, as pdftotext reads it, without the bidi marks it adds."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


# The PDF ----------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_pdf_is_an_inline_pdf_named_after_the_reference_and_language(
    client_for, agreement, language
):
    response = client_for("officer").get(url("agreements:sheet-pdf", agreement, language))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="CONV-2025-017-{language}.pdf"'
    assert response.content.startswith(b"%PDF")


@pytest.mark.slow
def test_the_arabic_pdf_carries_the_arabic_title_and_partner_names(client_for, agreement, tmp_path):
    response = client_for("officer").get(url("agreements:sheet-pdf", agreement, "ar"))
    text = pdf_text(response.content, tmp_path)
    assert TITLE_AR in text
    assert REGION_AR in text
    assert "CONV-2025-017" in text


@pytest.mark.slow
def test_the_french_pdf_carries_the_french_title_and_numbers_grouped(
    client_for, agreement, tmp_path
):
    response = client_for("officer").get(url("agreements:sheet-pdf", agreement, "fr"))
    text = pdf_text(response.content, tmp_path)
    assert TITLE_FR in text
    assert REGION_FR in text
    assert "51\xa0000\xa0000" in text or "51 000 000" in text  # the agreement's total, in MAD


# The page ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "direction", "title"), [("ar", "rtl", TITLE_AR), ("fr", "ltr", TITLE_FR)]
)
def test_the_page_is_in_the_readers_language_and_direction(
    client_for, agreement, language, direction, title
):
    response = client_for("officer").get(url("agreements:sheet", agreement, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert escape(title) in html
    assert url("agreements:detail", agreement, language) in html
    assert url("agreements:sheet-pdf", agreement, language) in html
    assert "agreements/sheet.css" in html


def test_the_page_has_no_inline_style_the_csp_would_block(client_for, agreement):
    html = client_for("officer").get(url("agreements:sheet", agreement, "ar")).content.decode()
    assert "style=" not in html
    assert "<style" not in html
    assert '<span class="bar-100">' in html  # the region's first tranche, fully delivered
    assert '<span class="bar-50">' in html  # the region: half of what it committed


@pytest.mark.slow
def test_a_representative_sees_the_sheet_of_an_agreement_its_organisation_signs(
    client_for, users, agreement
):
    PartyFactory(agreement=agreement, partner=users["partner"].partner)
    client = client_for("partner")
    assert client.get(url("agreements:sheet", agreement, "fr")).status_code == 200
    assert client.get(url("agreements:sheet-pdf", agreement, "fr")).status_code == 200


@pytest.mark.parametrize("name", ["agreements:sheet", "agreements:sheet-pdf"])
def test_a_representative_gets_404_for_an_agreement_its_organisation_is_not_party_to(
    client_for, agreement, name
):
    response = client_for("partner").get(url(name, agreement, "ar"))
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["agreements:sheet", "agreements:sheet-pdf"])
def test_an_anonymous_visitor_is_sent_to_sign_in(client_for, agreement, name):
    response = client_for(None).get(url(name, agreement, "ar"))
    assert response.status_code == 302
    assert "/accounts/" in response["Location"]


# Query budget -----------------------------------------------------------------------------------


def count_sheet_queries(client, agreement):
    sheet = url("agreements:sheet", agreement, "ar")
    client.get(sheet)  # warm the session and the commune profile's cache outside the count
    with CaptureQueriesContext(connection) as queries:
        response = client.get(sheet)
    assert response.status_code == 200
    return len(queries)


def add_parties(agreement, count):
    for n in range(count):
        party = PartyFactory(agreement=agreement)
        ObligationFactory(party=party, tranche=1)
        ObligationFactory(party=party, tranche=2, due_year=2026 + n % 2)


def test_the_page_runs_the_same_queries_for_2_parties_as_for_6(
    client_for, agreement, django_assert_max_num_queries
):
    client = client_for("officer")
    with_two = count_sheet_queries(client, agreement)
    add_parties(agreement, 4)
    with_six = count_sheet_queries(client, agreement)
    assert with_two == with_six, f"{with_two} queries with 2 parties, {with_six} with 6"
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(url("agreements:sheet", agreement, "fr"))


# Pieces -----------------------------------------------------------------------------------------


def test_the_file_name_keeps_only_safe_characters():
    assert pdf_filename("CONV/2025 – 17", "ar") == "CONV-2025-17-ar.pdf"
    assert pdf_filename("اتفاقية", "fr") == "agreement-fr.pdf"


@pytest.mark.parametrize(
    "address",
    [
        "http://example.org/logo.png",
        "https://example.org/font.ttf",
        "file:///etc/passwd",
        "file:///work/../etc/passwd",
        "file://server/share/font.ttf",
        "data:text/plain,hello",
    ],
)
def test_the_pdf_reads_no_url_and_no_file_outside_the_application(address):
    with pytest.raises(ValueError):
        local_path(address, allowed_roots())


def test_the_pdf_reads_the_packaged_font():
    assert local_path(packaged_font().as_uri(), allowed_roots()) == packaged_font()
