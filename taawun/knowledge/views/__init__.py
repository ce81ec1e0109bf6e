from .practices import (
    PracticeCreateView,
    PracticeDetailView,
    PracticeEditView,
    PracticeFileAddView,
    PracticeListView,
    PracticeReturnView,
    PracticeStepView,
    ReplicationCreateView,
    ReplicationEditView,
    practice_file,
)

__all__ = [
    "PracticeCreateView",
    "PracticeDetailView",
    "PracticeEditView",
    "PracticeFileAddView",
    "PracticeListView",
    "PracticeReturnView",
    "PracticeStepView",
    "ReplicationCreateView",
    "ReplicationEditView",
    "practice_file",
]
