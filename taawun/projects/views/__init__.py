"""Workspace pages of projects: the register, the project's page and the forms around it
(projects.py, records.py), the photos of its news (photos.py), and the import and export of
transactions and projects (io.py)."""

from .io import (
    ProjectExportView,
    TransactionExportView,
    TransactionImportCommitView,
    TransactionImportTemplateView,
    TransactionImportView,
)
from .photos import UpdatePhotoView
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
    UpdateDeleteView,
    UpdateEditView,
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
    "UpdateDeleteView",
    "UpdateEditView",
    "UpdatePhotoView",
]
