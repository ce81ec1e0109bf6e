"""The invitee's reply to an invitation: services.attendance_reply and its POST view."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from taawun.coordination import services
from taawun.coordination.models import Attendance

from .factories import meeting_data


@pytest.fixture
def planned(committee, users):
    return services.meeting_save(committee=committee, by=users["officer"], **meeting_data(days=7))


def invitation(meeting, person_name):
    member = meeting.committee.memberships.get(person_name=person_name)
    return Attendance.objects.create(meeting=meeting, membership=member)


def test_a_representative_answers_its_organisations_invitation(planned, users):
    attendance = invitation(planned, "Mme INDH")
    services.attendance_reply(attendance=attendance, reply="accepted", by=users["partner"])
    attendance.refresh_from_db()
    assert attendance.reply == "accepted"
    assert attendance.history.first().history_user == users["partner"]


def test_the_members_own_user_answers_even_without_being_a_representative(planned, users):
    attendance = invitation(planned, "Mme DT")
    attendance.membership.user = users["officer"]
    attendance.membership.save()
    services.attendance_reply(attendance=attendance, reply="tentative", by=users["officer"])
    assert Attendance.objects.get(pk=attendance.pk).reply == "tentative"


@pytest.mark.parametrize("role", ["partner", "officer", "admin", "viewer"])
def test_nobody_else_answers_for_a_member(planned, users, role):
    if role not in users:
        pytest.skip(f"no {role} user")
    attendance = invitation(planned, "M. Région")
    with pytest.raises(PermissionDenied):
        services.attendance_reply(attendance=attendance, reply="declined", by=users[role])
    assert Attendance.objects.get(pk=attendance.pk).reply == ""


def test_a_cancelled_or_past_meeting_takes_no_reply(committee, planned, users):
    attendance = invitation(planned, "Mme INDH")
    services.meeting_cancel(meeting=planned, reason="", by=users["officer"])
    with translation.override("en"), pytest.raises(ValidationError, match="cancelled"):
        services.attendance_reply(attendance=attendance, reply="accepted", by=users["partner"])
    past = services.meeting_save(committee=committee, by=users["officer"], **meeting_data(days=-2))
    attendance = invitation(past, "Mme INDH")
    with translation.override("en"), pytest.raises(ValidationError, match="over"):
        services.attendance_reply(attendance=attendance, reply="accepted", by=users["partner"])
    assert not Attendance.objects.exclude(reply="").exists()


def test_an_unknown_reply_is_refused(planned, users):
    attendance = invitation(planned, "Mme INDH")
    with pytest.raises(ValidationError):
        services.attendance_reply(attendance=attendance, reply="maybe", by=users["partner"])


def test_the_reply_buttons_post_and_go_back_where_they_were(client, planned, users):
    attendance = invitation(planned, "Mme INDH")
    client.force_login(users["partner"])
    home = reverse("reports:dashboard")
    url = reverse("coordination:attendance-reply", args=[attendance.pk])
    response = client.post(url, {"reply": "declined", "next": home})
    assert response.status_code == 302 and response.url == home
    assert Attendance.objects.get(pk=attendance.pk).reply == "declined"
    response = client.post(url, {"reply": "accepted", "next": "https://evil.example/"})
    assert response.url == planned.get_manage_url()


def test_another_organisations_invitation_is_not_found(client, planned, users):
    attendance = invitation(planned, "M. Région")
    client.force_login(users["partner"])
    url = reverse("coordination:attendance-reply", args=[attendance.pk])
    assert client.post(url, {"reply": "accepted"}).status_code == 404
    assert client.get(url).status_code == 405


def test_the_workspace_meeting_page_shows_the_invitees_reply_buttons(client, planned, users):
    attendance = invitation(planned, "Mme INDH")
    client.force_login(users["partner"])
    page = client.get(planned.get_manage_url()).content.decode()
    assert reverse("coordination:attendance-reply", args=[attendance.pk]) in page
    other = invitation(planned, "M. Région")
    assert reverse("coordination:attendance-reply", args=[other.pk]) not in page


def test_the_officers_attendance_form_shows_the_reply(client, planned, users):
    attendance = invitation(planned, "Mme INDH")
    services.attendance_reply(attendance=attendance, reply="declined", by=users["partner"])
    client.force_login(users["officer"])
    with translation.override("en"):
        page = client.get(planned.get_manage_url()).content.decode()
        form = client.get(reverse("coordination:meeting-attendance", args=[planned.pk]))
    assert "Declined" in page
    assert form.status_code == 200
