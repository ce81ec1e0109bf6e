"""The form patterns on real pages: an agreement document whose title is missing keeps its
file for the next try, and the saved record is named and found again at its row."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from taawun.agreements.models import Document
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def test_a_document_sent_without_its_title_is_kept_and_saved_on_the_next_try(
    client_for, commune, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    agreement = AgreementFactory()
    client = client_for("officer")
    form_url = url("agreements:document-create", pk=agreement.pk)
    scan = SimpleUploadedFile("convention.pdf", PDF, content_type="application/pdf")
    failed = client.post(form_url, {"title_fr": "", "category": "signed", "file": scan})
    assert failed.status_code == 400
    page = failed.content.decode()
    assert page.count('href="#id_title') == 1
    assert "<title>Error: " in page
    token = re.search(r'name="kept-file" value="([^"]+)"', page).group(1)
    assert "File kept: <bdi>convention.pdf</bdi>" in page
    assert not Document.objects.exists()

    saved = client.post(
        form_url, {"title_fr": "Convention signée", "category": "signed", "kept-file": token}
    )
    assert saved.status_code == 302
    document = Document.objects.get()
    with document.file.open("rb") as stored:
        assert stored.read() == PDF
    assert saved["Location"] == f"{agreement.get_manage_url()}#document-{document.pk}"
    assert [str(m) for m in saved.wsgi_request._messages] == [f"Saved: <bdi>{document}</bdi>"]
    assert f'<li id="document-{document.pk}">' in client.get(saved["Location"]).content.decode()


def test_each_obligation_row_of_an_agreement_page_can_be_returned_to(client_for, commune):
    obligation = ObligationFactory(party=PartyFactory(agreement=AgreementFactory()))
    page = client_for("officer").get(obligation.party.agreement.get_manage_url())
    assert f'<tr id="obligation-{obligation.pk}"' in page.content.decode()


@pytest.mark.parametrize(
    ("role", "name"),
    [("officer", "agreements:list"), ("officer", "partners:list"), (None, "portal:agreement-list")],
)
def test_an_empty_filtered_list_offers_to_clear_the_filters(client_for, commune, role, name):
    list_url = url(name)
    filtered = client_for(role).get(list_url, {"q": "nothing matches this"}).content.decode()
    assert f'<a class="clear-filters" href="{list_url}">Clear the filters</a>' in filtered


def test_an_empty_list_without_filters_offers_nothing_to_clear(client_for, commune):
    page = client_for(None).get(url("portal:agreement-list")).content.decode()
    assert "No agreement matches these filters." in page
    assert "clear-filters" not in page


@pytest.mark.parametrize("name", ["partners:create", "projects:create", "agreements:create"])
def test_the_register_forms_open_with_the_error_summary_and_the_error_word(
    client_for, commune, name
):
    response = client_for("officer").post(url(name), {})
    assert response.status_code in (200, 400)
    page = response.content.decode()
    assert 'id="error-summary"' in page
    assert re.search(r"<title>Error: (New partner|New project|New agreement) ·", page)
    assert re.search(r'<a href="#id_\w+">', page[page.index('id="error-summary"') :])
