"""Invitations to a meeting: "Invite the members" queues one e-mail per member (nothing is
sent in the request), the worker sends it in the recipient's language with the .ics (METHOD
REQUEST); a later change of time or place sends it again with a higher SEQUENCE, a
cancellation a METHOD CANCEL; who was invited and when is recorded."""

from datetime import timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django_tasks_db.models import DBTaskResult

from taawun.accounts import services as accounts
from taawun.coordination import services
from taawun.coordination.models import Attendance
from taawun.coordination.notifications import INVITATION
from taawun.coordination.services.invitations import meeting_invite

from .factories import MembershipFactory, meeting_data


def run_queued():
    """What the worker does (`manage.py db_worker`): run each queued task, oldest first."""
    ran = []
    for result in DBTaskResult.objects.ready().order_by("enqueued_at"):
        ran.append(result.task.call(*result.task_result.args, **result.task_result.kwargs))
        result.delete()
    return ran


def invite_url(meeting):
    with translation.override("ar"):
        return reverse("coordination:meeting-invite", kwargs={"pk": meeting.pk})


def calendar_in(message):
    ((name, content, mimetype),) = message.attachments
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    data = content.encode() if isinstance(content, str) else content
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event, mimetype


def day_in(language, meeting):
    with translation.override(language):
        return formats.date_format(timezone.localtime(meeting.starts_at).date(), "DATE_FORMAT")


@pytest.fixture
def people(committee, users):
    """Two members with accounts (the officer reads Arabic, the administrator French), the
    others known by their e-mail only, and one with neither."""
    french = accounts.profile_update(user=users["admin"], language="fr")
    members = {m.person_name: m for m in committee.memberships.all()}
    members["M. Région"].user = users["officer"]
    members["M. Région"].save()
    members["M. Omrane"].user = french
    members["M. Omrane"].save()
    members["nobody"] = MembershipFactory(
        committee=committee, person_name="Mme Sans-Adresse", email="", voting=False,
        role="observer",
    )  # fmt: skip
    return members


@pytest.fixture
def planned(committee, users):
    return services.meeting_save(
        committee=committee,
        by=users["officer"],
        venue_ar="قاعة الاجتماعات",
        venue_fr="Salle des réunions",
        **meeting_data(days=10),
    )


