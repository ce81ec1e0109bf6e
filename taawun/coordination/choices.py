from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CommitteeKind(models.TextChoices):
    """The bodies partners and the commune meet in (domain.md, wave2-research.md §1.1, §2.3)."""

    STEERING = "steering", _("Steering committee")
    FOLLOW_UP = "follow_up", _("Technical follow-up committee")
    JOINT = "joint", _("Joint commission")
    COUNCIL = "council", _("Permanent committee of the council")
    # Art. 120 of Organic Law 113-14: the consultative body beside the council.
    EQUALITY = "equality", _("Equality, Equal Opportunities and Gender Approach body")
    OTHER = "other", _("Other body")


class DecisionRule(models.TextChoices):
    MAJORITY = "majority", _("Simple majority of the votes cast")
    TWO_THIRDS = "two_thirds", _("Two-thirds majority of the votes cast")
    CONSENSUS = "consensus", _("Consensus")


class MemberRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Member")
    OBSERVER = "observer", _("Observer")


class MeetingKind(models.TextChoices):
    ORDINARY = "ordinary", _("Ordinary meeting")
    EXTRAORDINARY = "extraordinary", _("Extraordinary meeting")


class MeetingMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    PARTNERS = "partners", _("Members' organisations")
    INTERNAL = "internal", _("Internal to the commune")


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CIRCULATED = "circulated", _("Circulated for comments")
    APPROVED = "approved", _("Approved")


class ItemKind(models.TextChoices):
    INFORMATION = "information", _("Information")
    DISCUSSION = "discussion", _("Discussion")
    DECISION = "decision", _("Decision")


class Reply(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    TENTATIVE = "tentative", _("Tentative")


class Presence(models.TextChoices):
    PRESENT = "present", _("Present")
    REMOTE = "remote", _("Present remotely")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


# Who counts towards the quorum: in the room or on the line.
PRESENT = {Presence.PRESENT, Presence.REMOTE}


class DecisionKind(models.TextChoices):
    GENERAL = "general", _("Decision")
    WORK_PLAN = "work_plan", _("Approval of a work plan")
    REPORT = "report", _("Validation of a report")
    REALLOCATION = "reallocation", _("Budget reallocation")
    # Opens a draft amendment of the committee's agreement (agreements.services.amendment_save).
    AMENDMENT = "amendment", _("Request for an amendment")


class Priority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")


class ActionStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("action item status", "Open")  # a state, not the verb
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    BLOCKED = "blocked", _("Blocked")
    CANCELLED = "cancelled", _("Cancelled")


# An action item in one of these is no longer awaited: it is never overdue.
CLOSED_ACTIONS = {ActionStatus.DONE, ActionStatus.CANCELLED}
