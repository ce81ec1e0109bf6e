"""Calendar files (RFC 5545) on the maintained `icalendar` library: one builder for a meeting's
download, an invitation by e-mail and a person's feed, and the registry of the sources that
fill a person's feed.

A caller hands plain `CalendarEntry` values, already in the reader's language (text is its
business); the builder writes what calendar programs rely on: a UID that stays the same across
edits (`<uid>@<host of SITE_URL>`), the SEQUENCE the caller keeps, DTSTAMP, times in UTC ("Z"),
a URL back to the page, METHOD (PUBLISH for downloads and feeds, REQUEST/CANCEL for
invitations) and the calendar's name. Lines are folded by the library.

Apps fill the personal feed by registering a source in their AppConfig.ready():
`register_source(fn)`, where `fn(user)` yields `CalendarEntry` values the user may see. Core
knows no app: the registry is how the feed reaches them. The public feed is filled the same way:
`register_public_source(fn)`, where `fn()` yields entries anyone may read.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.utils import timezone

METHODS = {"PUBLISH", "REQUEST", "CANCEL"}
STATUSES = {"CONFIRMED", "TENTATIVE", "CANCELLED"}
PRODID = "-//Taawun//Decentralized cooperation//AR"
CONTENT_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class CalendarEntry:
    """One event of a calendar: a meeting (aware start and end) or a due date (a `date`)."""

    uid: str  # stable for the record, e.g. "meeting-12"; the host is added unless it has an "@"
    start: datetime | date
    summary: str
    end: datetime | date | None = None
    sequence: int = 0
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = "CONFIRMED"
    last_modified: datetime | None = None
    # Invitations (METHOD REQUEST/CANCEL): who sends it (an address; DEFAULT_FROM_EMAIL when
    # empty) and the addresses invited.
    organizer: str = ""
    attendees: tuple = ()

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"Unknown calendar status {self.status!r}.")
        for moment in (self.start, self.end, self.last_modified):
            if isinstance(moment, datetime) and timezone.is_naive(moment):
                raise ValueError("Calendar times must be aware (stored in UTC).")


def site_host():
    """The host of the portal's address: UIDs name it, so they are unique worldwide."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def absolute_url(path):
    """A page's address outside a request (e-mails, feeds): SITE_URL before the path."""
    if not path or "://" in path:
        return path
    return settings.SITE_URL.rstrip("/") + path


def _moment(value):
    """A datetime in UTC (written with "Z"); a date stays a date (an all-day entry)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def _event(entry, *, stamp, method):
    event = icalendar.Event()
    uid = entry.uid if "@" in entry.uid else f"{entry.uid}@{site_host()}"
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", entry.sequence)
    event.add("dtstart", _moment(entry.start))
    end = entry.end
    if end is None and isinstance(entry.start, date) and not isinstance(entry.start, datetime):
        end = date.fromordinal(entry.start.toordinal() + 1)  # an all-day entry lasts its day
    if end is not None:
        event.add("dtend", _moment(end))
    event.add("summary", entry.summary)
    if entry.description:
        event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    if entry.url:
        event.add("url", absolute_url(entry.url))
    status = "CANCELLED" if method == "CANCEL" else entry.status
    event.add("status", status)
    if entry.last_modified is not None:
        event.add("last-modified", _moment(entry.last_modified))
    if method != "PUBLISH":
        _invitation(event, entry)
    return event


def _invitation(event, entry):
    """RFC 5546: an invitation or a cancellation names its organizer and its attendees."""
    organizer = icalendar.vCalAddress(f"mailto:{entry.organizer or settings.DEFAULT_FROM_EMAIL}")
    event.add("organizer", organizer)
    for address in entry.attendees:
        attendee = icalendar.vCalAddress(f"mailto:{address}")
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["RSVP"] = "TRUE"
        event.add("attendee", attendee, encode=0)


def calendar_bytes(entries, *, method="PUBLISH", name="", language="ar"):
    """The .ics file of `entries` (UTF-8 bytes): METHOD, PRODID, X-WR-CALNAME, one VEVENT each."""
    if method not in METHODS:
        raise ValueError(f"Unknown calendar method {method!r}.")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    stamp = timezone.now().astimezone(UTC).replace(microsecond=0)
    for entry in entries:
        event = _event(entry, stamp=stamp, method=method)
        if language:
            event["summary"].params["LANGUAGE"] = language
        calendar.add_component(event)
    return calendar.to_ical()


def calendar_response(entries, *, filename, method="PUBLISH", name="", language="ar"):
    """An HTTP answer with the .ics file: text/calendar, UTF-8, downloaded as `filename`."""
    content = calendar_bytes(entries, method=method, name=name, language=language)
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


# --- The personal feed's sources ------------------------------------------------------------

SOURCES = []


def register_source(source):
    """Add `source(user) -> iterable of CalendarEntry` to every person's feed (AppConfig.ready)."""
    if not callable(source):
        raise ImproperlyConfigured("A calendar source must be callable.")
    if source not in SOURCES:
        SOURCES.append(source)
    return source


def entries_for(user):
    """Every registered source's entries for `user`, in the order the sources were registered."""
    for source in SOURCES:
        yield from source(user)


# --- The public feed's sources --------------------------------------------------------------

PUBLIC_SOURCES = []


def register_public_source(source):
    """Add `source() -> iterable of CalendarEntry` (what anyone may read: public meetings, the
    council's sessions) to the public feed (AppConfig.ready)."""
    if not callable(source):
        raise ImproperlyConfigured("A calendar source must be callable.")
    if source not in PUBLIC_SOURCES:
        PUBLIC_SOURCES.append(source)
    return source


def public_entries():
    """Every registered public source's entries, in the order the sources were registered."""
    for source in PUBLIC_SOURCES:
        yield from source()
