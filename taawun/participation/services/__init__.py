"""Every write of participation: the views, the API, the demo and the commands call these."""

from .petitions import (
    next_ordinary_sessions,
    petition_admit,
    petition_deposit,
    petition_place,
    petition_refuse,
    petition_sign,
    petition_withdraw,
)
from .priorities import (
    priority_answer,
    priority_flag,
    priority_link_project,
    priority_moderate,
    priority_paper_supports,
    priority_propose,
    priority_support,
    priority_unlink_project,
)
from .requests import due_date, request_answer, request_extend, request_file
from .residents import (
    confirmation_token,
    national_id_hash,
    resident_confirm,
    resident_delete,
    resident_export,
    resident_sign_up,
    resident_verify,
    residents_purge_unconfirmed,
)

__all__ = [
    "next_ordinary_sessions",
    "petition_admit",
    "petition_deposit",
    "petition_place",
    "petition_refuse",
    "petition_sign",
    "petition_withdraw",
    "due_date",
    "request_answer",
    "request_extend",
    "request_file",
    "confirmation_token",
    "national_id_hash",
    "priority_answer",
    "priority_flag",
    "priority_link_project",
    "priority_moderate",
    "priority_paper_supports",
    "priority_propose",
    "priority_support",
    "priority_unlink_project",
    "resident_confirm",
    "resident_delete",
    "resident_export",
    "resident_sign_up",
    "resident_verify",
    "residents_purge_unconfirmed",
]
