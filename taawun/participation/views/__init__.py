from .priorities import (
    AnswerView,
    HideView,
    LinkCreateView,
    LinkDeleteView,
    PaperSupportsView,
    PriorityDetailView,
    PriorityListView,
    PublishView,
)

__all__ = [
    "AnswerView",
    "HideView",
    "LinkCreateView",
    "LinkDeleteView",
    "PaperSupportsView",
    "PriorityDetailView",
    "PriorityListView",
    "PublishView",
]
