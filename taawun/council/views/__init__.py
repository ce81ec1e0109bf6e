"""Workspace pages of the council's sessions."""

from .sessions import (
    OutcomeView,
    PointCreateView,
    PointUpdateView,
    ProposedPointsView,
    SessionDetailView,
    SessionFormView,
    SessionListView,
)

__all__ = [
    "OutcomeView",
    "PointCreateView",
    "PointUpdateView",
    "ProposedPointsView",
    "SessionDetailView",
    "SessionFormView",
    "SessionListView",
]
