from .bids import BidAwardView, BidCreateView, BidDetailView, BidStepView
from .opportunities import (
    DeadlineAddView,
    OpportunityCreateView,
    OpportunityDetailView,
    OpportunityEditView,
    OpportunityListView,
)

__all__ = [
    "BidAwardView",
    "BidCreateView",
    "BidDetailView",
    "BidStepView",
    "DeadlineAddView",
    "OpportunityCreateView",
    "OpportunityDetailView",
    "OpportunityEditView",
    "OpportunityListView",
]
