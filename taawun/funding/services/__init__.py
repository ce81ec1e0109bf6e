"""Every write of funding opportunities and bids: the views, the demo and the tasks call
these."""

from .bids import BID_STEPS, bid_save, bid_step
from .opportunities import deadline_add, deadline_remove, opportunity_save

__all__ = [
    "BID_STEPS",
    "bid_save",
    "bid_step",
    "deadline_add",
    "deadline_remove",
    "opportunity_save",
]
