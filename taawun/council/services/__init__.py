"""Every write on council sessions. Services take plain keyword data (never a form), call
`full_clean()`, name the author of the history row and write all or nothing."""

from .points import (
    point_record_outcome,
    point_save,
    points_add_proposed,
    points_proposed,
)
from .sessions import session_save

__all__ = [
    "point_record_outcome",
    "point_save",
    "points_add_proposed",
    "points_proposed",
    "session_save",
]
