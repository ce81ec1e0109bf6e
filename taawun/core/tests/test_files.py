"""The two file storages: private names, the private storage under no URL, the checks that keep
it out of every served folder, and the move of files that were public before."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages

from taawun.core.checks import check_private_files
from taawun.core.files import move_public_files_to_private, unguessable_name

PDF = b"%PDF-1.4\nconfidential\n"


def test_an_unguessable_name_keeps_only_a_clean_extension():
    names = {unguessable_name("agreements", "Convention signée 2026-12-03.PDF") for _ in range(50)}
    assert len(names) == 50
    for name in names:
        assert re.fullmatch(r"agreements/[0-9a-f]{32}\.pdf", name)
    assert re.fullmatch(r"x/[0-9a-f]{32}", unguessable_name("x", "no extension"))
    assert re.fullmatch(r"x/[0-9a-f]{32}\.png", unguessable_name("x", "../../a.p/n?g"))


def test_the_private_storage_has_no_url():
    with pytest.raises(ValueError, match="private file"):
        storages["private"].url("agreements/x.pdf")


def test_the_private_storage_follows_its_setting(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "elsewhere"
    assert Path(storages["private"].location) == tmp_path / "elsewhere"


@pytest.mark.parametrize(
    ("private", "media"), [("media/private", "media"), ("files", "files/media")]
)
def test_the_check_refuses_private_files_inside_a_served_folder(settings, tmp_path, private, media):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / private
    settings.MEDIA_ROOT = tmp_path / media
    assert [error.id for error in check_private_files(None)] == ["taawun.E002"]


def test_the_check_refuses_an_unknown_web_server(settings):
    settings.PRIVATE_MEDIA_SERVER = "lighttpd"
    assert [error.id for error in check_private_files(None)] == ["taawun.E003"]
    settings.PRIVATE_MEDIA_SERVER = "nginx"
    assert check_private_files(None) == []


@pytest.mark.django_db
def test_files_stored_publicly_before_move_to_the_private_storage(
    settings, tmp_path, django_capture_on_commit_callbacks
):
    from taawun.agreements.models import Document
    from taawun.agreements.tests.factories import AgreementFactory

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    public = storages["default"]
    old = public.save("agreements/21/20261203064526-PRB-secret-contract.pdf", ContentFile(PDF))
    leftover = public.save("agreements/9/20250101000000-deleted-long-ago.pdf", ContentFile(PDF))
    logo = public.save("commune/logo.png", ContentFile(b"\x89PNG\r\n\x1a\n"))
    document = Document.objects.create(
        agreement=AgreementFactory(),
        title_fr="Convention",
        category="signed",
        content_type="application/pdf",
        size=len(PDF),
        file="placeholder.pdf",
    )
    Document.objects.filter(pk=document.pk).update(file=old)
    document.history.update(file=old)

    with django_capture_on_commit_callbacks(execute=True):
        move_public_files_to_private(Document, "file", "agreements", history=Document.history.model)

    document.refresh_from_db()
    assert re.fullmatch(r"agreements/[0-9a-f]{32}\.pdf", document.file.name)
    assert storages["private"].open(document.file.name).read() == PDF
    assert set(document.history.values_list("file", flat=True)) == {document.file.name}
    assert not public.exists(old) and not public.exists(leftover)
    assert storages["private"].exists(f"unreferenced/{leftover}")
    assert public.exists(logo), "public files stay public"

    # Once more: nothing left to move, nothing changes.
    with django_capture_on_commit_callbacks(execute=True):
        move_public_files_to_private(Document, "file", "agreements", history=Document.history.model)
    assert Document.objects.get(pk=document.pk).file.name == document.file.name
