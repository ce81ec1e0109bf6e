from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Level(models.IntegerChoices):
    """How far the commune knows a resident is who they say (wave2-research.md §3.6): data, and
    each action names the level it needs (settings.PARTICIPATION_LEVELS)."""

    NONE = 0, _("Not confirmed")
    EMAIL = 1, _("E-mail address confirmed")
    IN_PERSON = 2, _("Verified in person at the commune office")


class Moderation(models.TextChoices):
    PENDING = "pending", pgettext_lazy("moderation", "Awaiting moderation")
    PUBLISHED = "published", pgettext_lazy("moderation", "Published")
    HIDDEN = "hidden", pgettext_lazy("moderation", "Hidden")


class AnswerState(models.TextChoices):
    """The commune's public answer to a priority (after Decidim's answer states)."""

    NOT_ANSWERED = "not_answered", _("Not answered yet")
    UNDER_STUDY = "under_study", _("Under study")
    PLANNED = "planned", _("Accepted: planned")
    IN_PROGRESS = "in_progress", _("Accepted: in progress")
    DONE = "done", _("Accepted: done")
    PARTLY = "partly", _("Partly accepted")
    REJECTED = "rejected", _("Not accepted")
    MERGED = "merged", _("Merged into another priority")


ACCEPTED = {AnswerState.PLANNED, AnswerState.IN_PROGRESS, AnswerState.DONE}
# An answer in these states is a response of the commune: the "answer owed" clock stops.
RESPONDED = set(AnswerState) - {AnswerState.NOT_ANSWERED}


class RejectionReason(models.TextChoices):
    OUTSIDE_COMPETENCES = "outside_competences", _("Outside the commune's competences")
    NOT_FEASIBLE = "not_feasible", _("Not feasible")
    DUPLICATE = "duplicate", _("Duplicate of another priority")
    ALREADY_PLANNED = "already_planned", _("Already planned")


class LinkKind(models.TextChoices):
    ANSWERS = "answers", _("Answers it")
    PARTLY = "partly", _("Partly answers it")


class Language(models.TextChoices):
    AR = "ar", "العربية"
    FR = "fr", "Français"
    EN = "en", "English"


class RequestState(models.TextChoices):
    """A request for information (Law 31-13) and what became of it."""

    RECEIVED = "received", _("Received, being processed")
    ANSWERED = "answered", _("Answered")
    PARTLY = "partly", _("Partly answered")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn by the requester")


CLOSED_REQUESTS = {
    RequestState.ANSWERED,
    RequestState.PARTLY,
    RequestState.REFUSED,
    RequestState.WITHDRAWN,
}


class RefusalGround(models.TextChoices):
    """Why information is withheld, in whole or in part (Law 31-13, art. 7 exceptions, and the
    cases where there is nothing to give)."""

    DEFENCE = "defence", _("National defence or the State's internal or external security")
    PRIVATE_LIFE = "private_life", _("Private life or personal data of others")
    FREEDOMS = "freedoms", _("Fundamental rights and freedoms protected by the Constitution")
    PROCEEDINGS = "proceedings", _("Judicial proceedings or an investigation under way")
    DELIBERATION = "deliberation", _("Deliberations not yet concluded")
    ECONOMIC = "economic", _("Business secrets or the State's economic interests")
    PUBLISHED = "published", _("Already published: the requester is told where")
    NOT_HELD = "not_held", _("Not held by the commune")
    UNCLEAR = "unclear", _("The request is too vague to be answered")


class PetitionKind(models.TextChoices):
    CITIZENS = "citizens", _("Citizens, through their proxy")
    ASSOCIATION = "association", _("An association")


class PetitionState(models.TextChoices):
    """A petition to the council (Organic Law 113-14, arts. 121–125)."""

    DEPOSITED = "deposited", _("Deposited: the council's bureau examines it")
    ADMISSIBLE = "admissible", _("Admissible: to be put on the next ordinary session")
    PLACED = "placed", _("On the agenda of a council session")
    INADMISSIBLE = "inadmissible", _("Not admissible")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class FlagReason(models.TextChoices):
    """Why a reader reports a priority to the moderators."""

    INSULT = "insult", _("Insulting or hateful")
    PERSONAL = "personal", _("Shows someone's personal data")
    SPAM = "spam", _("Advertising or spam")
    OFF_TOPIC = "off_topic", _("Not a priority for the commune")
    OTHER = "other", _("Another reason")
