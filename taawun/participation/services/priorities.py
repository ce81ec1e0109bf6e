"""Residents' priorities: proposed (by a resident, or an association through its
representative), moderated, supported once per resident, answered publicly by the commune and
linked to the projects that answer them."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.accounts.permissions import EDITORS, can
from taawun.core import caching, ratelimit
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, saved, stamp
from taawun.core.images import reencode_photo

from .. import notifications
from ..choices import AnswerState, Moderation
from ..models import Priority, PriorityFlag, PriorityProject, Support

PROPOSAL_FIELDS = [
    "title",
    "description",
    "language",
    "domain",
    "pac_axis",
    "locality",
    "latitude",
    "longitude",
]
ANSWER_FIELDS = [
    "answer_state",
    "rejection_reason",
    "merged_into",
    "answer_ar",
    "answer_fr",
    "answer_en",
]


def _editors():
    return User.objects.filter(is_active=True, role__in=EDITORS).order_by("pk")


@transaction.atomic
def priority_propose(*, by, photo=None, **fields) -> Priority:
    """A new priority, awaiting moderation (the editors are told by e-mail). The photo is
    written again from its pixels: its metadata (the phone's GPS position…) is not kept."""
    if not can(by, "participation.propose_priority"):  # residents: no superuser shortcut
        raise PermissionDenied
    ratelimit.hit("propose", by.pk)
    priority = Priority(author=by)
    if by.role == Role.ASSOCIATION:
        priority.association_id = by.partner_id
    assign(priority, fields, PROPOSAL_FIELDS)
    if photo:
        priority.photo = reencode_photo(photo)
    saved(priority, by)
    notifications.tell(_editors(), notifications.PROPOSED, priority)
    return priority


@transaction.atomic
def priority_moderate(*, priority: Priority, publish: bool, reason="", by) -> Priority:
    """Publish a priority (its supports open for settings.PRIORITY_SUPPORT_DAYS days from then),
    or hide it with a reason the author can read; a hidden one can be published again."""
    if not by.has_perm("participation.moderate_priority", priority):
        raise PermissionDenied
    priority = lock(priority)
    reason = (reason or "").strip()
    if not publish and not reason:
        raise ValidationError({"reason": _("Say why the priority is hidden: its author reads it.")})
    advance(priority)
    now = timezone.now()
    priority.moderation = Moderation.PUBLISHED if publish else Moderation.HIDDEN
    priority.moderation_reason = reason
    priority.moderated_at = now
    if publish and priority.published_at is None:
        priority.published_at = now
        today = timezone.localdate(now)
        priority.support_opens_on = today
        priority.support_closes_on = today + timedelta(days=settings.PRIORITY_SUPPORT_DAYS)
    return saved(priority, by)


@transaction.atomic
def priority_support(*, priority: Priority, by) -> Support:
    """One resident supports a published priority while its supports are open — once."""
    if not can(by, "participation.support_priority", priority):
        raise PermissionDenied
    ratelimit.hit("support", by.pk)
    priority = lock(priority)
    if not priority.is_published:
        raise ValidationError(_("This priority is not published: it cannot be supported."))
    if not priority.support_is_open():
        raise ValidationError(_("Supports for this priority are closed."))
    if Support.objects.filter(priority=priority, user=by).exists():
        raise ValidationError(_("You already support this priority."))
    try:
        with transaction.atomic():
            support = Support.objects.create(priority=priority, user=by)
    except IntegrityError:  # the same person, twice at once: the constraint says no
        raise ValidationError(_("You already support this priority.")) from None
    Priority.objects.filter(pk=priority.pk).update(supports_count=F("supports_count") + 1)
    caching.bump()  # the public count changed, without a save() the watch would see
    priority.refresh_from_db(fields=["supports_count"])
    return support


@transaction.atomic
def priority_paper_supports(*, priority: Priority, count: int, by, expected_version=None):
    """The supports gathered on paper (a workshop's signature sheet), as a count."""
    if not by.has_perm("participation.answer_priority", priority):
        raise PermissionDenied
    advance(priority, expected_version)
    priority.paper_supports = count
    return saved(priority, by)


@transaction.atomic
def priority_answer(
    *, priority: Priority, by, publish=False, expected_version=None, **fields
) -> Priority:
    """The commune's answer: its state and text, kept as a draft or published. Publishing it —
    or changing the state of a published answer — tells the author and the supporters."""
    if not by.has_perm("participation.answer_priority", priority):
        raise PermissionDenied
    before = priority.answer_state
    advance(priority, expected_version)
    assign(priority, fields, ANSWER_FIELDS)
    if priority.answer_state == AnswerState.NOT_ANSWERED and publish:
        raise ValidationError({"answer_state": _("Choose the answer before publishing it.")})
    if publish and not (priority.answer_ar.strip() and priority.answer_fr.strip()):
        raise ValidationError(_("A published answer is written in Arabic and in French."))
    if publish and not priority.is_published:
        raise ValidationError(_("Publish the priority itself before its answer."))
    now = timezone.now()
    priority.answered_at = now
    tell = False
    if publish:
        tell = priority.answer_published_at is None or before != priority.answer_state
        priority.answer_published_at = priority.answer_published_at or now
    else:
        priority.answer_published_at = None  # back to a draft: not public any more
    saved(priority, by)
    if tell:
        people = User.objects.filter(is_active=True).filter(
            pk__in=[
                *Support.objects.filter(priority=priority, user__isnull=False).values_list(
                    "user_id", flat=True
                ),
                *([priority.author_id] if priority.author_id else []),
            ]
        )
        notifications.tell(people, notifications.ANSWERED, priority)
    return priority


@transaction.atomic
def priority_link_project(*, priority: Priority, project, kind, by) -> PriorityProject:
    if not by.has_perm("participation.answer_priority", priority):
        raise PermissionDenied
    link = PriorityProject(priority=priority, project=project, kind=kind)
    link.full_clean()
    stamp(link, by)
    link.save()
    advance(priority)
    return link


@transaction.atomic
def priority_unlink_project(*, link: PriorityProject, by) -> None:
    if not by.has_perm("participation.answer_priority", link.priority):
        raise PermissionDenied
    stamp(link, by)
    link.delete()
    advance(link.priority)


@transaction.atomic
def priority_flag(*, priority: Priority, reason, note="", address="") -> PriorityFlag:
    """A reader reports a published priority; the editors are told (by e-mail, each of whom can
    switch it off). Who reported is not kept; a limit per address stops a flood."""
    ratelimit.hit("flag", address or "unknown")
    if not priority.is_published:
        raise ValidationError(_("This priority is not published."))
    flag = PriorityFlag(priority=priority, reason=reason, note=(note or "").strip())
    flag.full_clean()
    flag.save()
    notifications.tell(_editors(), notifications.FLAGGED, priority)
    return flag
