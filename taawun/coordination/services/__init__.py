"""Every write on coordination records. Services take plain keyword data (never a form), call
`full_clean()`, name the author of the history row and write all or nothing."""

from .committees import committee_save, membership_save
from .decisions import action_item_save, action_item_set_status, decision_record
from .meetings import (
    agenda_item_save,
    attendance_record,
    meeting_cancel,
    meeting_mark_held,
    meeting_postpone,
    meeting_save,
)
from .minutes import minutes_advance, minutes_attach_signed, minutes_refusal
from .replies import attendance_reply

__all__ = [
    "action_item_save",
    "action_item_set_status",
    "agenda_item_save",
    "attendance_record",
    "attendance_reply",
    "committee_save",
    "decision_record",
    "meeting_cancel",
    "meeting_mark_held",
    "meeting_postpone",
    "meeting_save",
    "membership_save",
    "minutes_advance",
    "minutes_attach_signed",
    "minutes_refusal",
]
