"""Writes on the convention templates: a kind's text in one language, and the legal references
the kind cites in that language."""

from django.db import transaction

from taawun.core.concurrency import advance
from taawun.core.history import stamp

from ..choices import ConventionLanguage
from ..models import AgreementKind, ConventionTemplate


@transaction.atomic
def convention_template_save(
    *,
    kind: AgreementKind,
    language: str,
    title: str,
    body: str,
    legal_references: str,
    by=None,
    expected_version=None,
) -> ConventionTemplate:
    """Save `kind`'s convention template in `language` (created on its first save) and the
    kind's legal references in that language, all or nothing; a placeholder the template
    language does not know is refused (ConventionTemplate.clean), naming its line."""
    if language not in ConventionLanguage.values:
        raise ValueError(f"Conventions are not drafted in {language!r}")
    template = ConventionTemplate.objects.filter(kind=kind, language=language).first()
    template = advance(
        template or ConventionTemplate(kind=kind, language=language), expected_version
    )
    template.title, template.body = title, body
    template.full_clean()
    stamp(template, by)
    template.save()
    field = f"legal_references_{language}"
    if getattr(kind, field) != legal_references:
        kind = AgreementKind.objects.select_for_update().get(pk=kind.pk)
        setattr(kind, field, legal_references)
        kind.full_clean()
        stamp(kind, by)
        kind.save()
    return template
