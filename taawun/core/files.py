"""Uploaded files: what a file really is (read from its first bytes rather than its name), where
it is kept, and how a private one reaches the reader the view has checked.

Two storages (settings.STORAGES): "default", public files served as they are at MEDIA_URL (the
commune's logo), and "private", kept in PRIVATE_MEDIA_ROOT under no URL at all (agreement
documents, photos of project news, public or not: a record's publication can change, its file's
place does not). Private files get names nobody can guess and are sent only by a view that has
checked the reader, through `private_file_response`."""

import mimetypes
import re
import secrets
import zipfile
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse, HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.cache import patch_cache_control
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

OFFICE_ZIP = {
    "word/": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xl/": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "ppt/": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
}
OPEN_DOCUMENT = {
    b"application/vnd.oasis.opendocument.text": ("application/vnd.oasis.opendocument.text", "odt"),
    b"application/vnd.oasis.opendocument.spreadsheet": (
        "application/vnd.oasis.opendocument.spreadsheet",
        "ods",
    ),
}


def sniff(upload):
    """(content type, extension) of a PDF, image or office file; None for anything else."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "application/pdf", "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/msword", "doc"  # legacy Word/Excel container
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()
                if "mimetype" in names:
                    kind = OPEN_DOCUMENT.get(archive.read("mimetype").strip())
                    if kind:
                        return kind
                if "[Content_Types].xml" in names:
                    for prefix, kind in OFFICE_ZIP.items():
                        if any(name.startswith(prefix) for name in names):
                            return kind
        except zipfile.BadZipFile:
            return None
        finally:
            upload.seek(0)
    return None


def validate_document(upload):
    """Refuse files that are too large or not a PDF, image or office document, saying why."""
    limit = settings.DOCUMENT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    kind = sniff(upload)
    if kind is None:
        raise ValidationError(
            _(
                "This file is not a PDF, an image (PNG, JPEG, WebP) or an office document, "
                "whatever its name says. Nothing was saved."
            )
        )
    return kind


# --- Where uploads are kept ------------------------------------------------------------------


@deconstructible(path="taawun.core.files.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """Files only a view that checks the reader may send: kept in PRIVATE_MEDIA_ROOT, which no
    URL serves. `url()` refuses, so no template can link a file around the check."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError(f"{name} is a private file: link the view that checks its reader.")


def private_storage():
    """The private storage, for a field's `storage=` (a callable: read when first used)."""
    return storages["private"]


def unguessable_name(folder, filename):
    """`folder/<128 random bits in hex>.<extension>`: nothing of the upload's name or time, which
    a reader could guess; only the extension is kept (lower case, letters and digits)."""
    extension = re.sub(r"[^a-z0-9]", "", filename.rpartition(".")[2].lower())[:10]
    if "." not in filename or not extension:
        return f"{folder}/{secrets.token_hex(16)}"
    return f"{folder}/{secrets.token_hex(16)}.{extension}"


# --- How a private file reaches the reader the view has checked -------------------------------

SERVERS = ("", "nginx", "apache")


def private_file_response(field_file, *, content_type=None, filename=None):
    """Send a stored file after the view's check. PRIVATE_MEDIA_SERVER "nginx" or "apache":
    the answer carries only headers and the web server sends the body (X-Accel-Redirect to the
    `internal` location at PRIVATE_MEDIA_INTERNAL_URL; X-Sendfile with the file's path); ""
    (development, tests): the file is streamed from the storage. The browser may neither sniff
    nor run what it receives, and no shared cache keeps it."""
    name = field_file.name
    content_type = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    server = settings.PRIVATE_MEDIA_SERVER
    if server == "nginx":
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.PRIVATE_MEDIA_INTERNAL_URL + quote(name)
    elif server == "apache":
        response = HttpResponse(content_type=content_type)
        response["X-Sendfile"] = field_file.storage.path(name)
    else:
        response = FileResponse(field_file.storage.open(name, "rb"), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        False, filename or name.rsplit("/", 1)[-1]
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    patch_cache_control(response, private=True)
    return response


def document_response(document):
    """Send a stored document (a model with `file`, `content_type` and `title`) with its checked
    content type, named after its title and the extension its content gave it."""
    extension = document.file.name.rpartition(".")[2]
    try:
        title = get_valid_filename(document.title[:80])
    except SuspiciousFileOperation:  # nothing of the title is fit for a file name
        title = "document"
    return private_file_response(
        document.file, content_type=document.content_type, filename=f"{title}.{extension}"
    )


# --- Files that were public before the private storage existed -------------------------------


def move_public_files_to_private(model, field, folder, *, sweep=None, history=None):
    """Move every stored file of `model.field` from the public storage into the private one,
    under a new unguessable name, and rename it in the rows and in their history (`history`,
    the historical model). Used by the migrations that made those files private; a file already
    moved, or missing, is left alone, so running it again changes nothing.

    The public copies are removed once the migration's transaction has committed, with every
    other file left under the public folder `sweep` (files of rows deleted long ago; `folder`
    unless told): those go to the private "unreferenced/" folder for the operator to keep or
    delete, out of every URL."""
    from django.db import transaction

    public, private = storages["default"], storages["private"]
    moved = []
    rows = model._default_manager.exclude(**{field: ""}).exclude(**{f"{field}__isnull": True})
    for pk, name in rows.values_list("pk", field).iterator():
        if not public.exists(name):
            continue
        with public.open(name, "rb") as source:
            new = private.save(unguessable_name(folder, name), source)
        model._default_manager.filter(pk=pk).update(**{field: new})
        if history is not None:
            history._default_manager.filter(**{field: name}).update(**{field: new})
        moved.append(name)

    def remove_public_copies():
        for name in moved:
            public.delete(name)
        for name in _files_under(public, sweep or folder):
            with public.open(name, "rb") as source:
                private.save(f"unreferenced/{name}", source)
            public.delete(name)

    transaction.on_commit(remove_public_copies)


def _files_under(storage, folder):
    """Every file below `folder` of `storage`, by its stored name."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    found = [f"{folder}/{name}" for name in files]
    for directory in directories:
        found.extend(_files_under(storage, f"{folder}/{directory}"))
    return found


class BuiltFilesStorage(FileSystemStorage):
    """The heavy public files the worker builds (core.published), kept in BUILT_FILES_ROOT and
    sent by their views (with size, date and ETag), never linked straight."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.BUILT_FILES_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "BUILT_FILES_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)
