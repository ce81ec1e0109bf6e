"""Every write of the exchange of expertise: the views, the API, the demo and the commands call
these."""

from .practices import (
    PRACTICE_STEPS,
    practice_file_add,
    practice_save,
    practice_step,
    replication_save,
)

__all__ = [
    "PRACTICE_STEPS",
    "practice_file_add",
    "practice_save",
    "practice_step",
    "replication_save",
]
