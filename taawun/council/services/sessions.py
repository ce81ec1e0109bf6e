"""Council sessions: planned, held or cancelled; published by an editor (core.publication)."""

from django.db import transaction

from taawun.core.concurrency import advance
from taawun.core.history import assign, saved

from ..models import CouncilSession

SESSION_FIELDS = [
    "kind",
    "name_ar",
    "name_fr",
    "name_en",
    "opens_on",
    "venue_ar",
    "venue_fr",
    "venue_en",
    "status",
]


@transaction.atomic
def session_save(
    *, session: CouncilSession | None = None, by=None, expected_version=None, **fields
) -> CouncilSession:
    """Create a session, or change the fields given (from `expected_version`). A new session
    is unpublished until an editor publishes it."""
    session = session or CouncilSession()
    advance(session, expected_version)
    assign(session, fields, SESSION_FIELDS)
    return saved(session, by)
