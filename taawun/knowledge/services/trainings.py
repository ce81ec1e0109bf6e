"""Trainings of the commune's staff and elected members, and who took part: registered, present
for so many hours (never more than the training lasted), certified."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, saved

from ..models import Training, TrainingParticipant

TRAINING_FIELDS = [
    "title_ar", "title_fr", "title_en", "provider", "theme", "modality", "starts_on", "ends_on",
    "hours", "venue", "trainer", "seats", "cost_mad", "funded_by", "agreement", "state",
]  # fmt: skip
PARTICIPANT_FIELDS = [
    "user", "name", "sex", "category", "service", "registration", "hours_attended",
    "certificate_number",
]  # fmt: skip


def _require(by):
    if not can(by, "knowledge.edit_training"):
        raise PermissionDenied


@transaction.atomic
def training_save(*, by, training=None, expected_version=None, **fields) -> Training:
    _require(by)
    training = Training() if training is None else lock(training)
    advance(training, expected_version)
    assign(training, fields, TRAINING_FIELDS)
    return saved(training, by)


@transaction.atomic
def participant_save(*, by, training=None, participant=None, **fields) -> TrainingParticipant:
    """Register a person (an account gives its name) or record their attendance."""
    _require(by)
    if participant is None:
        participant = TrainingParticipant(training=training)
    else:
        participant = lock(participant)
        advance(participant)
    assign(participant, fields, PARTICIPANT_FIELDS)
    if participant.user_id and not participant.name:
        participant.name = participant.user.get_full_name() or participant.user.get_username()
    return saved(participant, by)
