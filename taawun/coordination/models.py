"""Committees, their members and meetings, the minutes, decisions and action items (issue 12).

Times are stored in UTC and shown in Africa/Casablanca (settings.TIME_ZONE). Members' e-mail and
phone are personal data (Law 09-08): no public page, file or API ever shows them.
"""

import math
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage, unguessable_name
from taawun.core.i18n import Translated, char_fields, text_fields
from taawun.core.models import PublicRecord, TimeStampedModel
from taawun.core.text import CleanText
from taawun.partners.models import phone_validator

from .choices import (
    CLOSED_ACTIONS,
    ActionStatus,
    CommitteeKind,
    DecisionKind,
    DecisionRule,
    ItemKind,
    MeetingKind,
    MeetingMode,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
    Presence,
    Priority,
    Reply,
    Visibility,
)
from .querysets import (
    ActionItemQuerySet,
    CommitteeQuerySet,
    DecisionQuerySet,
    MeetingQuerySet,
    MembershipQuerySet,
    PublicCommitteeManager,
)

FRACTION = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))]
HISTORY = {"excluded_fields": ["created_at", "updated_at"]}


def optional_link(to, verbose_name, related_name):
    """A record this one may name, kept when that record goes (the link is emptied)."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
    )


class Committee(PublicRecord, Versioned, TimeStampedModel):
    """A body that meets: a convention's steering or follow-up committee, a council committee,
    the equality body of art. 120 of Law 113-14."""

    kind = models.CharField(_("kind"), max_length=20, choices=CommitteeKind.choices)
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=200)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("agreement"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="committees",
        help_text=_("The convention that founds the committee, if any."),
    )
    founding_clause_ar, founding_clause_fr, founding_clause_en = text_fields(
        _("founding clause or deliberation")
    )
    mandate_ar, mandate_fr, mandate_en = text_fields(_("mandate"))
    # The quorum as data: the larger of a share of the voting members and a head count.
    quorum_fraction = models.DecimalField(
        _("quorum (share of voting members)"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("0.50"),
        validators=FRACTION,
        help_text=_("For instance 0.50: half of the voting members must be present."),
    )
    quorum_minimum = models.PositiveSmallIntegerField(
        _("quorum (minimum voting members present)"), default=0
    )
    decision_rule = models.CharField(
        _("decision rule"),
        max_length=12,
        choices=DecisionRule.choices,
        default=DecisionRule.MAJORITY,
    )
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    dissolved_on = models.DateField(_("dissolved on"), null=True, blank=True)
    history = HistoricalRecords(**HISTORY)

    name = Translated("name")
    founding_clause = Translated("founding_clause")
    mandate = Translated("mandate")

    objects = CommitteeQuerySet.as_manager()
    public_objects = PublicCommitteeManager()

    class Meta:
        verbose_name = _("committee")
        verbose_name_plural = _("committees")
        ordering = ["name_fr", "pk"]

    label_fields = ("name",)
    slug_fields = ("name_fr", "name_en")
    public_url_name = "coordination-public:committee-detail"
    manage_url_name = "coordination:committee-detail"

    def required_present(self, voting_members: int) -> int:
        """How many voting members must be present for `voting_members` in office."""
        share = math.ceil(Decimal(voting_members) * self.quorum_fraction)
        return max(share, self.quorum_minimum)


class Membership(Versioned, TimeStampedModel):
    """A person sitting on a committee, for an organisation or a commune service."""

    committee = models.ForeignKey(
        Committee, verbose_name=_("committee"), on_delete=models.CASCADE, related_name="memberships"
    )
    person_name = models.CharField(_("name"), max_length=150)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="committee_memberships",
    )
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("represents (partner)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="committee_memberships",
    )
    service = models.CharField(_("represents (commune service)"), max_length=150, blank=True)
    role = models.CharField(
        _("role"), max_length=10, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    voting = models.BooleanField(_("voting member"), default=True)
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("to"), null=True, blank=True)
    # Personal data (Law 09-08): never public, and a representative reads only its own people's.
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    history = HistoricalRecords(**HISTORY)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")
        ordering = ["committee", "role", "person_name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(starts_on__lte=F("ends_on")),
                name="membership_dates_ordered",
                violation_error_message=_("A membership cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.person_name

    def clean(self):
        if self.partner_id is None and not self.service:
            raise ValidationError(
                _("Say whom the member represents: a partner or a service of the commune.")
            )
        if self.role == MemberRole.OBSERVER and self.voting:
            raise ValidationError({"voting": _("An observer does not vote.")})

    def in_office(self, on) -> bool:
        return (self.starts_on is None or self.starts_on <= on) and (
            self.ends_on is None or on <= self.ends_on
        )

    @property
    def represents(self):
        return self.partner or self.service


def new_uid():
    """A calendar UID (RFC 5545) that never changes for the life of the meeting."""
    return f"{uuid.uuid4()}@taawun"


def minutes_path(instance, filename):
    return unguessable_name("coordination/minutes", filename)


def evidence_path(instance, filename):
    return unguessable_name("coordination/evidence", filename)


class Meeting(Versioned, TimeStampedModel):
    """A meeting of a committee; postponed or cancelled, it keeps its identity (uid)."""

    committee = models.ForeignKey(
        Committee, verbose_name=_("committee"), on_delete=models.PROTECT, related_name="meetings"
    )
    kind = models.CharField(
        _("kind"), max_length=15, choices=MeetingKind.choices, default=MeetingKind.ORDINARY
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    mode = models.CharField(
        _("mode"), max_length=10, choices=MeetingMode.choices, default=MeetingMode.IN_PERSON
    )
    venue_ar, venue_fr, venue_en = char_fields(_("venue"), max_length=255, required=())
    online_url = models.URLField(_("online meeting link"), blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PARTNERS
    )
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED
    )
    status_reason = models.CharField(_("reason"), max_length=255, blank=True)
    uid = models.CharField(_("calendar UID"), max_length=80, unique=True, default=new_uid)
    # RFC 5545 SEQUENCE: moved on by the services at every change attendees should see.
    sequence = models.PositiveIntegerField(_("sequence"), default=0, editable=False)
    minutes_status = models.CharField(
        _("minutes"), max_length=10, choices=MinutesStatus.choices, default=MinutesStatus.DRAFT
    )
    minutes_approved_at = models.DateTimeField(_("minutes approved on"), null=True, blank=True)
    signed_minutes = models.FileField(
        _("signed minutes (scan)"),
        upload_to=minutes_path,
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    signed_minutes_type = models.CharField(max_length=100, blank=True, editable=False)
    history = HistoricalRecords(**HISTORY)

    venue = Translated("venue")

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")),
                name="meeting_times_ordered",
                violation_error_message=_("A meeting must end after it starts."),
            ),
        ]
        indexes = [models.Index(fields=["committee", "starts_at"])]

    def __str__(self):
        when = timezone.localtime(self.starts_at).date() if self.starts_at else ""
        return f"{self.committee} — {when}"

    def clean(self):
        if self.mode in (MeetingMode.ONLINE, MeetingMode.HYBRID) and not self.online_url:
            raise ValidationError({"online_url": _("An online meeting needs its link.")})

    def get_manage_url(self):
        return reverse("coordination:meeting-detail", kwargs={"pk": self.pk})

    @property
    def minutes_approved(self):
        return self.minutes_status == MinutesStatus.APPROVED

    @property
    def title(self):
        return str(self.committee)


class AgendaItem(TimeStampedModel):
    """A point of a meeting's agenda, with what the minutes say of it."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda_items"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=255)
    kind = models.CharField(
        _("kind"), max_length=12, choices=ItemKind.choices, default=ItemKind.DISCUSSION
    )
    agreement = optional_link("agreements.Agreement", _("agreement"), "agenda_items")
    obligation = optional_link("agreements.Obligation", _("obligation"), "agenda_items")
    project = optional_link("projects.Project", _("project"), "agenda_items")
    amendment = optional_link("agreements.Amendment", _("amendment"), "agenda_items")
    # A residents' priority the partners discuss (participation): cited on both sides.
    priority = optional_link("participation.Priority", _("residents' priority"), "agenda_items")
    minutes_ar, minutes_fr, minutes_en = text_fields(_("minutes"))
    history = HistoricalRecords(**HISTORY)

    title = Translated("title")
    minutes = Translated("minutes")

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "order", "pk"]

    def __str__(self):
        return self.title


