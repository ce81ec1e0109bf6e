"""Reminders of `manage.py send_reminders`: queued through accounts.notify, sent by the worker
in the recipient's language, never to whoever switched the kind off, never twice."""

import io
from datetime import datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import formats, timezone, translation
from django_tasks_db.models import DBTaskResult

from taawun.accounts import services as accounts
from taawun.coordination import services
from taawun.coordination.models import ReminderSent
from taawun.coordination.notifications import (
    ACTION_DUE,
    ACTION_OVERDUE,
    MEETING_TOMORROW,
    MINUTES_MISSING,
)
from taawun.coordination.services.reminders import reminders_send

from .factories import MembershipFactory, meeting_data
from .test_invitations import day_in, run_queued


@pytest.fixture
def members(committee, users):
    """The officer (Arabic) and the administrator (French) sit on the committee."""
    french = accounts.profile_update(user=users["admin"], language="fr")
    arabic = accounts.profile_update(user=users["officer"], language="ar")
    rows = {m.person_name: m for m in committee.memberships.all()}
    rows["M. Région"].user = arabic
    rows["M. Région"].save()
    rows["M. Omrane"].user = french
    rows["M. Omrane"].save()
    return {"ar": arabic, "fr": french}


@pytest.fixture
def meeting(committee, users):
    return services.meeting_save(committee=committee, by=users["officer"], **meeting_data(days=5))


def eve_of(meeting):
    return timezone.localtime(meeting.starts_at).date() - timedelta(days=1)


def test_the_reminder_kinds_are_on_the_preferences_page(users, client_for):
    with translation.override("en"):
        page = client_for("officer").get(reverse("accounts:notifications"))
    assert page.status_code == 200
    text = page.content.decode()
    for code in (MEETING_TOMORROW, MINUTES_MISSING, ACTION_DUE, ACTION_OVERDUE):
        assert code in text
    assert "Reminder of a meeting the next day" in text


def test_a_meeting_tomorrow_is_sent_in_each_language_once(meeting, members, mailoutbox):
    result = reminders_send(today=eve_of(meeting))
    assert result.queued[MEETING_TOMORROW] == 2
    assert DBTaskResult.objects.count() == 2
    run_queued()
    by_address = {m.to[0]: m for m in mailoutbox}
    assert set(by_address) == {members["ar"].email, members["fr"].email}
    # Rendered in each one's language (the date reads in Arabic, in French); the subject's
    # words follow once the catalogues carry the new msgids (/tmp/tr/calendars.jsonl).
    assert day_in("ar", meeting) in by_address[members["ar"].email].subject
    assert day_in("fr", meeting) in by_address[members["fr"].email].subject
    # Run again the same day (as cron twice): nothing more.
    again = reminders_send(today=eve_of(meeting))
    assert again.total == 0 and again.already == 2
    assert not DBTaskResult.objects.exists()
    assert ReminderSent.objects.filter(kind=MEETING_TOMORROW).count() == 2


def test_nobody_who_switched_the_kind_off_gets_it(meeting, members, mailoutbox):
    accounts.preferences_save(user=members["fr"], enabled={MEETING_TOMORROW: False})
    reminders_send(today=eve_of(meeting))
    run_queued()
    assert [m.to[0] for m in mailoutbox] == [members["ar"].email]


def test_the_command_is_idempotent(meeting, members, mailoutbox):
    day = eve_of(meeting).isoformat()
    call_command("send_reminders", "--date", day)
    call_command("send_reminders", "--date", day)
    run_queued()
    assert len(mailoutbox) == 2


