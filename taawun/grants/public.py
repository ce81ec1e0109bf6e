"""The public pages of calls for projects ("/ar/calls/"): every call once published, its rules
as the associations read them before applying — the envelope, the grants' range, the own
contribution and the funding rate, who may apply, the documents to join, the scoring grid — its
deadline in Morocco's time with a countdown while it is open, and, once its results are
published, the grants awarded. Never an application that was not selected, a score, a
reviewer or a comment."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.generic import DetailView, ListView

from taawun.core.i18n import amount
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin

from .choices import ApplicantKind, CallState
from .models import Application, Call
from .querysets import RESULTS_PUBLISHED

URGENT_DAYS = 3


def deadline(call, now=None):
    """What the reader is told of the call's moments: {"phase": "upcoming" (published, not
    open yet), "open" (with "days" left, by Morocco's calendar: 0 on the last day, "urgent"
    within URGENT_DAYS) or "closed"}."""
    now = now or timezone.now()
    if call.state == CallState.PUBLISHED and now < call.opens_at:
        return {"phase": "upcoming"}
    if call.is_open(now):
        days = (timezone.localdate(call.closes_at) - timezone.localdate(now)).days
        return {"phase": "open", "days": days, "urgent": days <= URGENT_DAYS}
    return {"phase": "closed"}


class PublicCallListView(ListView):
    template_name = "grants/public/call_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return Call.objects.public().order_by("-opens_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        for call in context["object_list"]:
            call.deadline = deadline(call, now)
        return context


class PublicCallDetailView(SlugRedirectMixin, DetailView):
    template_name = "grants/public/call_detail.html"
    context_object_name = "call"

    def get_object(self, queryset=None):
        return get_object_or_404(Call.objects.public().with_rules(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        call = self.object
        kinds = dict(ApplicantKind.choices)
        context = {
            "deadline": deadline(call),
            "envelope": amount(call.envelope),
            "applicant_kinds": [kinds[kind] for kind in call.applicant_kinds if kind in kinds],
            "scored_points": call.total_weight,
            "has_results": call.state in RESULTS_PUBLISHED,
        }
        if context["has_results"]:
            awards = list(awards_of(call))
            context["awards"] = awards
            context["awarded_total"] = sum(a.awarded for a in awards)
        return super().get_context_data(**context, **kwargs)


def awards_of(call):
    """The selected applications of `call`, with only what the results show of them."""
    return (
        Application.objects.awards()
        .filter(call=call)
        .select_related("association", "locality")
        .only(
            "call_id",
            "reference",
            "title",
            "awarded",
            "association__name_ar",
            "association__name_fr",
            "association__name_en",
            "association__is_public",
            "association__archived_at",
            "locality__name_ar",
            "locality__name_fr",
            "locality__name_en",
        )
        .order_by("number", "pk")
    )
