"""Reads that combine several coordination records: the quorum of a meeting, the pages' rows."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from .choices import PRESENT
from .models import AgendaItem, Attendance, Decision, Meeting


@dataclass(frozen=True)
class Quorum:
    """Voting members in office on the meeting's day, how many of them are present (in the room
    or remotely), how many must be, and the proxies the present ones hold."""

    voting_members: int
    present: int
    required: int
    proxies: int

    @property
    def reached(self):
        return self.voting_members > 0 and self.present >= self.required

    @property
    def votes_possible(self):
        return self.present + self.proxies


def quorum(meeting: Meeting) -> Quorum:
    """The meeting's quorum under its committee's rule (Committee.quorum_fraction and
    quorum_minimum). A proxy does not make its giver present; it lets the holder vote twice."""
    day = timezone.localtime(meeting.starts_at).date()
    committee = meeting.committee
    voting = committee.memberships.in_office(day).filter(voting=True)
    present_ids = set(
        Attendance.objects.filter(
            meeting=meeting, presence__in=PRESENT, membership__in=voting
        ).values_list("membership_id", flat=True)
    )
    proxies = Attendance.objects.filter(
        meeting=meeting, membership__in=voting, proxy_id__in=present_ids
    ).count()
    members = voting.count()
    return Quorum(
        voting_members=members,
        present=len(present_ids),
        required=committee.required_present(members),
        proxies=proxies,
    )


def meeting_for_page(queryset, pk):
    """One meeting with everything its page shows, in a fixed number of queries."""
    return (
        queryset.select_related("committee__agreement")
        .prefetch_related(
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.select_related(
                    "agreement", "project", "amendment", "obligation__party__partner", "priority"
                ),
            ),
            Prefetch(
                "attendances",
                queryset=Attendance.objects.select_related("membership__partner", "proxy"),
            ),
            Prefetch("decisions", queryset=Decision.objects.select_related("agenda_item")),
        )
        .get(pk=pk)
    )


def action_items_for(queryset):
    """Action items with what their rows show."""
    return queryset.select_related("committee", "owner_partner", "owner_user", "decision")


def committees_with_counts(queryset):
    today = timezone.localdate()
    return queryset.select_related("agreement").annotate(
        meeting_count=Count("meetings", distinct=True),
        members_count=Count(
            "memberships",
            filter=Q(memberships__ends_on__isnull=True) | Q(memberships__ends_on__gte=today),
            distinct=True,
        ),
    )