def test_a_bad_date_is_refused_clearly(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Not a date"):
        call_command("send_reminders", "--date", "2026-13-45")


def test_minutes_missing_at_d_plus_2_go_to_the_editors(committee, users, mailoutbox):
    past = services.meeting_save(committee=committee, by=users["officer"], **meeting_data(days=-3))
    services.meeting_mark_held(meeting=past, by=users["officer"])
    result = reminders_send()
    assert result.queued[MINUTES_MISSING] >= 1
    run_queued()
    assert users["officer"].email in {m.to[0] for m in mailoutbox}
    assert reminders_send().queued[MINUTES_MISSING] == 0


def test_action_items_due_soon_and_overdue_remind_their_owner(meeting, users, mailoutbox):
    officer = accounts.profile_update(user=users["officer"], language="fr")
    today = timezone.localdate()
    due = services.action_item_save(
        meeting=meeting, by=officer, title_fr="Étude", title_ar="دراسة",
        owner_user=officer, due_on=today + timedelta(days=2),
    )  # fmt: skip
    late = services.action_item_save(
        meeting=meeting, by=officer, title_fr="Plan", title_ar="مخطط",
        owner_user=officer, due_on=today - timedelta(days=4),
    )  # fmt: skip
    result = reminders_send()
    assert result.queued[ACTION_DUE] == 1 and result.queued[ACTION_OVERDUE] == 1
    assert run_queued() == [2]
    (digest,) = [m for m in mailoutbox if m.to == [officer.email]]
    assert "Étude" in digest.body and "Plan" in digest.body
    assert reminders_send().total == 0
    assert {r.object_id for r in ReminderSent.objects.all()} >= {due.pk, late.pk}


# --- The whole run: every kind at once, as cron runs it ------------------------------------

CASABLANCA = timezone.get_default_timezone()


def send_reminders(*args):
    out = io.StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def at(day, hour):
    return datetime.combine(day, time(hour, 0), tzinfo=CASABLANCA)


def date_in(language, day):
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


def to(mailoutbox, address):
    return [m for m in mailoutbox if m.to == [address]]


@pytest.fixture
def world(committee, users):
    """The officer (Arabic) and the administrator (French) sit on the committee; the council
    member is its secretary. A meeting tomorrow at 10:00, one three days ago without minutes;
    an action item of INDH (the `partner` user's organisation) due in two days, and one of the
    finance officer overdue by five days."""
    today = timezone.localdate()
    french = accounts.profile_update(user=users["admin"], language="fr")
    members = {m.person_name: m for m in committee.memberships.all()}
    for name, user in (("M. Région", users["officer"]), ("M. Omrane", french)):
        members[name].user = user
        members[name].save()
    MembershipFactory(
        committee=committee, person_name="Mme Secrétaire", role="secretary",
        user=users["council"], partner=None, service="Secrétariat",
    )  # fmt: skip
    officer = users["officer"]
    tomorrow = services.meeting_save(
        committee=committee, by=officer, starts_at=at(today + timedelta(days=1), 10),
        ends_at=at(today + timedelta(days=1), 12), visibility="partners",
    )  # fmt: skip
    past = services.meeting_save(
        committee=committee, by=officer, starts_at=at(today - timedelta(days=3), 10),
        ends_at=at(today - timedelta(days=3), 12),
    )  # fmt: skip
    services.meeting_mark_held(meeting=past, by=officer)
    due = services.action_item_save(
        meeting=past, by=officer, title_ar="إعداد دفتر التحملات", title_fr="Préparer le CPS",
        owner_partner=users["partner"].partner, due_on=today + timedelta(days=2),
    )  # fmt: skip
    late = services.action_item_save(
        meeting=past, by=officer, title_ar="تحويل الشطر الثاني", title_fr="Virer la tranche 2",
        owner_user=users["finance"], due_on=today - timedelta(days=5),
    )  # fmt: skip
    return {"tomorrow": tomorrow, "past": past, "due": due, "late": late, "today": today}


def test_the_command_queues_and_the_worker_sends_each_reminder_in_the_recipients_language(
    world, users, mailoutbox
):
    out = send_reminders()
    assert mailoutbox == []  # the command only queues
    # Tomorrow: the INDH chair has no account; the officer and the administrator (members),
    # the secretary (council). Minutes: the two editors and the secretary. Due: INDH's
    # representative. Overdue: the finance officer.
    assert f"{MEETING_TOMORROW}: 3" in out and f"{MINUTES_MISSING}: 3" in out
    assert f"{ACTION_DUE}: 1" in out and f"{ACTION_OVERDUE}: 1" in out
    # One e-mail per person: the officer, the administrator and the secretary each get one
    # gathering their two reminders; the representative and the finance officer one each.
    assert DBTaskResult.objects.count() == 5
    assert sorted(run_queued()) == [1, 1, 2, 2, 2]
    assert len(mailoutbox) == 5
    tomorrow_day = world["today"] + timedelta(days=1)
    past_day = world["today"] - timedelta(days=3)
    (officer,) = to(mailoutbox, "officer@example.org")
    (admin,) = to(mailoutbox, "admin@example.org")
    assert len(to(mailoutbox, "council@example.org")) == 1
    # Arabic for the officer, French for the administrator: dates, and the parts of the
    # message already in the catalogues; each reminder of the digest under its own heading.
    assert date_in("ar", tomorrow_day) in officer.body and date_in("ar", past_day) in officer.body
    assert "بتوقيت المغرب" in officer.body and "\n1. " in officer.body and "\n2. " in officer.body
    assert date_in("fr", tomorrow_day) in admin.body and date_in("fr", past_day) in admin.body
    assert "heure du Maroc" in admin.body
    # Arabic counts two with the dual, without a figure; French with the figure.
    assert officer.subject == "تذكيران لك اليوم" and "2 rappels" in admin.subject
    (due,) = to(mailoutbox, "partner@example.org")
    assert "إعداد دفتر التحملات" in due.subject  # the representative reads Arabic
    (late,) = to(mailoutbox, "finance@example.org")
    assert "تحويل الشطر الثاني" in late.subject
    assert "/manage/coordination/actions/#actionitem-" in late.body


def test_a_second_run_sends_nothing_twice(world, mailoutbox):
    send_reminders()
    run_queued()
    first = len(mailoutbox)
    out = send_reminders()
    assert "Queued 0 reminders; 8 already sent." in out
    assert not DBTaskResult.objects.exists()
    assert run_queued() == [] and len(mailoutbox) == first
    assert ReminderSent.objects.count() == 8


def test_nobody_who_switched_a_kind_off_gets_it(world, users, mailoutbox):
    accounts.preferences_save(user=users["officer"], enabled={MEETING_TOMORROW: False})
    accounts.preferences_save(user=users["finance"], enabled={ACTION_OVERDUE: False})
    send_reminders()
    assert sorted(run_queued()) == [0, 1, 1, 2, 2]  # the finance officer's only one is off
    (officer,) = to(mailoutbox, "officer@example.org")
    # The minutes reminder only, which they kept: sent as itself, not as a digest of one.
    assert date_in("ar", world["today"] - timedelta(days=3)) in officer.subject
    assert date_in("ar", world["today"] + timedelta(days=1)) not in officer.body
    assert to(mailoutbox, "finance@example.org") == []


def test_what_changed_before_the_worker_runs_is_not_sent(world, users, mailoutbox):
    send_reminders()
    services.action_item_set_status(
        item=world["late"], status="done", evidence="Virement du 2 mars", by=users["officer"]
    )
    item = world["past"].agenda_items.first()
    services.agenda_item_save(meeting=world["past"], item=item, minutes_fr="Point fait.")
    results = run_queued()
    # The three minutes reminders and the overdue one are dropped by the worker: the
    # finance officer gets nothing, the others their remaining reminder alone.
    assert sorted(results) == [0, 1, 1, 1, 1]
    assert to(mailoutbox, "finance@example.org") == []
    assert not any("إعداد" in m.subject for m in mailoutbox if "Minutes" in m.subject)


def test_a_new_date_is_reminded_again_and_an_internal_meeting_spares_representatives(
    world, users, committee, mailoutbox
):
    send_reminders()
    run_queued()
    mailoutbox.clear()
    # The due date moves: a new reminder for the new date.
    services.action_item_save(
        item=world["due"], by=users["officer"], due_on=world["today"] + timedelta(days=3)
    )
    # A representative sits on the committee with an account: internal meetings are not theirs.
    MembershipFactory(committee=committee, person_name="Rep", user=users["association"])
    services.meeting_save(
        committee=committee, meeting=world["tomorrow"], by=users["officer"],
        visibility="internal",
    )  # fmt: skip
    out = send_reminders()
    assert f"{ACTION_DUE}: 1" in out and MEETING_TOMORROW not in out
    run_queued()
    assert [m.to for m in mailoutbox] == [["partner@example.org"]]
    later = world["tomorrow"]
    services.meeting_save(
        committee=committee, meeting=later, by=users["officer"], visibility="partners",
        starts_at=later.starts_at + timedelta(days=1), ends_at=later.ends_at + timedelta(days=1),
    )  # fmt: skip
    # Moved to the day after tomorrow: reminded on its eve, the representative too.
    out = send_reminders("--date", (world["today"] + timedelta(days=1)).isoformat())
    assert f"{MEETING_TOMORROW}: 4" in out


def test_a_cancelled_meeting_reminds_nobody_and_a_dry_run_records_nothing(world, users):
    services.meeting_cancel(meeting=world["tomorrow"], by=users["officer"])
    out = send_reminders("--dry-run")
    assert "Would queue 5 reminders" in out
    assert not ReminderSent.objects.exists() and not DBTaskResult.objects.exists()
    assert reminders_send(today=world["today"]).queued.get(MEETING_TOMORROW) is None


def test_a_date_that_is_no_date_is_a_clear_error(db):
    with pytest.raises(CommandError, match="Not a date"):
        send_reminders("--date", "2026-13-45")
