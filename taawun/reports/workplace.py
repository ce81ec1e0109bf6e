"""The representative's home: its own organisation's agreements (and what is awaited from it),
obligations due or late, action items, meetings and projects. Each section at most ROWS rows,
in a constant number of queries whatever the data size."""

from datetime import timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone

from taawun.agreements.choices import Stage
from taawun.agreements.lifecycle.stages import OPEN_OBLIGATION
from taawun.agreements.models import Agreement, Obligation, Party
from taawun.agreements.querysets import overdue_obligation
from taawun.coordination.choices import MeetingStatus, Reply
from taawun.coordination.models import ActionItem, Attendance, Meeting
from taawun.projects.models import Project

ROWS = 10
DUE_WITHIN_DAYS = 60
RECENT_MEETING_DAYS = 90


def _section(queryset, rows=ROWS):
    """{'count', 'rows', 'more'}: two queries however large the queryset."""
    count = queryset.count()
    return {"count": count, "rows": list(queryset[:rows]), "more": count > rows}


def _awaited_parties(partner_id):
    return Q(
        parties__partner_id=partner_id,
        stage=Stage.PARTNER_APPROVALS,
        parties__approval_date__isnull=True,
    ) | Q(parties__partner_id=partner_id, stage=Stage.SIGNATURES, parties__signed_on__isnull=True)


def _agreements(user, partner_id):
    own_parties = Prefetch(
        "parties", queryset=Party.objects.filter(partner_id=partner_id), to_attr="own_parties"
    )
    theirs = Agreement.objects.visible_to(user).filter(
        pk__in=Party.objects.filter(partner_id=partner_id).values("agreement_id")
    )
    rows = theirs.prefetch_related(own_parties).order_by("-stage_since", "-pk")
    section = _section(rows)
    section["awaited"] = theirs.filter(_awaited_parties(partner_id)).distinct().count()
    for agreement in section["rows"]:
        agreement.awaits_approval = agreement.stage == Stage.PARTNER_APPROVALS and any(
            p.approval_date is None for p in agreement.own_parties
        )
        agreement.awaits_signature = agreement.stage == Stage.SIGNATURES and any(
            p.signed_on is None for p in agreement.own_parties
        )
    return section


def _obligations(user, partner_id, today):
    late = overdue_obligation(today)  # on their own rows: not every late obligation's key
    soon = Q(
        status__in=OPEN_OBLIGATION,
        due_date__gte=today,
        due_date__lte=today + timedelta(days=DUE_WITHIN_DAYS),
    )
    theirs = Obligation.objects.visible_to(user).filter(party__partner_id=partner_id)
    rows = (
        theirs.filter(late | soon)
        .select_related("party__agreement")
        .order_by("due_date", "tranche", "pk")
    )
    section = _section(rows)
    section["late"] = theirs.filter(late).count()
    return section


def _actions(user, partner_id):
    rows = (
        ActionItem.objects.visible_to(user)
        .filter(owner_partner_id=partner_id)
        .awaited()
        .select_related("committee")
        .order_by("due_on", "pk")
    )
    return _section(rows)


def _meetings(user, partner_id, now):
    members = Q(committee__memberships__partner_id=partner_id) | Q(
        committee__memberships__user=user
    )
    theirs = Meeting.objects.visible_to(user).filter(
        pk__in=Meeting.objects.filter(members).values("pk")
    )
    own_attendance = Prefetch(
        "attendances",
        queryset=Attendance.objects.filter(
            Q(membership__partner_id=partner_id) | Q(membership__user=user)
        ).order_by("pk"),
        to_attr="own_attendances",
    )
    upcoming = (
        theirs.filter(ends_at__gte=now)
        .exclude(status=MeetingStatus.CANCELLED)
        .select_related("committee")
        .prefetch_related(own_attendance)
        .order_by("starts_at", "pk")
    )
    section = _section(upcoming)
    for meeting in section["rows"]:
        meeting.own_attendance = meeting.own_attendances[0] if meeting.own_attendances else None
    section["past"] = list(
        theirs.filter(ends_at__lt=now, starts_at__gte=now - timedelta(days=RECENT_MEETING_DAYS))
        .exclude(status=MeetingStatus.CANCELLED)
        .select_related("committee")
        .order_by("-starts_at", "pk")[:ROWS]
    )
    return section


def _projects(user):
    return _section(Project.objects.visible_to(user).order_by("-committed_mad", "pk"))


def home_context(user, now=None):
    """What the home of a representative (partner or association) shows, for its own
    organisation only."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    partner_id = user.partner_id
    return {
        "own_partner": user.partner,
        "agreements": _agreements(user, partner_id),
        "obligations": _obligations(user, partner_id, today),
        "due_within_days": DUE_WITHIN_DAYS,
        "actions": _actions(user, partner_id),
        "meetings": _meetings(user, partner_id, now),
        "projects": _projects(user),
        "replies": Reply.choices,
    }
