"""Agreement documents are private files: kept outside every served folder, under names nobody
can guess, and sent only by the views that check the reader (security review, finding 1)."""

import re
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements import services
from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
from taawun.core.tests.media import served_media  # noqa: F401  (a fixture)

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%% confidential\n%%EOF\n"


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def agreement(users, commune):
    """An agreement in force between the commune and the representative's organisation."""
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement, partner=users["partner"].partner)
    return agreement


def add(agreement, name="PRB-secret-contract.pdf", *, is_public=False):
    return services.document_add(
        agreement=agreement,
        upload=SimpleUploadedFile(name, PDF, content_type="application/pdf"),
        title_fr="Convention signée",
        category="signed",
        is_public=is_public,
    )


@pytest.fixture
def document(agreement):
    return add(agreement)


def test_a_document_is_kept_in_the_private_storage_outside_every_served_folder(document, settings):
    assert document.file.storage.location == storages["private"].location
    stored = Path(document.file.path).resolve()
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    for served in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
        assert not stored.is_relative_to(Path(served).resolve())
    assert stored.read_bytes() == PDF


@pytest.mark.parametrize("debug", [True, False], ids=["debug", "production"])
def test_the_stored_path_of_a_private_document_is_not_served(
    debug, document, client, settings, request
):
    if debug:
        request.getfixturevalue("served_media")  # /media/ served by Django, as in `make demo`
    for path in (
        settings.MEDIA_URL + document.file.name,
        f"{settings.MEDIA_URL}{Path(settings.PRIVATE_MEDIA_ROOT).name}/{document.file.name}",
        f"{settings.MEDIA_URL}../{Path(settings.PRIVATE_MEDIA_ROOT).name}/{document.file.name}",
    ):
        response = client.get(path)
        assert response.status_code in (400, 404), path  # 400: a path out of MEDIA_ROOT
        assert b"confidential" not in b"".join(getattr(response, "streaming_content", [])), path
    # Not under MEDIA_ROOT either, which the web server serves in production.
    assert (
        not Path(document.file.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    )


@pytest.mark.parametrize("role", ["officer", "council", "partner"])
def test_the_checked_download_sends_the_document_to_the_commune_and_the_parties(
    role, document, client_for
):
    response = client_for(role).get(url("agreements:document", pk=document.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF
    # Saved under the document's title, not under the stored name.
    assert "filename" in response["Content-Disposition"]
    assert document.file.name.rsplit("/", 1)[-1] not in response["Content-Disposition"]


def test_another_organisation_and_strangers_get_nothing(document, client_for):
    # The association's representative belongs to an organisation that is no party.
    download = url("agreements:document", pk=document.pk)
    assert client_for("association").get(download).status_code == 404
    anonymous = client_for(None).get(download)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    # The portal's route serves public documents of public agreements only.
    assert client_for(None).get(url("portal:agreement-document", pk=document.pk)).status_code == 404


def test_a_public_document_is_sent_by_the_portal_from_the_private_storage(agreement, client):
    document = add(agreement, is_public=True)
    assert document.file.storage.location == storages["private"].location
    response = client.get(url("portal:agreement-document", pk=document.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_stored_names_owe_nothing_to_the_upload_name_or_the_time(agreement):
    first = add(agreement)
    second = add(agreement)
    names = [first.file.name, second.file.name]
    today = timezone.localdate()
    assert names[0] != names[1]
    for name in names:
        assert "secret" not in name and "contract" not in name and "PRB" not in name
        # not today's date in any of its usual shapes (a random hex may hold any digits)
        for shape in ("%Y%m%d", "%Y-%m-%d", "%Y/%m/%d", "%Y/%m"):
            assert today.strftime(shape) not in name, "no date in the name"
        assert re.search(r"[0-9a-f]{32}", name), "at least 128 random bits"
        assert name.endswith(".pdf")


@pytest.mark.parametrize(
    ("server", "header"), [("nginx", "X-Accel-Redirect"), ("apache", "X-Sendfile")]
)
def test_in_production_the_web_server_sends_the_file_after_the_check(
    server, header, document, client_for, settings
):
    settings.PRIVATE_MEDIA_SERVER = server
    response = client_for("officer").get(url("agreements:document", pk=document.pk))
    assert response.status_code == 200
    assert not getattr(response, "streaming", False)
    assert response.content == b"", "the web server sends the body"
    if server == "nginx":
        assert response[header] == settings.PRIVATE_MEDIA_INTERNAL_URL + document.file.name
    else:
        assert response[header] == str(Path(document.file.path))
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "filename" in response["Content-Disposition"]
    # Refused readers get no header at all.
    other = client_for(None).get(url("portal:agreement-document", pk=document.pk))
    assert other.status_code == 404 and header not in other
