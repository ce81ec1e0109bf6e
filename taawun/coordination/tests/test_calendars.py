"""A meeting's .ics (workspace and portal), the personal feed's coordination entries and the
public feed: RFC 5545 files that parse back, a stable UID, a SEQUENCE that goes up with each
change, times in UTC, a link back to the page, and only the rows the reader may see."""

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from taawun.coordination import services
from taawun.coordination.tests.factories import meeting_data

SITE = "https://cooperation.aourir.ma"


def manage_url(meeting, lang="ar"):
    with translation.override(lang):
        return reverse("coordination:meeting-calendar", kwargs={"pk": meeting.pk})


def public_url(meeting, lang="ar"):
    with translation.override(lang):
        return reverse("coordination-public:meeting-calendar", kwargs={"pk": meeting.pk})


def parse(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, calendar.walk("VEVENT")


def only_event(response):
    calendar, events = parse(response)
    (event,) = events
    return calendar, event


@pytest.fixture
def planned(committee, users):
    """A public meeting in ten days, 10:00–12:00 in Morocco (09:00–11:00 UTC in winter time:
    the offset is whatever Casablanca's is on that day)."""
    return services.meeting_save(
        committee=committee,
        by=users["officer"],
        mode="hybrid",
        venue_ar="قاعة الاجتماعات بالجماعة",
        venue_fr="Salle des réunions de la commune",
        online_url="https://meet.example.org/aourir-copil",
        **meeting_data(days=10, visibility="public"),
    )


@override_settings(SITE_URL=SITE)
def test_the_workspace_download_is_a_publish_file_with_the_meetings_uid_and_times_in_utc(
    planned, client_for
):
    calendar, event = only_event(client_for("officer").get(manage_url(planned)))
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(event["UID"]) == planned.uid
    assert int(event["SEQUENCE"]) == planned.sequence == 0
    start = event.decoded("DTSTART")
    assert start == planned.starts_at and start.utcoffset() == timedelta(0)
    assert event["DTSTART"].to_ical().endswith(b"Z")
    assert event.decoded("DTEND") == planned.ends_at
    assert str(event["URL"]) == SITE + planned.get_manage_url()
    assert "قاعة الاجتماعات بالجماعة" in str(event["LOCATION"])
    assert "meet.example.org" in str(event["LOCATION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "لجنة" in str(event["SUMMARY"]) or str(planned.committee.name_ar) in str(
        event["SUMMARY"]
    )


def test_the_uid_stays_and_the_sequence_goes_up_on_edit_postpone_and_cancel(
    planned, client_for, users
):
    officer = client_for("officer")
    _, first = only_event(officer.get(manage_url(planned)))
    later = planned.starts_at + timedelta(hours=1)
    edited = services.meeting_save(
        committee=planned.committee,
        meeting=planned,
        by=users["officer"],
        starts_at=later,
        ends_at=later + timedelta(hours=2),
    )
    _, second = only_event(officer.get(manage_url(edited)))
    assert str(second["UID"]) == str(first["UID"])
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert second.decoded("DTSTART") == later
    postponed = services.meeting_postpone(meeting=edited, reason="Ramadan", by=users["officer"])
    _, third = only_event(officer.get(manage_url(postponed)))
    assert int(third["SEQUENCE"]) > int(second["SEQUENCE"])
    assert str(third["STATUS"]) == "TENTATIVE"
    cancelled = services.meeting_cancel(meeting=postponed, by=users["officer"])
    _, fourth = only_event(officer.get(manage_url(cancelled)))
    assert str(fourth["UID"]) == str(first["UID"])
    assert int(fourth["SEQUENCE"]) > int(third["SEQUENCE"])
    assert str(fourth["STATUS"]) == "CANCELLED"


def test_the_time_is_right_for_morocco(committee, users, client_for):
    # 10:00 in Aourir on 15 January 2026 is 09:00 UTC (Morocco is at UTC+1 outside Ramadan).
    starts = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    meeting = services.meeting_save(
        committee=committee, by=users["officer"], starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )  # fmt: skip
    _, event = only_event(client_for("officer").get(manage_url(meeting)))
    assert event["DTSTART"].to_ical() == b"20260115T090000Z"
    page = client_for("officer").get(meeting.get_manage_url()).content.decode()
    assert "10:00" in page


def test_the_workspace_download_has_the_meeting_pages_scope(planned, client_for, users, stranger):
    # The INDH representative's organisation sits on the committee: it reads the file.
    assert client_for("partner").get(manage_url(planned)).status_code == 200
    # Another organisation's representative does not, nor does anyone signed out.
    assert client_for("association").get(manage_url(planned)).status_code == 404
    assert client_for(None).get(manage_url(planned)).status_code == 302
    internal = services.meeting_save(
        committee=planned.committee, by=users["officer"],
        **meeting_data(days=12, visibility="internal"),
    )  # fmt: skip
    assert client_for("partner").get(manage_url(internal)).status_code == 404
    assert client_for("council").get(manage_url(internal)).status_code == 200
    assert client_for("officer").post(manage_url(planned)).status_code == 405


@override_settings(SITE_URL=SITE)
def test_the_public_download_links_to_the_portal_and_leaves_out_the_online_link(planned, client):
    calendar, event = only_event(client.get(public_url(planned, "fr")))
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(event["UID"]) == planned.uid
    with translation.override("fr"):
        page = reverse("coordination-public:meeting-detail", kwargs={"pk": planned.pk})
    assert str(event["URL"]) == SITE + page
    assert "Salle des réunions de la commune" in str(event["LOCATION"])
    assert "meet.example.org" not in client.get(public_url(planned)).content.decode()


def test_the_public_download_is_only_for_public_meetings_of_public_committees(
    planned, client, users
):
    internal = services.meeting_save(
        committee=planned.committee, by=users["officer"],
        **meeting_data(days=12, visibility="partners"),
    )  # fmt: skip
    assert client.get(public_url(internal)).status_code == 404
    planned.committee.is_public = False
    planned.committee.save()
    assert client.get(public_url(planned)).status_code == 404
    assert client.get(public_url(planned).replace(str(planned.pk), "999999")).status_code == 404


def test_both_meeting_pages_link_their_ics_inside_main(planned, client_for, client):
    with translation.override("en"):
        for page, ics in (
            (client_for("officer").get(planned.get_manage_url()), manage_url(planned, "en")),
            (client.get(reverse("coordination-public:meeting-detail", kwargs={"pk": planned.pk})),
             public_url(planned, "en")),
        ):  # fmt: skip
            html = page.content.decode()
            main = html[html.index("<main") : html.index("</main>")]
            assert f'href="{ics}"' in main and ics.endswith(".ics")


# --- The feeds ------------------------------------------------------------------------------


def feed_url(lang="ar"):
    with translation.override(lang):
        return reverse("coordination-public:calendar")


@override_settings(SITE_URL=SITE)
def test_the_public_feed_has_public_meetings_of_public_committees_only(planned, client, users):
    partners_only = services.meeting_save(
        committee=planned.committee, by=users["officer"],
        **meeting_data(days=12, visibility="partners"),
    )  # fmt: skip
    internal = services.meeting_save(
        committee=planned.committee, by=users["officer"],
        **meeting_data(days=14, visibility="internal"),
    )  # fmt: skip
    _calendar, events = parse(client.get(feed_url()))
    uids = {str(event["UID"]) for event in events}
    assert planned.uid in uids
    assert partners_only.uid not in uids and internal.uid not in uids
    planned.committee.is_public = False
    planned.committee.save()
    _calendar, events = parse(client.get(feed_url("fr")))
    assert planned.uid not in {str(event["UID"]) for event in events}


def test_the_public_feed_gathers_every_registered_public_source(planned):
    from taawun.core import calendars as core_calendars

    uids = {entry.uid for entry in core_calendars.public_entries()}
    assert planned.uid in uids


def test_the_personal_feed_has_my_committees_meetings_and_my_action_items_in_two_queries(
    planned, committee, users, django_assert_max_num_queries
):
    from taawun.coordination.calendars import personal_entries

    officer = users["officer"]
    membership = committee.memberships.get(person_name="M. Région")
    membership.user = officer
    membership.save()
    for days in (3, 20, 30):
        services.meeting_save(committee=committee, by=officer, **meeting_data(days=days))
    mine = [
        services.action_item_save(
            meeting=planned,
            by=officer,
            title_fr=f"Tâche {n}",
            title_ar=f"مهمة {n}",
            owner_user=officer,
            due_on=planned.starts_at.date() + timedelta(days=n),
        )  # fmt: skip
        for n in range(1, 5)
    ]
    services.action_item_save(
        meeting=planned, by=officer, title_fr="Autre", title_ar="أخرى",
        owner_name="Quelqu'un", due_on=planned.starts_at.date(),
    )  # fmt: skip
    with django_assert_max_num_queries(2):
        entries = list(personal_entries(officer))
    uids = {entry.uid for entry in entries}
    assert planned.uid in uids
    assert {f"action-item-{item.pk}" for item in mine} <= uids
    assert len([u for u in uids if u.startswith("action-item-")]) == 4  # not the other's


def test_a_representative_s_feed_has_their_organisation_s_committee_and_items(
    planned, committee, users, django_assert_max_num_queries
):
    from taawun.coordination.calendars import personal_entries

    representative = users["partner"]  # INDH sits on the committee (the chair)
    internal = services.meeting_save(
        committee=committee, by=users["officer"], **meeting_data(days=15, visibility="internal")
    )
    item = services.action_item_save(
        meeting=planned, by=users["officer"], title_fr="Pour l'INDH", title_ar="للمبادرة",
        owner_partner=representative.partner, due_on=planned.starts_at.date(),
    )  # fmt: skip
    with django_assert_max_num_queries(2):
        uids = {entry.uid for entry in personal_entries(representative)}
    assert planned.uid in uids and f"action-item-{item.pk}" in uids
    assert internal.uid not in uids  # internal meetings are the commune's only


def test_the_public_committee_list_links_the_public_feed(planned, client):
    with translation.override("fr"):
        page = client.get(reverse("coordination-public:committee-list")).content.decode()
        feed = reverse("coordination-public:calendar")
    main = page[page.index("<main") : page.index("</main>")]
    assert f'href="{feed}"' in main and feed.endswith(".ics")
