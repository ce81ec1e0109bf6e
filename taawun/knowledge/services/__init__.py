"""Every write of the exchange of expertise: the views, the API, the demo and the commands call
these."""

from .missions import (
    MISSION_STEPS,
    cost_add,
    member_add,
    mission_follow_up_set,
    mission_report,
    mission_save,
    mission_step,
)
from .practices import (
    PRACTICE_STEPS,
    practice_file_add,
    practice_save,
    practice_step,
    replication_save,
)
from .trainings import participant_save, training_save

__all__ = [
    "participant_save",
    "training_save",
    "MISSION_STEPS",
    "cost_add",
    "member_add",
    "mission_follow_up_set",
    "mission_report",
    "mission_save",
    "mission_step",
    "PRACTICE_STEPS",
    "practice_file_add",
    "practice_save",
    "practice_step",
    "replication_save",
]
