"""E-mails by kind (accounts.notifications): queued, then sent by the worker in the recipient's
language, never to a person who switched the kind off; the alerts digest goes through them,
one e-mail per person per run."""

import io
from datetime import timedelta

import icalendar
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from taawun.accounts import notifications, services
from taawun.accounts.notifications import INVITATION, notify
from taawun.agreements.alerts import DIGEST
from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import (
    AgreementFactory,
    ObligationFactory,
    PartyFactory,
    kind,
)
from taawun.core.calendars import CalendarEntry, calendar_bytes
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
SUBJECT = "agreements/email/alerts_subject.txt"
BODY = "agreements/email/alerts.txt"


def run_queued():
    """What the worker does (`manage.py db_worker`): run each queued task, oldest first."""
    ran = []
    for result in DBTaskResult.objects.ready().order_by("enqueued_at"):
        task = result.task
        ran.append(task.call(*result.task_result.args, **result.task_result.kwargs))
        result.delete()
    return ran


@pytest.fixture
def overdue(commune):
    """An agreement in force with an obligation 40 days late: the digest has something."""
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.IN_FORCE)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    party = PartyFactory(
        agreement=agreement, partner=PartnerFactory(name_fr="Conseil régional Souss-Massa")
    )
    return ObligationFactory(party=party, due_date=timezone.localdate() - timedelta(days=40))


def digest_to(user, **data):
    notify(user, DIGEST, SUBJECT, BODY, {"today": timezone.localdate().isoformat(), **data})


def test_a_queued_email_is_sent_by_the_worker_in_the_recipients_language(
    users, overdue, mailoutbox
):
    arabic = users["officer"]
    french = services.profile_update(user=users["admin"], language="fr")
    digest_to(arabic)
    digest_to(french)
    assert mailoutbox == []  # nothing is sent in the request
    assert DBTaskResult.objects.count() == 2
    assert run_queued() == [True, True]
    by_address = {message.to[0]: message for message in mailoutbox}
    assert set(by_address) == {"officer@example.org", "admin@example.org"}
    assert by_address["officer@example.org"].subject.startswith("تعاون")
    assert "التزامات متأخرة" in by_address["officer@example.org"].body
    assert by_address["admin@example.org"].subject.startswith("Taawun")
    assert "Engagements en retard" in by_address["admin@example.org"].body


def test_nothing_goes_to_a_person_who_switched_the_kind_off_or_has_no_address(
    users, overdue, mailoutbox
):
    services.preferences_save(user=users["officer"], enabled={DIGEST: False})
    users["admin"].email = ""
    users["admin"].save()
    digest_to(users["officer"])
    digest_to(users["admin"])
    assert run_queued() == [False, False]
    assert mailoutbox == []
    services.preferences_save(user=users["officer"], enabled={DIGEST: True})
    digest_to(users["officer"])
    assert run_queued() == [True]


@override_settings(TASKS=IMMEDIATE)
def test_an_attached_invitation_travels_as_a_calendar_file(users, overdue, mailoutbox):
    entry = CalendarEntry(
        uid="meeting-1",
        start=timezone.now() + timedelta(days=3),
        summary="اجتماع",
        attendees=("officer@example.org",),
    )
    content = calendar_bytes([entry], method="REQUEST")
    today = timezone.localdate().isoformat()
    notify(
        users["officer"], DIGEST, SUBJECT, BODY, {"today": today}, [("m.ics", content, INVITATION)]
    )
    (message,) = mailoutbox
    ((name, attached, mimetype),) = message.attachments
    assert name == "m.ics" and mimetype.startswith("text/calendar")
    data = attached.encode() if isinstance(attached, str) else attached
    assert icalendar.Calendar.from_ical(data)["METHOD"] == "REQUEST"
    raw = message.message().as_string()
    assert "method=REQUEST" in raw or 'method="REQUEST"' in raw


def test_an_undeclared_kind_is_refused_in_the_caller(users):
    with pytest.raises(ImproperlyConfigured):
        notify(users["officer"], "nobody.declared", SUBJECT, BODY)
    assert not DBTaskResult.objects.exists()


