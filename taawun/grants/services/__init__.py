"""Every write of calls and grants: the views, the API, the demo and the commands call these."""

from .applications import (
    application_save,
    application_screen,
    application_submit,
    application_withdraw,
    budget_set,
    document_join,
    rule_breaches,
)
from .calls import (
    call_create,
    call_reviewers_set,
    call_step,
    call_update,
    close_due_calls,
    criterion_save,
)
from .grant_reports import (
    overdue_reports,
    report_dates_set,
    report_decide,
    report_submit,
    schedule_reports,
)
from .review import (
    make_convention,
    rank_call,
    review_declare,
    review_submit,
    select_awards,
    visible_reviews,
)

__all__ = [
    "application_save",
    "application_screen",
    "application_submit",
    "application_withdraw",
    "budget_set",
    "call_create",
    "call_reviewers_set",
    "call_step",
    "call_update",
    "close_due_calls",
    "criterion_save",
    "document_join",
    "make_convention",
    "overdue_reports",
    "report_dates_set",
    "report_decide",
    "report_submit",
    "schedule_reports",
    "rank_call",
    "review_declare",
    "review_submit",
    "rule_breaches",
    "select_awards",
    "visible_reviews",
]
