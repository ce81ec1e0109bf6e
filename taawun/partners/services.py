"""Writes on partners. Views, the API, imports and the demo loader all come through here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Partner


def _stamp(instance, by):
    """Tell django-simple-history who made the change when no request is at hand."""
    if by is not None:
        instance._history_user = by


@transaction.atomic
def partner_save(*, form, contacts=None, by=None) -> Partner:
    """Create or update a partner from a valid form, with its contact people, all or nothing."""
    if not form.is_valid() or (contacts is not None and not contacts.is_valid()):
        raise ValidationError(_("The partner was not saved: correct the marked fields."))
    partner = form.save(commit=False)
    _stamp(partner, by)
    partner.full_clean()
    partner.save()
    form.save_m2m()
    if contacts is not None:
        contacts.instance = partner
        for contact in contacts.save(commit=False):
            _stamp(contact, by)
            contact.save()
        for contact in contacts.deleted_objects:
            _stamp(contact, by)
            contact.delete()
    return partner


@transaction.atomic
def partner_archive(*, partner: Partner, by=None) -> Partner:
    """Archive a partner: it leaves the lists and the portal but keeps its history."""
    partner.archived_at = timezone.now()
    _stamp(partner, by)
    partner.save(update_fields=["archived_at", "updated_at"])
    return partner


@transaction.atomic
def partner_restore(*, partner: Partner, by=None) -> Partner:
    """Bring an archived partner back."""
    partner.archived_at = None
    _stamp(partner, by)
    partner.save(update_fields=["archived_at", "updated_at"])
    return partner
