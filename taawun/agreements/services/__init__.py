"""Every write on agreements: the lifecycle transitions, parties, obligations, deliveries,
amendments and documents. Services take plain keyword data (never a form), call
`full_clean()`, refuse through `lifecycle.require()` with a message in the user's language,
and record who and when on the timeline."""

from ..lifecycle import TransitionRefused
from .amendments import amendment_apply, amendment_save
from .conventions import convention_template_save
from .documents import document_add
from .lifecycle import (
    agreement_create,
    agreement_update,
    close,
    committee_done,
    finish_approvals,
    open_partner_approvals,
    party_save,
    record_approval,
    record_deliberation,
    record_tacit_visa,
    record_visa,
    resume,
    sign,
    submit_to_committee,
    suspend,
)
from .obligations import delivery_record, obligation_save, obligation_unwaive, obligation_waive
from .payments import payment_confirm, payment_declare, payment_refuse

__all__ = [
    "TransitionRefused",
    "agreement_create",
    "agreement_update",
    "amendment_apply",
    "amendment_save",
    "close",
    "committee_done",
    "convention_template_save",
    "delivery_record",
    "document_add",
    "finish_approvals",
    "obligation_save",
    "obligation_unwaive",
    "obligation_waive",
    "open_partner_approvals",
    "party_save",
    "payment_confirm",
    "payment_declare",
    "payment_refuse",
    "record_approval",
    "record_deliberation",
    "record_tacit_visa",
    "record_visa",
    "resume",
    "sign",
    "submit_to_committee",
    "suspend",
]
