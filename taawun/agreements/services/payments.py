"""A partner's representative declares a tranche paid, with its proof; finance confirms it (a
Delivery is recorded, the proof reused) or refuses it with a reason. Only a confirmed
declaration counts."""

from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.choices import Role
from taawun.accounts.notifications import notify
from taawun.accounts.permissions import can
from taawun.core.calendars import absolute_url
from taawun.core.db import lock
from taawun.core.history import stamp
from taawun.core.i18n import amount

from ..choices import DeclarationState, DocumentCategory, EventAction
from ..lifecycle import TransitionRefused, require
from ..models import Obligation, PaymentDeclaration
from .documents import document_add, proof_titles
from .lifecycle import _event, _not_in_future, _reason
from .obligations import delivery_record

DECLARED = "agreements.payment_declared"
DECIDED = "agreements.payment_decided"


def _pending_mad(obligation, exclude=None):
    pending = obligation.payment_declarations.filter(state=DeclarationState.PENDING)
    if exclude is not None:
        pending = pending.exclude(pk=exclude.pk)
    return pending.aggregate(total=Sum("mad_value"))["total"] or Decimal("0")


def _facts(declaration):
    return {
        "obligation": declaration.obligation_id,
        "mad_value": str(declaration.mad_value),
        "declaration": declaration.pk,
    }


def _tell(users, kind, declaration):
    for user in users:
        if user is not None and user.email and user.is_active:
            notify(
                user,
                kind,
                "agreements/email/payment_subject.txt",
                "agreements/email/payment.txt",
                {"declaration": declaration.pk},
            )


def _finance_officers():
    return get_user_model().objects.filter(role=Role.FINANCE, is_active=True).order_by("pk")


@transaction.atomic
def payment_declare(
    *,
    obligation: Obligation,
    delivered_on: date,
    mad_value: Decimal,
    note: str = "",
    proof,
    by,
) -> PaymentDeclaration:
    """A representative says its organisation paid a tranche, with the proof; it counts only
    once finance confirms it."""
    agreement = lock(obligation.party.agreement)
    obligation = lock(obligation)
    require(agreement, "deliver", obligation)  # the stage's own message first
    if not can(by, "agreements.declare_payment", obligation):
        raise TransitionRefused(
            _("Only a representative of this partner may declare its payments.")
        )
    if proof is None:
        raise TransitionRefused(_("A proof of the payment is required."))
    _not_in_future(delivered_on, _("The payment date"))
    if mad_value is None or mad_value <= 0:
        raise TransitionRefused(_("The value delivered must be more than zero."))
    left = obligation.outstanding_mad - _pending_mad(obligation)
    if mad_value > left:
        raise TransitionRefused(
            _(
                "Only %(left)s remain due on this obligation once the payments awaiting "
                "confirmation are counted; %(value)s is too much."
            )
            % {"left": amount(max(left, Decimal("0"))), "value": amount(mad_value)}
        )
    document = document_add(
        agreement=agreement,
        upload=proof,
        **proof_titles(obligation.party.partner),
        category=DocumentCategory.PROOF,
        by=by,
    )
    declaration = PaymentDeclaration(
        obligation=obligation,
        delivered_on=delivered_on,
        mad_value=mad_value,
        note=note,
        proof=document,
        declared_by=by,
    )
    declaration.full_clean()
    stamp(declaration, by)
    declaration.save()
    _event(
        agreement,
        EventAction.PAYMENT_DECLARED,
        by,
        on=delivered_on,
        partner=obligation.party.partner,
        facts=_facts(declaration),
    )
    transaction.on_commit(lambda: _tell(_finance_officers(), DECLARED, declaration))
    return declaration


def _decidable(declaration, by):
    if not can(by, "agreements.decide_payment", declaration):
        raise TransitionRefused(_("Only the commune's finance staff may decide on a payment."))
    declaration = lock(declaration)
    if declaration.state != DeclarationState.PENDING:
        raise TransitionRefused(_("This payment declaration has already been decided."))
    return declaration


@transaction.atomic
def payment_confirm(*, declaration: PaymentDeclaration, by) -> PaymentDeclaration:
    """Finance confirms a declared payment: a Delivery is recorded with the declared proof."""
    # The agreement, the obligation, then the declaration: the order every service locks in.
    lock(declaration.obligation.party.agreement)
    lock(declaration.obligation)
    declaration = _decidable(declaration, by)
    delivery = delivery_record(
        obligation=declaration.obligation,
        delivered_on=declaration.delivered_on,
        mad_value=declaration.mad_value,
        note=declaration.note,
        document=declaration.proof,
        by=by,
    )
    declaration.state = DeclarationState.CONFIRMED
    declaration.decided_by = by
    declaration.decided_at = timezone.now()
    declaration.delivery = delivery
    declaration.full_clean()
    stamp(declaration, by)
    declaration.save()
    _event(
        declaration.obligation.party.agreement,
        EventAction.PAYMENT_CONFIRMED,
        by,
        on=declaration.delivered_on,
        partner=declaration.obligation.party.partner,
        facts=_facts(declaration),
    )
    transaction.on_commit(lambda: _tell([declaration.declared_by], DECIDED, declaration))
    return declaration


@transaction.atomic
def payment_refuse(*, declaration: PaymentDeclaration, reason: str, by) -> PaymentDeclaration:
    """Finance refuses a declared payment, saying why; nothing counts."""
    reason = _reason(reason, _("Say why the payment is refused."))
    declaration = _decidable(declaration, by)
    declaration.state = DeclarationState.REFUSED
    declaration.decided_by = by
    declaration.decided_at = timezone.now()
    declaration.refusal_reason = reason
    declaration.full_clean()
    stamp(declaration, by)
    declaration.save()
    _event(
        declaration.obligation.party.agreement,
        EventAction.PAYMENT_REFUSED,
        by,
        detail=reason,
        partner=declaration.obligation.party.partner,
        facts=_facts(declaration),
    )
    transaction.on_commit(lambda: _tell([declaration.declared_by], DECIDED, declaration))
    return declaration


def payment_context(user, data):
    """The declaration an e-mail is about, read when the worker renders it."""
    declaration = (
        PaymentDeclaration.objects.select_related(
            "obligation__party__agreement", "obligation__party__partner"
        )
        .filter(pk=data.get("declaration"))
        .first()
    )
    if declaration is None:
        return None
    return {"declaration": declaration, "url": absolute_url(reverse("agreements:payment-list"))}
