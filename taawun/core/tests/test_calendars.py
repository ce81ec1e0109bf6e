"""Calendar files (core.calendars): what calendar programs rely on — a stable UID, the SEQUENCE
kept by the caller, METHOD, times in UTC that are the hour shown in Morocco, a cancellation."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import timezone

from taawun.core import calendars
from taawun.core.calendars import CalendarEntry, calendar_bytes, calendar_response

CASABLANCA = ZoneInfo("Africa/Casablanca")
SITE = "https://cooperation.aourir.ma"


def meeting(start, **fields):
    return CalendarEntry(
        uid="meeting-12",
        start=start,
        end=start + timedelta(hours=2),
        summary=fields.pop("summary", "اجتماع لجنة القيادة"),
        **fields,
    )


def events(content):
    calendar = icalendar.Calendar.from_ical(content)
    return calendar, list(calendar.walk("VEVENT"))


def shown_on_a_page(moment):
    """The hour a page shows for `moment`: Django's date filter in the site's zone."""
    with timezone.override(CASABLANCA):
        return Template('{{ moment|date:"Y-m-d H:i" }}').render(Context({"moment": moment}))


@override_settings(SITE_URL=SITE)
def test_the_file_parses_back_with_its_uid_sequence_method_and_link():
    entry = meeting(
        datetime(2026, 7, 15, 10, 0, tzinfo=CASABLANCA),
        sequence=3,
        url="/ar/manage/meetings/12/",
        location="قاعة الاجتماعات، جماعة أورير",
        description="جدول الأعمال: نقطة أولى، نقطة ثانية",
    )
    calendar, (event,) = events(calendar_bytes([entry], name="تعاون — أورير"))
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "تعاون — أورير"
    assert calendar["PRODID"] == calendars.PRODID and calendar["VERSION"] == "2.0"
    assert event["UID"] == "meeting-12@cooperation.aourir.ma"
    assert event["SEQUENCE"] == 3
    assert event["URL"] == f"{SITE}/ar/manage/meetings/12/"
    assert event["STATUS"] == "CONFIRMED"
    assert str(event["LOCATION"]) == "قاعة الاجتماعات، جماعة أورير"
    assert event.decoded("DTSTAMP").tzinfo is not None


@override_settings(SITE_URL=SITE)
def test_the_uid_is_the_same_in_two_builds_and_the_sequence_is_the_one_given():
    start = datetime(2026, 7, 15, 10, 0, tzinfo=CASABLANCA)
    _, (first,) = events(calendar_bytes([meeting(start, sequence=0)]))
    _, (second,) = events(
        calendar_bytes([meeting(start + timedelta(hours=1), sequence=1, summary="مؤجل")])
    )
    assert first["UID"] == second["UID"]
    assert (first["SEQUENCE"], second["SEQUENCE"]) == (0, 1)


@pytest.mark.parametrize(
    "local, offset",
    [
        # Summer 2026: Morocco at UTC+1.
        (datetime(2026, 7, 15, 10, 0), 1),
        # Ramadan 2026 (about 18 February – 19 March): Morocco goes back to UTC+0.
        (datetime(2026, 3, 5, 10, 0), 0),
    ],
    ids=["summer", "ramadan"],
)
def test_times_are_written_in_utc_and_are_the_hour_shown_in_morocco(local, offset):
    start = local.replace(tzinfo=CASABLANCA)
    assert start.utcoffset() == timedelta(hours=offset)  # the zone data knows the change
    content = calendar_bytes([meeting(start)])
    assert f"DTSTART:{(local - timedelta(hours=offset)):%Y%m%dT%H%M%S}Z".encode() in content
    _, (event,) = events(content)
    written = event.decoded("DTSTART")
    assert written.tzinfo is not None and written.utcoffset() == timedelta(0)
    assert written == start
    # The page shows the meeting at 10:00 in Morocco, the file says the same instant.
    assert shown_on_a_page(start) == f"{local:%Y-%m-%d} 10:00"
    assert shown_on_a_page(written.astimezone(UTC)) == f"{local:%Y-%m-%d} 10:00"


@pytest.mark.parametrize("method", ["PUBLISH", "REQUEST", "CANCEL"])
def test_each_method_is_written(method):
    calendar, _ = events(
        calendar_bytes([meeting(datetime(2026, 7, 15, 10, tzinfo=UTC))], method=method)
    )
    assert calendar["METHOD"] == method


def test_a_cancellation_says_cancelled_and_an_unknown_method_or_status_is_refused():
    start = datetime(2026, 7, 15, 10, tzinfo=UTC)
    _, (event,) = events(calendar_bytes([meeting(start, sequence=2)], method="CANCEL"))
    assert (event["STATUS"], event["SEQUENCE"]) == ("CANCELLED", 2)
    _, (event,) = events(calendar_bytes([meeting(start, status="CANCELLED")]))
    assert event["STATUS"] == "CANCELLED"
    with pytest.raises(ValueError):
        calendar_bytes([meeting(start)], method="REPLY")
    with pytest.raises(ValueError):
        meeting(start, status="POSTPONED")


@override_settings(DEFAULT_FROM_EMAIL="taawun@aourir.ma")
def test_an_invitation_names_its_organizer_and_attendees():
    entry = meeting(datetime(2026, 7, 15, 10, tzinfo=UTC), attendees=("amina@example.org",))
    _, (event,) = events(calendar_bytes([entry], method="REQUEST"))
    assert str(event["ORGANIZER"]) == "mailto:taawun@aourir.ma"
    assert str(event["ATTENDEE"]) == "mailto:amina@example.org"
    assert event["ATTENDEE"].params["RSVP"] == "TRUE"
    _, (published,) = events(calendar_bytes([entry]))
    assert "ORGANIZER" not in published and "ATTENDEE" not in published


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError):
        meeting(datetime(2026, 7, 15, 10, 0))


def test_a_due_date_is_an_all_day_entry_of_its_day():
    entry = CalendarEntry(uid="obligation-4", start=date(2026, 6, 30), summary="الشطر 2")
    _, (event,) = events(calendar_bytes([entry]))
    assert event.decoded("DTSTART") == date(2026, 6, 30)
    assert event.decoded("DTEND") == date(2026, 7, 1)
    assert b"DTSTART;VALUE=DATE:20260630" in calendar_bytes([entry])


def test_long_arabic_lines_are_folded_and_read_back_whole():
    summary = "اجتماع اللجنة التقنية للتتبع، " * 6
    content = calendar_bytes([meeting(datetime(2026, 7, 15, 10, tzinfo=UTC), summary=summary)])
    assert all(len(line) <= 75 for line in content.split(b"\r\n"))
    _, (event,) = events(content)
    assert str(event["SUMMARY"]) == summary


def test_the_response_is_a_utf8_calendar_download():
    response = calendar_response(
        [meeting(datetime(2026, 7, 15, 10, tzinfo=UTC))], filename="meeting-12.ics"
    )
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="meeting-12.ics"'
    events(response.content)


def test_the_feed_reads_every_registered_source(monkeypatch):
    monkeypatch.setattr(calendars, "SOURCES", [])
    entry = meeting(datetime(2026, 7, 15, 10, tzinfo=UTC))
    source = calendars.register_source(lambda user: [entry] if user == "someone" else [])
    calendars.register_source(source)  # twice is once
    assert list(calendars.entries_for("someone")) == [entry]
    assert list(calendars.entries_for("nobody")) == []
