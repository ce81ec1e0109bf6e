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
