"""What anonymous readers may know of a partner: one rule for every public output.

A partner the commune has not published (`is_public` off) or has archived is never named in
public: not on the portal, in the anonymous API, the open datasets, IATI, the feeds or the
annual report. The rule is `Partner.public_objects`'s (`PartnerQuerySet.public()`), read on one
record by `Partner.is_published`; the functions below are how every output applies it.
"""

from django.utils.translation import gettext_lazy as _

UNPUBLISHED = _("a partner not published")


def public_partner_name(partner, field="name", unpublished=UNPUBLISHED):
    """The name anonymous readers read for `partner`: its `field` ("name": in the reader's
    language; "name_fr": in the open datasets) when it is published, else `unpublished`
    ("a partner not published" on pages and in the API; "" where a file leaves the cell empty).
    """
    if partner is None:
        return ""
    if partner.is_published:
        return getattr(partner, field)
    return str(unpublished)


def published(field):
    """For outputs built from values rather than records (the transactions file, the annual
    report's table): an expression true when the partner `field` points to is one of
    Partner.public_objects — in the same query, as a subquery."""
    from django.db.models import Exists, OuterRef

    from .models import Partner

    return Exists(Partner.public_objects.filter(pk=OuterRef(field)))


def public_name_of(name, is_published, unpublished=UNPUBLISHED):
    """public_partner_name() for a partner read as values: its `name` and whether it is
    published (from `published()`)."""
    if name is None:
        return ""
    return name if is_published else str(unpublished)
