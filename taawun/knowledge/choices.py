from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PracticeState(models.TextChoices):
    """A good-practice card: drafted (by the commune or a partner), submitted by a partner for
    validation, validated by the commune's staff, published on the portal."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for validation")
    VALIDATED = "validated", _("Validated")
    PUBLISHED = "published", _("Published")


class EvidenceLevel(models.TextChoices):
    ANECDOTAL = "anecdotal", _("Anecdotal: told by those who did it")
    MONITORED = "monitored", _("Monitored: measured by indicators")
    EVALUATED = "evaluated", _("Formally evaluated, with the report")


class ReplicationState(models.TextChoices):
    INTERESTED = "interested", _("Interested")
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    ABANDONED = "abandoned", _("Abandoned")


class MissionKind(models.TextChoices):
    STUDY_VISIT = "study_visit", _("Study visit")
    EXPERT_MISSION = "expert_mission", _("Expert mission")
    PEER_EXCHANGE = "peer_exchange", _("Peer exchange")
    TECHNICAL_ASSISTANCE = "technical_assistance", _("Technical assistance")
    TWINNING_VISIT = "twinning_visit", _("Twinning visit")


class Direction(models.TextChoices):
    INCOMING = "incoming", _("Incoming: the commune receives")
    OUTGOING = "outgoing", _("Outgoing: the commune travels")


class MissionState(models.TextChoices):
    IDEA = "idea", _("Idea")
    PLANNED = "planned", _("Planned")
    APPROVED = "approved", _("Approved")
    DONE = "done", pgettext_lazy("mission state", "Done")
    REPORTED = "reported", _("Reported")
    CLOSED = "closed", pgettext_lazy("mission state", "Closed")


class PersonCategory(models.TextChoices):
    ELECTED = "elected", _("Elected member")
    STAFF = "staff", _("Staff of the commune")
    ASSOCIATION = "association", _("Association")
    PARTNER = "partner", _("Partner's staff")
    OTHER = "other", _("Other")


class Sex(models.TextChoices):
    FEMALE = "female", _("Woman")
    MALE = "male", _("Man")


class CostItem(models.TextChoices):
    TRAVEL = "travel", _("Travel")
    LODGING = "lodging", _("Lodging")
    INTERPRETATION = "interpretation", _("Interpretation")
    PER_DIEM = "per_diem", _("Daily allowances")
    VISAS = "visas", _("Visas and insurance")
    OTHER = "other", _("Other")


class TrainingTheme(models.TextChoices):
    """The themes of the staff's and elected members' competence framework."""

    GOVERNANCE = "governance", _("Local governance and the law of communes")
    FINANCE = "finance", _("Public finance and budget")
    PROCUREMENT = "procurement", _("Public procurement")
    PROJECTS = "projects", _("Project management")
    COOPERATION = "cooperation", _("Cooperation, partnerships and fund raising")
    DIGITAL = "digital", _("Digital tools and data")
    PLANNING = "planning", _("Urban planning and land")
    ENVIRONMENT = "environment", _("Environment, water and waste")
    SOCIAL = "social", _("Social action and participation")
    LANGUAGES = "languages", _("Languages and communication")


class Modality(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("Mixed")


class TrainingState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
