"""Exchange of expertise (issue 15; wave2-research.md §4): good-practice cards and who
replicated them, exchange missions and study visits, trainings of staff and elected members."""

from .missions import Mission, MissionCost, MissionMember
from .practices import Practice, PracticeFile, Replication
from .trainings import Training, TrainingParticipant

__all__ = [
    "Mission",
    "MissionCost",
    "MissionMember",
    "Practice",
    "PracticeFile",
    "Replication",
    "Training",
    "TrainingParticipant",
]