class Attendance(TimeStampedModel):
    """A member's reply to the invitation and presence at one meeting."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendances"
    )
    membership = models.ForeignKey(
        Membership,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    reply = models.CharField(_("reply"), max_length=10, choices=Reply.choices, blank=True)
    presence = models.CharField(_("presence"), max_length=10, choices=Presence.choices, blank=True)
    proxy = optional_link(Membership, _("proxy given to"), "proxies_held")
    # The invitation (services/invitations.py): when it was last sent and the calendar
    # SEQUENCE it carried; a later change of time or venue sends it again, higher.
    invited_at = models.DateTimeField(_("invited on"), null=True, blank=True, editable=False)
    invited_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    history = HistoricalRecords(**HISTORY)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["meeting", "membership__person_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "membership"],
                name="attendance_once_per_member",
                violation_error_message=_("This member's attendance is already recorded."),
            ),
        ]

    def __str__(self):
        return str(self.membership)

    def clean(self):
        same = self.membership_id and self.meeting_id
        if same and self.membership.committee_id != self.meeting.committee_id:
            raise ValidationError(_("This person is not a member of the meeting's committee."))
        if self.proxy_id is not None:
            if self.proxy_id == self.membership_id:
                raise ValidationError({"proxy": _("A member cannot give a proxy to themself.")})
            if self.proxy.committee_id != self.meeting.committee_id:
                raise ValidationError({"proxy": _("The proxy must be a member of the committee.")})
            if self.presence in (Presence.PRESENT, Presence.REMOTE):
                raise ValidationError({"proxy": _("A member who is present gives no proxy.")})


class Decision(Versioned, TimeStampedModel):
    """A decision of a committee, numbered per committee and year."""

    committee = models.ForeignKey(
        Committee, verbose_name=_("committee"), on_delete=models.PROTECT, related_name="decisions"
    )
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.PROTECT, related_name="decisions"
    )
    agenda_item = optional_link(AgendaItem, _("agenda item"), "decisions")
    year = models.PositiveSmallIntegerField(_("year"), editable=False)
    number = models.PositiveSmallIntegerField(_("number"), editable=False)
    kind = models.CharField(
        _("kind"), max_length=15, choices=DecisionKind.choices, default=DecisionKind.GENERAL
    )
    text_ar, text_fr, text_en = text_fields(_("text"), required=("ar", "fr"))
    by_consensus = models.BooleanField(_("adopted by consensus"), default=False)
    votes_for = models.PositiveSmallIntegerField(_("votes for"), null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(_("votes against"), null=True, blank=True)
    votes_abstain = models.PositiveSmallIntegerField(_("abstentions"), null=True, blank=True)
    agreement = optional_link("agreements.Agreement", _("agreement"), "committee_decisions")
    project = optional_link("projects.Project", _("project"), "committee_decisions")
    amendment = optional_link("agreements.Amendment", _("amendment opened"), "committee_decisions")
    history = HistoricalRecords(**HISTORY)

    text = Translated("text")

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["committee", "-year", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "year", "number"],
                name="decision_number_unique",
                violation_error_message=_(
                    "This committee already has a decision with this number."
                ),
            ),
        ]

    def __str__(self):
        return _("Decision no. %(reference)s") % {"reference": self.reference}

    @property
    def reference(self):
        return f"{self.year}/{self.number:02d}"

    def clean(self):
        votes = (self.votes_for, self.votes_against, self.votes_abstain)
        if self.by_consensus and any(v is not None for v in votes):
            raise ValidationError(_("A decision by consensus has no vote count."))
        if not self.by_consensus and self.votes_for is None:
            raise ValidationError(
                {"votes_for": _("Give the votes, or say the decision was taken by consensus.")}
            )
        if self.meeting_id and self.committee_id and self.meeting.committee_id != self.committee_id:
            raise ValidationError(_("The meeting belongs to another committee."))
        if self.agenda_item_id and self.agenda_item.meeting_id != self.meeting_id:
            raise ValidationError({"agenda_item": _("This item is on another meeting's agenda.")})


class ActionItem(Versioned, TimeStampedModel):
    """Something someone must do by a date, from a decision or a meeting."""

    committee = models.ForeignKey(
        Committee,
        verbose_name=_("committee"),
        on_delete=models.PROTECT,
        related_name="action_items",
        editable=False,
    )
    decision = optional_link(Decision, _("decision"), "action_items")
    meeting = optional_link(Meeting, _("meeting"), "action_items")
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=255)
    owner_partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("owner (organisation)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="action_items",
    )
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner (user)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="action_items",
    )
    owner_name = models.CharField(_("owner (person)"), max_length=150, blank=True)
    due_on = models.DateField(_("due date"))
    priority = models.CharField(
        _("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    evidence = models.TextField(_("evidence"), blank=True)
    evidence_file = models.FileField(
        _("evidence file"),
        upload_to=evidence_path,
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    evidence_type = models.CharField(max_length=100, blank=True, editable=False)
    blocked_reason = models.TextField(_("why it is blocked"), blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True, editable=False)
    history = HistoricalRecords(**HISTORY)

    title = Translated("title")

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["status", "due_on"])]

    def __str__(self):
        return self.title

    def clean(self):
        if self.decision_id is None and self.meeting_id is None:
            raise ValidationError(_("An action item comes from a decision or a meeting."))
        if self.owner_partner_id is None and self.owner_user_id is None and not self.owner_name:
            raise ValidationError(_("Name who owns the action: an organisation or a person."))
        if self.status == ActionStatus.DONE and not (self.evidence or self.evidence_file):
            raise ValidationError({"evidence": _("Say what shows the action is done.")})
        if self.status == ActionStatus.BLOCKED and not self.blocked_reason:
            raise ValidationError({"blocked_reason": _("Say why the action is blocked.")})

    @property
    def is_overdue(self):
        """Past its due date and still awaited (ActionItemQuerySet.overdue(), for one row)."""
        return self.status not in CLOSED_ACTIONS and self.due_on < timezone.localdate()

    @property
    def owner(self):
        return self.owner_partner or self.owner_user or self.owner_name


class ReminderSent(CleanText, models.Model):
    """One reminder queued for one person by `manage.py send_reminders`: the log that makes the
    command idempotent. A reminder of a kind, about a record, for a date (the meeting's day, the
    due date), goes once; the date moved, it may go again."""

    kind = models.CharField(_("kind"), max_length=60)
    object_id = models.PositiveBigIntegerField()
    on = models.DateField(_("date"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user")
    )
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "on", "user"], name="reminder_sent_once"
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id} {self.on}"