def test_send_alerts_queues_one_digest_per_person_each_in_their_language(
    users, overdue, mailoutbox
):
    services.profile_update(user=users["admin"], language="fr")
    out = io.StringIO()
    call_command("send_alerts", stdout=out)
    assert mailoutbox == []
    assert DBTaskResult.objects.count() == 2  # the administrator and the officer
    run_queued()
    assert sorted(m.to[0] for m in mailoutbox) == ["admin@example.org", "officer@example.org"]
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert subjects["admin@example.org"].startswith("Taawun")
    assert subjects["officer@example.org"].startswith("تعاون")
    reference = overdue.party.agreement.reference
    assert all(reference in m.body for m in mailoutbox)
    assert "Souss-Massa" in next(m.body for m in mailoutbox if m.to == ["admin@example.org"])
    assert "Queued the digest for 2 recipients" in out.getvalue()


def test_send_alerts_leaves_out_who_switched_the_digest_off(users, overdue, mailoutbox):
    services.preferences_save(user=users["admin"], enabled={DIGEST: False})
    call_command("send_alerts", stdout=io.StringIO())
    run_queued()
    assert [m.to for m in mailoutbox] == [["officer@example.org"]]


def test_send_alerts_with_nothing_to_say_queues_nothing(users, commune, mailoutbox):
    out = io.StringIO()
    call_command("send_alerts", stdout=out)
    assert not DBTaskResult.objects.exists()
    assert "no e-mail sent" in out.getvalue()


def test_the_preferences_page_lists_the_kinds_and_switches_one_off(client_for, users):
    client = client_for("finance")
    page = client.get(reverse("accounts:notifications"))
    assert page.status_code == 200
    assert page.context["form"].initial == {DIGEST: True} | {
        k.code: True for k in notifications.kinds()
    }
    assert f'name="{DIGEST}"' in page.content.decode()
    assert client.post(reverse("accounts:notifications"), {}).status_code == 302
    assert not notifications.is_enabled(users["finance"], DIGEST)
    client.post(reverse("accounts:notifications"), {DIGEST: "on"})
    assert notifications.is_enabled(users["finance"], DIGEST)


def test_the_profile_page_changes_the_language_and_refuses_an_unknown_one(client_for, users):
    client = client_for("partner")
    assert client.get(reverse("accounts:profile")).status_code == 200
    assert client.post(reverse("accounts:profile"), {"language": "fr"}).status_code == 302
    users["partner"].refresh_from_db()
    assert users["partner"].language == "fr"
    response = client.post(reverse("accounts:profile"), {"language": "xx"})
    assert response.status_code == 200 and response.context["form"].errors
    users["partner"].refresh_from_db()
    assert users["partner"].language == "fr"


def test_a_new_person_reads_arabic(users):
    assert users["council"].language == "ar"


def test_a_digest_gathers_a_persons_messages_in_one_email_in_their_language(
    users, overdue, mailoutbox
):
    french = services.profile_update(user=users["admin"], language="fr")
    item = {
        "kind": DIGEST,
        "subject_template": SUBJECT,
        "body_template": BODY,
        "context": {"today": timezone.localdate().isoformat()},
    }
    notifications.notify_digest(french, [item, item])
    assert mailoutbox == []
    assert run_queued() == [2]
    (message,) = mailoutbox
    assert message.body.count("Engagements en retard") == 2
    assert "\n1. Taawun" in message.body and "\n2. Taawun" in message.body
    assert "2" in message.subject and not message.subject.startswith("Taawun")


def test_a_digest_of_one_is_that_message_and_a_switched_off_kind_is_left_out(
    users, overdue, mailoutbox
):
    officer = users["officer"]
    due = {
        "kind": DIGEST,
        "subject_template": SUBJECT,
        "body_template": BODY,
        "context": {"today": timezone.localdate().isoformat()},
    }
    # Nothing overdue this far back: the alerts' context has nothing to say, the item drops.
    empty = dict(due, context={"today": "2001-01-01"})
    notifications.notify_digest(officer, [due, empty])
    assert run_queued() == [1]
    (message,) = mailoutbox
    assert message.subject.startswith("تعاون") and "\n1. " not in message.body
    services.preferences_save(user=officer, enabled={DIGEST: False})
    notifications.notify_digest(officer, [due])
    assert run_queued() == [0] and len(mailoutbox) == 1


def test_a_digest_of_an_undeclared_kind_fails_in_the_caller(users):
    item = {"kind": "nobody.declared", "subject_template": SUBJECT, "body_template": BODY}
    with pytest.raises(ImproperlyConfigured):
        notifications.notify_digest(users["officer"], [item])
    assert not DBTaskResult.objects.exists()
