"""The council's published sessions in the public calendar feed
(core.calendars.register_public_source, wired in apps.py): one all-day event per session, on the
day it opens, linking to its public page. Nothing but what that page shows."""

from django.urls import reverse

from taawun.core.calendars import CalendarEntry

from .choices import SessionStatus
from .models import CouncilSession

FEED_LIMIT = 200  # about sixty years of ordinary sessions


def session_entry(session):
    return CalendarEntry(
        uid=f"council-session-{session.pk}",
        sequence=session.version,
        start=session.opens_on,
        summary=session.name,
        location=session.venue or "",
        url=reverse("council-public:session-detail", kwargs={"pk": session.pk}),
        status="CANCELLED" if session.status == SessionStatus.CANCELLED else "CONFIRMED",
        last_modified=session.updated_at,
    )


def public_entries():
    """Published sessions, newest first, bounded; one query."""
    for session in CouncilSession.public_objects.order_by("-opens_on", "-pk")[:FEED_LIMIT]:
        yield session_entry(session)
