"""Documents: a signed scan, an annex, a proof, checked for what it really is, with versions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from taawun.core.files import validate_document
from taawun.core.history import stamp

from ..models import Agreement, Document


@transaction.atomic
def document_add(
    *,
    agreement: Agreement,
    upload,
    title: str,
    category: str,
    is_public: bool = False,
    previous: Document | None = None,
    by=None,
) -> Document:
    """Store a document after checking what it really is; a new version replaces `previous`."""
    content_type, extension = validate_document(upload)
    base = upload.name.rsplit(".", 1)[0][:80] or "document"
    upload.name = f"{base}.{extension}"  # the name follows the content, not the other way round
    document = Document(
        agreement=agreement,
        title=title,
        category=category,
        is_public=is_public,
        content_type=content_type,
        size=upload.size,
        uploaded_by=by,
    )
    if previous is not None:
        if previous.agreement_id != agreement.pk:
            raise ValidationError(_("A new version must belong to the same agreement."))
        # Ask the database: the form has already linked `previous` to the unsaved new version.
        if Document.objects.filter(previous=previous).exists():
            raise ValidationError(_("Only the latest version can be replaced."))
        document.previous = previous
        document.version = previous.version + 1
    document.file.save(upload.name, upload, save=False)
    stamp(document, by)
    document.save()
    return document
