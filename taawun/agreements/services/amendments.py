"""Amendments (avenants): drafted, then applied once the council has approved them."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import stamp

from ..choices import AmendmentStatus, ChangedTerm, EventAction
from ..lifecycle import TransitionRefused, require
from ..models import Agreement, Amendment, AmendmentChange
from .lifecycle import _assign, _event


@transaction.atomic
def amendment_save(
    *,
    agreement: Agreement,
    amendment: Amendment | None = None,
    by=None,
    expected_version=None,
    **fields,
) -> Amendment:
    """Draft an amendment of a signed agreement (or edit a draft) from its fields."""
    lock(agreement)
    if amendment is None:
        amendment = Amendment(agreement=agreement)
    elif amendment.agreement_id != agreement.pk:
        raise TransitionRefused(_("This amendment belongs to another agreement."))
    if amendment.pk:
        lock(amendment)
    if amendment.status == AmendmentStatus.APPROVED:
        raise TransitionRefused(_("An applied amendment can no longer be edited."))
    require(agreement, "amend")
    advance(amendment, expected_version)
    _assign(amendment, fields)
    amendment.full_clean()
    stamp(amendment, by)
    amendment.save()
    return amendment


@transaction.atomic
def amendment_apply(*, amendment: Amendment, by=None) -> Amendment:
    """The amendment was approved and signed: apply its changes and keep what they replaced."""
    agreement = lock(amendment.agreement)
    lock(amendment)
    require(agreement, "apply-amendment", amendment)
    changes = []
    for term, new in (
        (ChangedTerm.START_DATE, amendment.new_start_date),
        (ChangedTerm.END_DATE, amendment.new_end_date),
    ):
        old = getattr(agreement, term)
        if new is not None and new != old:
            changes.append(
                AmendmentChange(
                    amendment=amendment,
                    term=term,
                    before=old.isoformat() if old else "",
                    after=new.isoformat(),
                )
            )
            setattr(agreement, term, new)
    for obligation in amendment.added_obligations.select_related("party__partner"):
        changes.append(
            AmendmentChange(
                amendment=amendment,
                term=ChangedTerm.OBLIGATION,
                subject=str(obligation.party.partner),
                after=f"{obligation.amount} {obligation.currency}",
            )
        )
    for party in amendment.added_parties.select_related("partner"):
        changes.append(
            AmendmentChange(amendment=amendment, term=ChangedTerm.PARTY, after=str(party.partner))
        )
    agreement.full_clean()
    advance(agreement)  # an edit form opened before the amendment is now stale
    stamp(agreement, by)
    agreement.save(update_fields=["start_date", "end_date", "version", "updated_at"])
    AmendmentChange.objects.bulk_create(changes)
    amendment.status = AmendmentStatus.APPROVED
    amendment.applied_at = timezone.now()
    stamp(amendment, by)
    amendment.save(update_fields=["status", "applied_at", "updated_at"])
    _event(agreement, EventAction.AMENDMENT, by, on=amendment.dated, detail=str(amendment.number))
    return amendment