def test_invite_the_members_queues_one_email_each_sent_by_the_worker_in_their_language(
    planned, people, client_for, users, mailoutbox
):
    response = client_for("officer").post(invite_url(planned), follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Mme Sans-Adresse" in page  # named: no address to invite her by
    assert mailoutbox == []  # nothing is sent in the request
    # Five members with an address (two accounts, three by e-mail only).
    assert DBTaskResult.objects.count() == 5
    assert run_queued() == [True] * 5
    by_address = {message.to[0]: message for message in mailoutbox}
    assert len(by_address) == 5
    arabic, french = by_address["officer@example.org"], by_address["admin@example.org"]
    assert day_in("ar", planned) in arabic.subject
    assert "بتوقيت المغرب" in arabic.body and "قاعة الاجتماعات" in arabic.body
    assert day_in("fr", planned) in french.subject
    assert "heure du Maroc" in french.body and "Salle des réunions" in french.body
    # A member known only by an e-mail address gets it in Arabic.
    only_email = by_address[people["Mme INDH"].email]
    assert "بتوقيت المغرب" in only_email.body and day_in("ar", planned) in only_email.subject
    for message in mailoutbox:
        calendar, event, mimetype = calendar_in(message)
        assert str(calendar["METHOD"]) == "REQUEST" and "method=REQUEST" in mimetype
        assert str(event["UID"]) == planned.uid
        assert int(event["SEQUENCE"]) == planned.sequence
        assert str(event["ATTENDEE"]).lower() == f"mailto:{message.to[0]}"
        assert event.decoded("DTSTART") == planned.starts_at
    invited = Attendance.objects.filter(meeting=planned, invited_at__isnull=False)
    assert invited.count() == 5
    assert set(invited.values_list("invited_sequence", flat=True)) == {planned.sequence}
    assert not Attendance.objects.filter(membership=people["nobody"]).exists()
    assert invited.first().history.count() == 1  # the invitation is in the history


def test_a_change_of_time_sends_it_again_with_a_higher_sequence_a_cancellation_cancels(
    planned, people, users, mailoutbox
):
    meeting_invite(meeting=planned, by=users["officer"])
    run_queued()
    first_sequence = planned.sequence
    mailoutbox.clear()
    # A change the invited need not hear of: nothing queued.
    services.meeting_save(
        committee=planned.committee, meeting=planned, by=users["officer"], visibility="internal"
    )
    assert not DBTaskResult.objects.exists()
    later = planned.starts_at + timedelta(days=1)
    moved = services.meeting_save(
        committee=planned.committee, meeting=planned, by=users["officer"],
        starts_at=later, ends_at=later + timedelta(hours=2),
    )  # fmt: skip
    assert DBTaskResult.objects.count() == 5
    run_queued()
    assert len(mailoutbox) == 5
    for message in mailoutbox:
        calendar, event, _ = calendar_in(message)
        assert str(calendar["METHOD"]) == "REQUEST"
        assert str(event["UID"]) == planned.uid
        assert int(event["SEQUENCE"]) == moved.sequence > first_sequence
        assert event.decoded("DTSTART") == later
    french = next(m for m in mailoutbox if m.to == ["admin@example.org"])
    assert day_in("fr", moved) in french.subject
    assert set(
        Attendance.objects.filter(invited_at__isnull=False).values_list(
            "invited_sequence", flat=True
        )
    ) == {moved.sequence}
    mailoutbox.clear()
    moved_sequence = moved.sequence  # the services re-read the row into the same instance
    cancelled = services.meeting_cancel(meeting=moved, reason="Intempéries", by=users["officer"])
    run_queued()
    assert len(mailoutbox) == 5
    for message in mailoutbox:
        calendar, event, mimetype = calendar_in(message)
        assert str(calendar["METHOD"]) == "CANCEL" and "method=CANCEL" in mimetype
        assert str(event["STATUS"]) == "CANCELLED"
        assert int(event["SEQUENCE"]) == cancelled.sequence > moved_sequence
        assert "Intempéries" in message.body


def test_postponing_tells_the_invited_and_an_uninvited_meeting_sends_nothing(
    planned, people, users, mailoutbox
):
    services.meeting_postpone(meeting=planned, reason="Ramadan", by=users["officer"])
    assert not DBTaskResult.objects.exists()  # nobody was invited yet
    meeting_invite(meeting=planned, by=users["officer"])
    run_queued()
    mailoutbox.clear()
    later = planned.starts_at + timedelta(days=7)
    services.meeting_postpone(meeting=planned, starts_at=later, by=users["officer"])
    run_queued()
    assert len(mailoutbox) == 5
    _, event, _ = calendar_in(mailoutbox[0])
    assert event.decoded("DTSTART") == later and str(event["STATUS"]) == "TENTATIVE"


def test_nobody_who_switched_invitations_off_gets_one(planned, people, users, mailoutbox):
    accounts.preferences_save(user=users["officer"], enabled={INVITATION: False})
    meeting_invite(meeting=planned, by=users["officer"])
    assert run_queued().count(False) == 1
    assert "officer@example.org" not in {m.to[0] for m in mailoutbox}
    assert len(mailoutbox) == 4


def test_only_editors_invite_and_a_held_or_past_meeting_is_refused(
    planned, held_meeting, people, client_for
):
    for role in ("partner", "council", "finance"):
        assert client_for(role).post(invite_url(planned)).status_code in (403, 404)
    assert not DBTaskResult.objects.exists()
    with translation.override("en"):
        response = client_for("officer").post(invite_url(held_meeting), follow=True)
    assert response.status_code == 200
    assert not DBTaskResult.objects.exists()
    assert not Attendance.objects.filter(invited_at__isnull=False).exists()
    assert client_for("officer").get(invite_url(planned)).status_code == 405


def test_the_meeting_page_offers_the_invitation_to_editors_only(planned, client_for):
    with translation.override("en"):
        url = planned.get_manage_url()
        officer = client_for("officer").get(url).content.decode()
        partner = client_for("partner").get(url).content.decode()
    assert invite_url(planned).replace("/ar/", "/en/") in officer
    assert "/invite/" not in partner
