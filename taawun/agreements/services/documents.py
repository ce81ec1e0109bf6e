"""Documents: a signed scan, an annex, a proof, checked for what it really is, with versions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import stamp
from taawun.core.i18n import CONTENT_LANGUAGES

from ..models import Agreement, Document


@transaction.atomic
def document_add(
    *,
    agreement: Agreement,
    upload,
    category: str,
    title_ar: str = "",
    title_fr: str = "",
    title_en: str = "",
    is_public: bool = False,
    previous: Document | None = None,
    by=None,
) -> Document:
    """Store a document after checking what it really is; a new version replaces `previous`.
    Its title in Arabic or French at least (English optional)."""
    content_type, extension = validate_document(upload)
    base = upload.name.rsplit(".", 1)[0][:80] or "document"
    upload.name = f"{base}.{extension}"  # the name follows the content, not the other way round
    document = Document(
        agreement=agreement,
        title_ar=title_ar,
        title_fr=title_fr,
        title_en=title_en,
        category=category,
        is_public=is_public,
        content_type=content_type,
        size=upload.size,
        uploaded_by=by,
    )
    if previous is not None:
        if previous.agreement_id != agreement.pk:
            raise ValidationError(_("A new version must belong to the same agreement."))
        lock(previous)  # two new versions of one document at once: the second is refused
        # Ask the database: the form has already linked `previous` to the unsaved new version.
        if Document.objects.filter(previous=previous).exists():
            raise ValidationError(_("Only the latest version can be replaced."))
        document.previous = previous
        document.version = previous.version + 1
    document.file.save(upload.name, upload, save=False)
    document.full_clean()
    stamp(document, by)
    document.save()
    return document


def proof_titles(partner) -> dict[str, str]:
    """A proof of delivery's title in each language, the partner named in that language."""
    titles = {}
    for code in CONTENT_LANGUAGES:
        with translation.override(code):
            title = _("Proof of delivery — %(partner)s") % {"partner": partner}
        titles[f"title_{code}"] = title[:200]
    return titles
