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
from .requests import (
    PaperRequestView,
    RequestAnswerView,
    RequestDetailView,
    RequestExtendView,
    RequestListView,
)

__all__ = [
    "PaperRequestView",
    "RequestAnswerView",
    "RequestDetailView",
    "RequestExtendView",
    "RequestListView",
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
