"""Funding opportunities on the portal ("/ar/opportunities/"): those the commune chose to show
(not archived), with their rules and deadlines in the donor's time and in Morocco's, and a
calendar (.ics) of their deadlines. Never a bid, its amounts or its notes."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from taawun.core import calendars
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin
from taawun.partners.selectors import public_partner_name

from .matching import next_deadline
from .models import Deadline, FundingOpportunity


def public_opportunities():
    return (
        FundingOpportunity.objects.public()
        .select_related("donor")
        .prefetch_related("deadlines", "domains", "pac_axes")
    )


class PublicOpportunityListView(ListView):
    template_name = "funding/public/opportunity_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return public_opportunities().order_by("state", "-opens_on", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        for opportunity in context["object_list"]:
            opportunity.next = next_deadline(opportunity, now)
        return context


class PublicOpportunityDetailView(SlugRedirectMixin, DetailView):
    template_name = "funding/public/opportunity_detail.html"
    context_object_name = "opportunity"

    def get_object(self, queryset=None):
        return get_object_or_404(public_opportunities(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=next_deadline(self.object), **kwargs)


def deadline_entry(deadline):
    opportunity = deadline.opportunity
    return calendars.CalendarEntry(
        uid=f"funding-deadline-{deadline.pk}",
        start=deadline.due_at,
        end=deadline.due_at,
        summary=f"{deadline.get_stage_display()} — {opportunity.programme}",
        description=str(public_partner_name(opportunity.donor)),
        url=calendars.absolute_url(opportunity.get_absolute_url()),
    )


@require_safe
def deadlines_calendar(request):
    """The .ics of every deadline of the public opportunities, from today on."""
    deadlines = (
        Deadline.objects.filter(
            opportunity__in=FundingOpportunity.objects.public(), due_at__gte=timezone.now()
        )
        .select_related("opportunity__donor")
        .order_by("due_at")
    )
    return calendars.calendar_response(
        [deadline_entry(d) for d in deadlines],
        filename="taawun-funding-deadlines.ics",
        name=str(_("Funding opportunities: deadlines")),
        language=get_language(),
    )
