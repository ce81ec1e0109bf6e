"""The reminders of `manage.py send_reminders`, queued through accounts.notifications (the
worker renders each in the recipient's language and skips whoever switched its kind off):

- a meeting tomorrow (D-1): to the members with a user account;
- minutes not written two days after a meeting (D+2, caught up for a week): to the
  committee's secretary (their user account) and the commune's editors;
- an action item due within three days, and overdue: to its owner (a user) and the
  representatives of the organisation that owns it.

A person's reminders of one run go in one e-mail, in their language (a digest when there are
several; each kind can still be switched off). Each (kind, record, date, person) is queued
once: `ReminderSent` keeps what went, so running the command twice — or two at once — sends
nothing twice. A meeting moved to another day, a due date
pushed back, is a new date: reminded again. An internal meeting reminds only the commune's
people, never a representative who happens to sit on the committee.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from taawun.accounts.choices import ORGANISATION_ROLES
from taawun.accounts.models import User
from taawun.accounts.notifications import notify_digest
from taawun.accounts.permissions import EDITORS

from ..choices import MeetingStatus, MemberRole, MinutesStatus, Visibility
from ..models import ActionItem, Meeting, Membership, ReminderSent
from ..notifications import (
    ACTION_DUE,
    ACTION_OVERDUE,
    MEETING_TOMORROW,
    MINUTES_MISSING,
    TEMPLATES,
    meeting_lacks_minutes,
)

DUE_SOON_DAYS = 3
MINUTES_AFTER_DAYS = 2
MINUTES_CATCH_UP_DAYS = 7  # a missed run of the command still reminds within a week


@dataclass
class Reminded:
    """What a run queued, by kind (and what it found already sent)."""

    queued: dict = field(default_factory=lambda: defaultdict(int))
    already: int = 0

    @property
    def total(self):
        return sum(self.queued.values())


def _day_bounds(first, last):
    """[start of `first`, start of the day after `last`) in Morocco, as aware datetimes."""
    zone = timezone.get_default_timezone()
    start = timezone.make_aware(datetime.combine(first, time.min), zone)
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time.min), zone)
    return start, end


def _local_day(moment):
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


def _may_hear_of(user, meeting):
    return meeting.visibility != Visibility.INTERNAL or user.role not in ORGANISATION_ROLES


def _active(users):
    return [u for u in users if u is not None and u.is_active and u.email]


def meetings_tomorrow(today):
    start, end = _day_bounds(today + timedelta(days=1), today + timedelta(days=1))
    meetings = (
        Meeting.objects.filter(starts_at__gte=start, starts_at__lt=end)
        .exclude(status__in=[MeetingStatus.CANCELLED, MeetingStatus.HELD])
        .select_related("committee")
    )
    meetings = list(meetings)
    members = defaultdict(list)
    day = today + timedelta(days=1)
    in_office = Membership.objects.in_office(day).filter(
        committee__in=[m.committee_id for m in meetings], user__isnull=False
    )
    for membership in in_office.select_related("user"):
        members[membership.committee_id].append(membership.user)
    for meeting in meetings:
        for user in _active(members[meeting.committee_id]):
            if _may_hear_of(user, meeting):
                yield MEETING_TOMORROW, meeting.pk, _local_day(meeting.starts_at), user, {}


def minutes_missing(today):
    start, end = _day_bounds(
        today - timedelta(days=MINUTES_CATCH_UP_DAYS), today - timedelta(days=MINUTES_AFTER_DAYS)
    )
    meetings = (
        Meeting.objects.filter(
            starts_at__gte=start, starts_at__lt=end, minutes_status=MinutesStatus.DRAFT
        )
        .exclude(status__in=[MeetingStatus.CANCELLED, MeetingStatus.POSTPONED])
        .select_related("committee")
        .prefetch_related("agenda_items")
    )
    meetings = [m for m in meetings if meeting_lacks_minutes(m)]
    if not meetings:
        return
    secretaries = defaultdict(list)
    rows = Membership.objects.filter(
        committee__in={m.committee_id for m in meetings},
        role=MemberRole.SECRETARY,
        user__isnull=False,
    ).select_related("user")
    for membership in rows:
        secretaries[membership.committee_id].append((membership, membership.user))
    editors = list(User.objects.filter(role__in=EDITORS, is_active=True).exclude(email=""))
    for meeting in meetings:
        day = _local_day(meeting.starts_at)
        people = {u.pk: u for u in editors}
        for membership, user in secretaries[meeting.committee_id]:
            if membership.in_office(day):
                people.setdefault(user.pk, user)
        for user in _active(people.values()):
            if _may_hear_of(user, meeting):
                yield MINUTES_MISSING, meeting.pk, day, user, {}


def _owners(items):
    """{item pk: [users]}: the owner (a user) and the representatives of the owning
    organisation, each once."""
    partners = {i.owner_partner_id for i in items if i.owner_partner_id}
    representatives = defaultdict(list)
    if partners:
        rows = User.objects.filter(
            partner_id__in=partners, role__in=ORGANISATION_ROLES, is_active=True
        ).exclude(email="")
        for user in rows:
            representatives[user.partner_id].append(user)
    owners = {}
    for item in items:
        people = {u.pk: u for u in representatives.get(item.owner_partner_id, [])}
        if item.owner_user is not None:
            people.setdefault(item.owner_user.pk, item.owner_user)
        owners[item.pk] = _active(people.values())
    return owners


def actions_due(today):
    items = list(
        ActionItem.objects.awaited()
        .filter(due_on__gt=today, due_on__lte=today + timedelta(days=DUE_SOON_DAYS))
        .select_related("owner_user")
    )
    owners = _owners(items)
    for item in items:
        for user in owners[item.pk]:
            yield ACTION_DUE, item.pk, item.due_on, user, {"days": (item.due_on - today).days}


def actions_overdue(today):
    items = list(ActionItem.objects.overdue(today).select_related("owner_user"))
    owners = _owners(items)
    for item in items:
        for user in owners[item.pk]:
            yield ACTION_OVERDUE, item.pk, item.due_on, user, {}


SOURCES = (meetings_tomorrow, minutes_missing, actions_due, actions_overdue)
KEYS = {MEETING_TOMORROW: "meeting_id", MINUTES_MISSING: "meeting_id"}


def reminders_send(*, today=None, dry_run=False) -> Reminded:
    """Queue every reminder due `today` (Morocco's date) not queued before: one e-mail per
    person gathering all of theirs (accounts.notifications.notify_digest)."""
    today = today or timezone.localdate()
    result = Reminded()
    candidates = [row for source in SOURCES for row in source(today)]
    if not candidates:
        return result
    sent = set(
        ReminderSent.objects.filter(
            Q(on__gte=min(row[2] for row in candidates)),
            kind__in={row[0] for row in candidates},
            object_id__in={row[1] for row in candidates},
        ).values_list("kind", "object_id", "on", "user_id")
    )
    by_person = defaultdict(list)
    people = {}
    for kind, object_id, on, user, extra in candidates:
        if (kind, object_id, on, user.pk) in sent:
            result.already += 1
            continue
        if dry_run:
            result.queued[kind] += 1
            continue
        people[user.pk] = user
        by_person[user.pk].append((kind, object_id, on, extra))
    for pk, rows in by_person.items():
        queued = _queue(people[pk], rows)
        for kind, count in queued.items():
            result.queued[kind] += count
        result.already += len(rows) - sum(queued.values())  # another run recorded them first
    return result


def _queue(user, rows):
    """Record the person's reminders and queue their e-mail, together; a reminder another run
    recorded first is left out. {kind: how many queued}."""
    queued = defaultdict(int)
    with transaction.atomic():
        items = []
        for kind, object_id, on, extra in rows:
            try:
                with transaction.atomic():
                    ReminderSent.objects.create(kind=kind, object_id=object_id, on=on, user=user)
            except IntegrityError:
                continue
            subject, body = TEMPLATES[kind]
            data = {KEYS.get(kind, "action_id"): object_id, "on": on.isoformat(), **extra}
            items.append(
                {"kind": kind, "subject_template": subject, "body_template": body, "context": data}
            )
            queued[kind] += 1
        if items:
            notify_digest(user, items)
    return queued
