"""Writes on partners. Views, the API, imports and the demo loader all come through here.

Each service takes plain keyword data (model field names; `domains` a list of domains or their
ids), checks it with `full_clean()` and writes all or nothing: a ValidationError names the
fields at fault and leaves the database as it was.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts import permissions
from taawun.core.concurrency import advance
from taawun.core.history import stamp

from .columns import FORM_FIELDS, REPRESENTATIVE_FIELDS
from .models import Contact, Partner

CONTACT_FIELDS = ["name", "role", "email", "phone"]


def editable_fields(user) -> list[str]:
    """The fields `user` may write: all for the commune's editors (and for commands, which
    have no user); a partner's representative only describes its own organisation."""
    if user is None or permissions.has_role(user, permissions.EDITORS):
        return FORM_FIELDS
    return REPRESENTATIVE_FIELDS


def _write(partner, fields, by):
    unknown = set(fields) - set(FORM_FIELDS)
    if unknown:
        raise TypeError(f"not partner fields: {', '.join(sorted(unknown))}")
    refused = set(fields) - set(editable_fields(by))
    if refused:
        raise ValidationError(
            {name: _("Only the commune's staff may change this field.") for name in refused}
        )
    domains = fields.pop("domains", None)
    for name, value in fields.items():
        setattr(partner, name, value)
    partner.full_clean()
    stamp(partner, by)
    partner.save()
    if domains is not None:
        partner.domains.set(domains)
    return partner


def _sync_contacts(partner, contacts, by):
    """Apply rows of contact people: {"id": …, "delete": True} removes one, a row with an id
    changes it, a row without one adds it."""
    for row in contacts:
        row = dict(row)
        pk = row.pop("id", None)
        delete = row.pop("delete", False)
        row.setdefault("expected_version", row.pop("version", None))
        contact = None if pk is None else partner.contacts.get(pk=pk)
        if delete:
            if contact is not None:
                contact_delete(contact=contact, by=by)
        else:
            contact_save(partner=partner, contact=contact, by=by, **row)


@transaction.atomic
def partner_create(*, by=None, contacts=(), **fields) -> Partner:
    """Create a partner, with its contact people, all or nothing."""
    partner = _write(Partner(), dict(fields), by)
    _sync_contacts(partner, contacts, by)
    return partner


@transaction.atomic
def partner_update(
    *, partner: Partner, by=None, contacts=(), expected_version=None, **fields
) -> Partner:
    """Change the fields given (the others keep their value) and apply the contact rows.
    `expected_version`: the version the editor saw; another one now is a StaleEdit."""
    advance(partner, expected_version)
    _write(partner, dict(fields), by)
    _sync_contacts(partner, contacts, by)
    return partner


@transaction.atomic
def contact_save(
    *,
    partner: Partner,
    contact: Contact | None = None,
    by=None,
    expected_version=None,
    **fields,
):
    """Add a contact person to `partner`, or change `contact` (from `expected_version`)."""
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"not contact fields: {', '.join(sorted(unknown))}")
    contact = contact or Contact(partner=partner)
    advance(contact, expected_version)
    for name, value in fields.items():
        setattr(contact, name, value)
    contact.full_clean()
    stamp(contact, by)
    contact.save()
    return contact


@transaction.atomic
def contact_delete(*, contact: Contact, by=None):
    stamp(contact, by)
    contact.delete()


@transaction.atomic
def partner_archive(*, partner: Partner, by=None) -> Partner:
    """Archive a partner: it leaves the lists and the portal but keeps its history."""
    partner.archived_at = timezone.now()
    stamp(partner, by)
    partner.save(update_fields=["archived_at", "updated_at"])
    return partner


@transaction.atomic
def partner_restore(*, partner: Partner, by=None) -> Partner:
    """Bring an archived partner back."""
    partner.archived_at = None
    stamp(partner, by)
    partner.save(update_fields=["archived_at", "updated_at"])
    return partner
