"""The weekly digest of funding (`manage.py send_funding_digest`, for cron on Monday morning):
to each administrator and cooperation officer, the opportunities open or announced whose next
deadline falls within DIGEST_DAYS, soonest first, each with the projects that fit it; the bids
still being prepared against those deadlines; and the opportunities recorded in the past week.
The worker renders it in each person's language (accounts.notifications) unless they switched
it off; nothing to tell, no e-mail."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from .choices import BidState, OpportunityState
from .matching import fitting_projects, next_deadline
from .models import Bid, FundingOpportunity

WEEKLY = "funding.weekly"
SUBJECT = "funding/email/weekly_subject.txt"
BODY = "funding/email/weekly.txt"
# How far ahead a deadline is worth telling: a bid takes weeks to prepare.
DIGEST_DAYS = 60
# How many fitting projects each opportunity lists (the page lists them all).
SHOWN_MATCHES = 3


@dataclass
class Upcoming:
    opportunity: FundingOpportunity
    deadline: object
    days_left: int
    matches: list = field(default_factory=list)
    fitting: int = 0


@dataclass
class Digest:
    today: date
    upcoming: list
    preparing: list
    new: list

    def __bool__(self):
        return bool(self.upcoming or self.preparing or self.new)


def weekly_digest(today=None):
    """The digest of the week ending `today` (Morocco's date), in a fixed number of queries."""
    today = today or timezone.localdate()
    start = timezone.make_aware(datetime.combine(today, time.min))
    horizon = start + timedelta(days=DIGEST_DAYS + 1)
    live = FundingOpportunity.objects.filter(
        state__in=[OpportunityState.OPEN, OpportunityState.FORECAST]
    ).select_related("donor")
    opportunities = list(
        live.filter(deadlines__due_at__gte=start, deadlines__due_at__lt=horizon)
        .distinct()
        .prefetch_related("deadlines", "domains", "pac_axes")
    )
    upcoming = []
    fits = fitting_projects(opportunities, today)
    for opportunity in opportunities:
        deadline = next_deadline(opportunity, start)
        fitting = fits[opportunity.pk]
        item = Upcoming(
            opportunity=opportunity,
            deadline=deadline,
            days_left=(timezone.localtime(deadline.due_at).date() - today).days,
            matches=fitting[:SHOWN_MATCHES],
            fitting=len(fitting),
        )
        upcoming.append(item)
    upcoming.sort(key=lambda u: (u.deadline.due_at, u.opportunity.pk))
    soon = {u.opportunity.pk: u for u in upcoming}
    preparing = [
        (bid, soon[bid.opportunity_id])
        for bid in Bid.objects.filter(state=BidState.PREPARING, opportunity__in=list(soon))
        .select_related("project")
        .order_by("pk")
    ]
    preparing.sort(key=lambda pair: pair[1].deadline.due_at)
    new = list(live.filter(created_at__gte=start - timedelta(days=7)).order_by("-created_at"))
    return Digest(today=today, upcoming=upcoming, preparing=preparing, new=new)


def digest_context(user, data):
    """The digest's context in the worker (accounts.tasks), for `data["today"]` (ISO); None
    when there is nothing to tell."""
    from taawun.core.calendars import absolute_url
    from taawun.territory.models import CommuneProfile

    digest = weekly_digest(date.fromisoformat(data["today"]))
    if not digest:
        return None
    for item in digest.upcoming:
        item.link = absolute_url(item.opportunity.get_manage_url())
    for bid, _item in digest.preparing:
        bid.link = absolute_url(bid.get_manage_url())
    for opportunity in digest.new:
        opportunity.link = absolute_url(opportunity.get_manage_url())
    return {"digest": digest, "commune": CommuneProfile.current(), "days": DIGEST_DAYS}
