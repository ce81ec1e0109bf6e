"""Workspace pages of projects: the register, the project's page and the forms around it
(projects.py, records.py), and the import and export of transactions and projects (io.py)."""

from .io import (
    ProjectExportView,
    TransactionExportView,
    TransactionImportCommitView,
    TransactionImportTemplateView,
    TransactionImportView,
)
from .projects import (
    ProjectCreateView,
    ProjectDetailView,
    ProjectHistoryView,
    ProjectListView,
    ProjectUpdateView,
)
from .records import (
    ContributionCreateView,
    ContributionDeleteView,
    ContributionUpdateView,
    IndicatorCreateView,
    IndicatorUpdateView,
    MilestoneCreateView,
    MilestoneUpdateView,
    PeriodFormView,
    TransactionCreateView,
    TransactionDeleteView,
    TransactionUpdateView,
    UpdateCreateView,
)

__all__ = [
    "ContributionCreateView",
    "ContributionDeleteView",
    "ContributionUpdateView",
    "IndicatorCreateView",
    "IndicatorUpdateView",
    "MilestoneCreateView",
    "MilestoneUpdateView",
    "PeriodFormView",
    "ProjectExportView",
    "ProjectCreateView",
    "ProjectDetailView",
    "ProjectHistoryView",
    "ProjectListView",
    "ProjectUpdateView",
    "TransactionCreateView",
    "TransactionDeleteView",
    "TransactionExportView",
    "TransactionImportCommitView",
    "TransactionImportTemplateView",
    "TransactionImportView",
    "TransactionUpdateView",
    "UpdateCreateView",
]
