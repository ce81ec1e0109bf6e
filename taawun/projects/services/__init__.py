"""Writes on projects: every view, API call, import and the demo comes through here.

money.py: the funding plan, the transactions and the money summary they keep current;
records.py: the project itself, its places and participants, and its progress (milestones,
updates, indicators and their periods).
"""

from .money import (
    CONTRIBUTION_FIELDS,
    TRANSACTION_FIELDS,
    TransactionRefused,
    check_commitment_cover,
    check_transaction,
    contribution_delete,
    contribution_save,
    contributions_follow_obligation,
    project_refresh_totals,
    transaction_delete,
    transaction_save,
)
from .records import (
    INDICATOR_FIELDS,
    MILESTONE_FIELDS,
    PERIOD_FIELDS,
    PROJECT_FIELDS,
    PROJECT_RELATIONS,
    UPDATE_FIELDS,
    indicator_save,
    milestone_save,
    period_save,
    project_create,
    project_update,
    update_delete,
    update_edit,
    update_post,
)

__all__ = [
    "CONTRIBUTION_FIELDS",
    "INDICATOR_FIELDS",
    "MILESTONE_FIELDS",
    "PERIOD_FIELDS",
    "PROJECT_FIELDS",
    "PROJECT_RELATIONS",
    "TRANSACTION_FIELDS",
    "UPDATE_FIELDS",
    "TransactionRefused",
    "check_commitment_cover",
    "check_transaction",
    "contribution_delete",
    "contribution_save",
    "contributions_follow_obligation",
    "indicator_save",
    "milestone_save",
    "period_save",
    "project_create",
    "project_refresh_totals",
    "project_update",
    "transaction_delete",
    "transaction_save",
    "update_delete",
    "update_edit",
    "update_post",
]
