"""Workspace pages of projects: the register, the project's page and the forms around it."""

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
    "ProjectCreateView",
    "ProjectDetailView",
    "ProjectHistoryView",
    "ProjectListView",
    "ProjectUpdateView",
    "TransactionCreateView",
    "TransactionDeleteView",
    "TransactionUpdateView",
    "UpdateCreateView",
]
