from .applications import (
    ApplicationDetailView,
    ApplicationEditView,
    ApplyView,
    BudgetView,
    DocumentJoinView,
    ReviewView,
    ScreenView,
    SubmitView,
    WithdrawView,
    application_document,
)
from .calls import (
    CallCreateView,
    CallDetailView,
    CallEditView,
    CallListView,
    CallStepView,
    SelectionView,
)
from .reports import ReportDecideView, ReportFileView, report_document

__all__ = [
    "ApplicationDetailView",
    "ApplicationEditView",
    "ApplyView",
    "BudgetView",
    "CallCreateView",
    "CallDetailView",
    "CallEditView",
    "CallListView",
    "CallStepView",
    "DocumentJoinView",
    "ReportDecideView",
    "ReportFileView",
    "ReviewView",
    "ScreenView",
    "SelectionView",
    "SubmitView",
    "WithdrawView",
    "application_document",
    "report_document",
]
