"""The agreement workspace.

- register.py: the list, an agreement's page, creating and editing it, its history, documents
- steps.py: one StepView for every lifecycle step, driven by `lifecycle.STEPS`, and the
  confirmation page that waives an obligation or undoes its waiver
- records.py: parties, obligations, deliveries, amendments and documents; applying amendments
- payments.py: a partner declares a payment with its proof; finance confirms or refuses it
- sheet.py: the printable sheet and its PDF
- conventions.py: the convention drafted from the record (DOCX, PDF) and its templates
"""

from .conventions import ConventionTemplateEditView, ConventionTemplateListView, ConventionView
from .payments import PaymentDecisionView, PaymentDeclareView, PaymentListView
from .records import (
    AmendmentApplyView,
    AmendmentCreateView,
    DeliveryCreateView,
    DocumentCreateView,
    ObligationCreateView,
    ObligationUpdateView,
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
from .steps import ObligationWaiverView, StepView

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
    "ConventionTemplateEditView",
    "ConventionTemplateListView",
    "ConventionView",
    "DeliveryCreateView",
    "DocumentCreateView",
    "DocumentDownloadView",
    "ObligationCreateView",
    "ObligationUpdateView",
    "ObligationWaiverView",
    "PartyCreateView",
    "PaymentDecisionView",
    "PaymentDeclareView",
    "PaymentListView",
    "StepView",
    "scoped",
]
