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
    "ReviewView",
    "ScreenView",
    "SelectionView",
    "SubmitView",
    "WithdrawView",
    "application_document",
]
