"""What an uploaded file really is, read from its first bytes rather than its name."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
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


def document_response(document):
    """Send a stored document (a model with `file` and `content_type`) through the storage API,
    with its checked content type; the browser may neither sniff nor run what it receives."""
    handle = document.file.storage.open(document.file.name, "rb")
    response = FileResponse(
        handle, content_type=document.content_type, filename=document.file.name.rsplit("/", 1)[-1]
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
