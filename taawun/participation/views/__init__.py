from .priorities import (
    AnswerView,
    HideView,
    LinkCreateView,
    LinkDeleteView,
    PaperSupportsView,
    PriorityDetailView,
    PriorityListView,
    PublishView,
    VerifyResidentView,
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
    "VerifyResidentView",
]
