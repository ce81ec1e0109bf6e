"""An agreement document's title in Arabic, French and English, read in the reader's language
(issue 10 #9); Arabic or French at least."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from taawun.agreements import services
from taawun.agreements.choices import Stage
from taawun.agreements.forms import DocumentForm
from taawun.agreements.models import Document
from taawun.agreements.services.documents import proof_titles
from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ARABIC, FRENCH, ENGLISH = "الاتفاقية الموقعة", "Convention signée", "Signed agreement"


@pytest.fixture
def agreement(commune):
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    return agreement


def add(agreement, **titles):
    return services.document_add(
        agreement=agreement,
        upload=SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf"),
        category="signed",
        **titles,
    )


def read(document, language):
    with translation.override(language):
        return document.title


def test_a_document_reads_its_title_in_the_reader_language(agreement):
    document = add(agreement, title_ar=ARABIC, title_fr=FRENCH, title_en=ENGLISH)
    document.refresh_from_db()
    assert [read(document, code) for code in ("ar", "fr", "en")] == [ARABIC, FRENCH, ENGLISH]
    with translation.override("ar"):
        assert str(document) == ARABIC


def test_a_title_in_one_language_is_shown_to_every_reader(agreement):
    french = add(agreement, title_fr=FRENCH)
    assert [read(french, code) for code in ("ar", "fr", "en")] == [FRENCH] * 3
    arabic = add(agreement, title_ar=ARABIC)
    assert [read(arabic, code) for code in ("ar", "fr", "en")] == [ARABIC] * 3


def test_a_document_without_an_arabic_or_french_title_is_refused(agreement):
    with pytest.raises(ValidationError) as refused:
        add(agreement, title_en=ENGLISH)
    assert "title_fr" in refused.value.message_dict
    assert not Document.objects.exists()


def test_the_form_refuses_a_document_named_in_english_only(agreement):
    upload = SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf")
    form = DocumentForm(
        data={"title_en": ENGLISH, "category": "signed"},
        files={"file": upload},
        agreement=agreement,
    )
    assert not form.is_valid() and "title_fr" in form.errors
    form = DocumentForm(
        data={"title_ar": ARABIC, "category": "signed"},
        files={"file": SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf")},
        agreement=agreement,
    )
    assert form.is_valid(), form.errors
    assert form.fields["title_ar"].widget.attrs["dir"] == "rtl"


def test_the_agreement_page_and_its_history_name_the_document_in_the_reader_language(
    client_for, agreement
):
    add(agreement, title_ar=ARABIC, title_fr=FRENCH)
    client = client_for("officer")
    for name in ("agreements:detail", "agreements:history"):
        pages = {}
        for language in ("ar", "fr"):
            with translation.override(language):
                address = reverse(name, kwargs={"pk": agreement.pk})
            pages[language] = client.get(address).content.decode()
        assert ARABIC in pages["ar"] and FRENCH not in pages["ar"], name
        assert FRENCH in pages["fr"] and ARABIC not in pages["fr"], name


def test_a_proof_of_delivery_is_titled_in_each_language_after_its_partner(commune):
    partner = PartnerFactory(name_ar="جهة سوس ماسة", name_fr="Région Souss-Massa")
    titles = proof_titles(partner)
    assert set(titles) == {"title_ar", "title_fr", "title_en"}
    assert "جهة سوس ماسة" in titles["title_ar"]
    assert "Région Souss-Massa" in titles["title_fr"]
