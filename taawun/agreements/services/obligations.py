"""What each party owes, what it waived, and what it delivered.

Each service locks the agreement, then the obligation (`core.db.lock`) before it checks
anything: parallel deliveries are checked one after the other against what remains due.
"""

from datetime import date
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import stamp
from taawun.core.i18n import amount
from taawun.finance.services import to_mad

from ..choices import DocumentCategory, EventAction, ObligationKind, ObligationStatus
from ..lifecycle import TransitionRefused, require
from ..models import Delivery, Obligation, Party
from ..signals import delivery_asked, obligation_saved
from .documents import document_add, proof_titles
from .lifecycle import _event, _not_in_future, _reason


def _valuation_day(obligation):
    if obligation.due_date:
        return obligation.due_date
    if obligation.due_year:
        return date(obligation.due_year, 1, 1)
    return timezone.localdate()


def _refresh_status(obligation):
    if obligation.status == ObligationStatus.WAIVED:
        return
    delivered = obligation.deliveries.aggregate(total=Sum("mad_value"))["total"] or Decimal("0")
    obligation.delivered_mad = delivered
    if delivered <= 0:
        obligation.status = ObligationStatus.DUE
    elif delivered < obligation.mad_value:
        obligation.status = ObligationStatus.PARTLY_DELIVERED
    else:
        obligation.status = ObligationStatus.DELIVERED


@transaction.atomic
def obligation_save(
    *,
    party: Party,
    kind: str,
    amount: Decimal,
    currency: str,
    due_date: date | None = None,
    due_year: int | None = None,
    tranche: int | None = None,
    in_kind_type: str = "",
    description_ar: str = "",
    description_fr: str = "",
    description_en: str = "",
    added_by_amendment=None,
    obligation: Obligation | None = None,
    by=None,
    expected_version=None,
) -> Obligation:
    """Add (or edit, given `obligation`) what a party owes; its MAD value comes from the rate
    valid when it is due. The model's rules apply (a date or a year, a described contribution
    in kind, a plausible amount), whoever calls."""
    lock(party.agreement)
    if obligation is not None:
        lock(obligation)
    require(party.agreement, "obligation", party)
    if obligation is None:
        obligation = Obligation(party=party, added_by_amendment=added_by_amendment)
    elif obligation.party_id != party.pk:
        raise TransitionRefused(_("This obligation belongs to another party."))
    advance(obligation, expected_version)
    obligation.kind = kind
    obligation.in_kind_type = "" if kind == ObligationKind.FINANCIAL else in_kind_type
    obligation.description_ar = description_ar
    obligation.description_fr = description_fr
    obligation.description_en = description_en
    obligation.amount = amount
    obligation.currency = currency
    obligation.tranche = tranche
    obligation.due_date = due_date
    obligation.due_year = due_year
    obligation.clean()  # the model's rules first, before looking for an exchange rate
    obligation.mad_value = to_mad(
        obligation.amount, obligation.currency, _valuation_day(obligation)
    )
    if obligation.pk:
        _refresh_status(obligation)
    obligation.full_clean()
    stamp(obligation, by)
    obligation.save()
    # Whatever follows an obligation (a project's funding plan) hears of it in the same transaction.
    obligation_saved.send(sender=Obligation, obligation=obligation)
    return obligation


def _waiver_facts(obligation):
    return {
        "obligation": obligation.pk,
        "party": obligation.party_id,
        "mad": str(obligation.mad_value),
        "tranche": obligation.tranche,
    }


@transaction.atomic
def obligation_waive(*, obligation: Obligation, reason: str = "", by=None) -> Obligation:
    """The parties agree the obligation is no longer owed: only while nothing of it was delivered
    and the agreement is not closed, and with the reason, kept on the timeline (and in the
    obligation's history). A waived obligation leaves the committed totals."""
    agreement = lock(obligation.party.agreement)
    lock(obligation)
    require(agreement, "waive", obligation)
    reason = _reason(reason, _("Give the reason why this obligation is waived."))
    obligation.status = ObligationStatus.WAIVED
    stamp(obligation, by)
    obligation._change_reason = reason
    obligation.save(update_fields=["status", "updated_at"])
    _event(agreement, EventAction.WAIVED, by, detail=reason, facts=_waiver_facts(obligation))
    return obligation


@transaction.atomic
def obligation_unwaive(*, obligation: Obligation, reason: str = "", by=None) -> Obligation:
    """Undo a waiver (a mistake, or the parties changed their minds): the obligation is due
    again, with the reason on the timeline. Not once the agreement has ended."""
    agreement = lock(obligation.party.agreement)
    lock(obligation)
    require(agreement, "undo-waiver", obligation)
    reason = _reason(reason, _("Give the reason why the waiver is undone."))
    obligation.status = ObligationStatus.DUE
    _refresh_status(obligation)
    stamp(obligation, by)
    obligation._change_reason = reason
    obligation.save(update_fields=["status", "delivered_mad", "updated_at"])
    _event(agreement, EventAction.WAIVER_UNDONE, by, detail=reason, facts=_waiver_facts(obligation))
    return obligation


@transaction.atomic
def delivery_record(
    *,
    obligation: Obligation,
    delivered_on: date,
    mad_value: Decimal,
    note: str = "",
    proof=None,
    document=None,
    by=None,
) -> Delivery:
    """Record money paid or a contribution handed over, with its proof; updates the status.

    `document`: a proof already stored (a confirmed payment declaration's), reused as is."""
    agreement = lock(obligation.party.agreement)
    lock(obligation)
    require(agreement, "deliver", obligation)
    _not_in_future(delivered_on, _("The delivery date"))
    if mad_value <= 0:
        raise TransitionRefused(_("The value delivered must be more than zero."))
    for _receiver, reason in delivery_asked.send(sender=Obligation, obligation=obligation):
        if reason:
            raise TransitionRefused(reason)
    if mad_value > obligation.outstanding_mad:
        raise TransitionRefused(
            _("Only %(left)s remain due on this obligation; %(value)s is too much.")
            % {"left": amount(obligation.outstanding_mad), "value": amount(mad_value)}
        )
    if proof is not None:
        document = document_add(
            agreement=agreement,
            upload=proof,
            **proof_titles(obligation.party.partner),
            category=DocumentCategory.PROOF,
            by=by,
        )
    delivery = Delivery(
        obligation=obligation,
        delivered_on=delivered_on,
        mad_value=mad_value,
        note=note,
        proof=document,
        recorded_by=by,
    )
    delivery.full_clean()
    stamp(delivery, by)
    delivery.save()
    _refresh_status(obligation)
    stamp(obligation, by)
    obligation.save(update_fields=["status", "delivered_mad", "updated_at"])
    return delivery
