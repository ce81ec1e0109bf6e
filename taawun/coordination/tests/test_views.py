"""The workspace pages of coordination: an officer plans a meeting, records attendance, a
decision and action items; a partner's representative moves its own action item on."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from taawun.coordination import services
from taawun.coordination.models import ActionItem, Attendance, Decision, Meeting

from .factories import meeting_data


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(f"coordination:{name}", kwargs=kwargs)


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_an_officer_plans_a_meeting_with_three_agenda_items(committee, client_for):
    officer = client_for("officer")
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=10)
    response = officer.post(
        url("meeting-create", pk=committee.pk),
        {
            "kind": "ordinary",
            "starts_at": local(start),
            "ends_at": local(start + timedelta(hours=2)),
            "mode": "in_person",
            "venue_ar": "قاعة الاجتماعات بالجماعة",
            "venue_fr": "Salle des réunions de la commune",
            "visibility": "partners",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    meeting = Meeting.objects.get()
    assert meeting.starts_at == start  # Morocco's time in, the same instant stored in UTC
    for title in ("تقدم الأشغال", "البرمجة المالية", "نقط مختلفة"):
        response = officer.post(
            url("item-create", pk=meeting.pk),
            {"title_ar": title, "title_fr": "Point", "kind": "discussion"},
        )
        assert response.status_code == 302
    titles = list(meeting.agenda_items.values_list("title_ar", flat=True))
    assert titles[0] == "وضعية تنفيذ الإجراءات المقررة" and len(titles) == 4
    page = officer.get(meeting.get_manage_url()).content.decode()
    assert "البرمجة المالية" in page


def test_a_bad_meeting_form_saves_nothing_and_says_why(committee, client_for):
    start = timezone.now()
    response = client_for("officer").post(
        url("meeting-create", pk=committee.pk),
        {"kind": "ordinary", "starts_at": local(start), "ends_at": local(start),
         "mode": "online", "visibility": "partners"},
    )  # fmt: skip
    assert response.status_code == 400
    assert not Meeting.objects.exists()


def test_attendance_then_a_decision_then_an_action_item(committee, client_for, users):
    officer = client_for("officer")
    meeting = services.meeting_save(committee=committee, **meeting_data())
    members = list(committee.memberships.all())
    data = {"attendance-TOTAL_FORMS": len(members), "attendance-INITIAL_FORMS": len(members)}
    for n, member in enumerate(members):
        data |= {
            f"attendance-{n}-membership": member.pk,
            f"attendance-{n}-reply": "accepted",
            f"attendance-{n}-presence": "present" if n < 3 else "absent",
        }
    response = officer.post(url("meeting-attendance", pk=meeting.pk), data)
    assert response.status_code == 302
    assert Attendance.objects.filter(meeting=meeting, presence="present").count() == 3
    assert officer.post(url("meeting-held", pk=meeting.pk)).status_code == 302
    response = officer.post(
        url("decision-create", pk=meeting.pk),
        {"kind": "work_plan", "text_ar": "المصادقة على برنامج العمل", "text_fr": "Programme validé",
         "votes_for": "3", "votes_against": "0", "votes_abstain": "0"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    decision = Decision.objects.get()
    response = officer.post(
        url("action-create", pk=meeting.pk),
        {"decision": decision.pk, "title_ar": "إعداد دفتر التحملات", "title_fr": "Préparer le CPS",
         "owner_partner": users["partner"].partner.pk, "due_on": "2026-01-15",
         "priority": "high"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    item = ActionItem.objects.get()
    assert (item.committee, item.decision, item.meeting) == (committee, decision, meeting)
    page = officer.get(meeting.get_manage_url()).content.decode()
    assert "إعداد دفتر التحملات" in page and "المصادقة على برنامج العمل" in page


def test_a_vote_without_quorum_is_refused_on_the_page(held_meeting, client_for):
    Attendance.objects.filter(meeting=held_meeting).update(presence="absent")
    response = client_for("officer").post(
        url("decision-create", pk=held_meeting.pk),
        {"kind": "general", "text_ar": "قرار", "text_fr": "Décision", "by_consensus": "on"},
    )
    assert response.status_code == 400
    assert not Decision.objects.exists()


@pytest.fixture
def own_item(held_meeting, users):
    return services.action_item_save(
        meeting=held_meeting,
        title_ar="تقديم التقرير",
        title_fr="Remettre le rapport",
        owner_partner=users["partner"].partner,
        due_on=timezone.localdate() - timedelta(days=3),
    )


def test_the_representative_marks_its_action_item_done_with_evidence(own_item, client_for):
    partner = client_for("partner")
    refused = partner.post(url("action-status", pk=own_item.pk), {"status": "done"})
    assert refused.status_code == 400
    response = partner.post(
        url("action-status", pk=own_item.pk),
        {"status": "done", "evidence": "أرسل التقرير بتاريخ 2 دجنبر"},
    )
    assert response.status_code == 302
    own_item.refresh_from_db()
    assert own_item.status == "done" and own_item.history.first().history_user.username == "partner"


def test_another_partners_action_item_is_out_of_reach(own_item, held_meeting, client_for):
    theirs = services.action_item_save(
        meeting=held_meeting, title_ar="ب", title_fr="B", owner_name="Mme DT",
        due_on=timezone.localdate(),
    )  # fmt: skip
    partner = client_for("partner")
    assert partner.get(url("action-status", pk=theirs.pk)).status_code == 404
    assert partner.post(url("action-status", pk=theirs.pk), {"status": "open"}).status_code == 404
    assert partner.get(url("action-update", pk=own_item.pk)).status_code == 403


def test_the_overdue_filter_lists_late_items_only(own_item, held_meeting, client_for):
    services.action_item_save(
        meeting=held_meeting, title_ar="لاحقا", title_fr="Plus tard", owner_name="X",
        due_on=timezone.localdate() + timedelta(days=9),
    )  # fmt: skip
    page = client_for("officer").get(url("action-list") + "?overdue=1").content.decode()
    assert "تقديم التقرير" in page and "لاحقا" not in page


def test_the_member_list_hides_other_organisations_contact_data(committee, client_for):
    page = client_for("partner").get(url("committee-detail", pk=committee.pk)).content.decode()
    own = committee.memberships.get(person_name="Mme INDH")
    other = committee.memberships.get(person_name="M. Région")
    assert own.email in page and other.email not in page
    page = client_for("officer").get(url("committee-detail", pk=committee.pk)).content.decode()
    assert other.email in page


def test_minutes_move_on_from_the_meeting_page(held_meeting, client_for):
    officer = client_for("officer")
    item = held_meeting.agenda_items.get()
    response = officer.post(
        url("item-update", pk=item.pk),
        {"order": "1", "title_ar": item.title_ar, "title_fr": item.title_fr,
         "kind": "information", "minutes_ar": "تم تقديم وضعية الإجراءات."},
    )  # fmt: skip
    assert response.status_code == 302
    officer.post(url("minutes-advance", pk=held_meeting.pk), {"to": "circulated"})
    officer.post(url("minutes-advance", pk=held_meeting.pk), {"to": "approved"})
    held_meeting.refresh_from_db()
    assert held_meeting.minutes_status == "approved"
    officer.post(url("minutes-advance", pk=held_meeting.pk), {"to": "draft"})  # refused
    held_meeting.refresh_from_db()
    assert held_meeting.minutes_status == "approved"
