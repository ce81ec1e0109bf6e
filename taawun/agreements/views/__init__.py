"""The agreement workspace.

- register.py: the list, an agreement's page, creating and editing it, its history, documents
- steps.py: one StepView for every lifecycle step, driven by `lifecycle.STEPS`
- records.py: parties, obligations, deliveries, amendments and documents; waive and apply
- sheet.py: the printable sheet and its PDF
"""

from .records import (
    AmendmentApplyView,
    AmendmentCreateView,
    DeliveryCreateView,
    DocumentCreateView,
    ObligationCreateView,
    ObligationUpdateView,
    ObligationWaiveView,
    PartyCreateView,
)
from .register import (
    AgreementCreateView,
    AgreementDetailView,
    AgreementHistoryView,
    AgreementListView,
    AgreementUpdateView,
    DocumentDownloadView,
    scoped,
)
from .sheet import AgreementSheetPdfView, AgreementSheetView
from .steps import StepView

__all__ = [
    "AgreementCreateView",
    "AgreementDetailView",
    "AgreementHistoryView",
    "AgreementListView",
    "AgreementSheetPdfView",
    "AgreementSheetView",
    "AgreementUpdateView",
    "AmendmentApplyView",
    "AmendmentCreateView",
    "DeliveryCreateView",
    "DocumentCreateView",
    "DocumentDownloadView",
    "ObligationCreateView",
    "ObligationUpdateView",
    "ObligationWaiveView",
    "PartyCreateView",
    "StepView",
    "scoped",
]
