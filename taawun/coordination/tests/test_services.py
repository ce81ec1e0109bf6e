"""The coordination services: numbering, quorum, refusals, calendar sequence, action items."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.coordination import services
from taawun.coordination.models import ActionItem, Decision
from taawun.coordination.selectors import quorum

from .factories import CommitteeFactory, MembershipFactory, meeting_data

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def decide(meeting, **extra):
    return services.decision_record(
        meeting=meeting, text_ar="قرار", text_fr="Décision", by_consensus=True, **extra
    )


def test_a_new_meeting_opens_its_agenda_with_the_state_of_action_items(committee, users):
    meeting = services.meeting_save(committee=committee, by=users["officer"], **meeting_data(3))
    services.agenda_item_save(meeting=meeting, title_ar="نقطة", title_fr="Point", kind="decision")
    items = list(meeting.agenda_items.all())
    assert [i.order for i in items] == [1, 2]
    assert items[0].kind == "information"
    assert items[0].title_fr == "État d'avancement des actions décidées"
    assert items[0].title_ar == "وضعية تنفيذ الإجراءات المقررة"


def test_an_item_inserted_at_a_place_moves_the_others_down(committee):
    meeting = services.meeting_save(committee=committee, **meeting_data(3))
    last = services.agenda_item_save(meeting=meeting, title_ar="ب", title_fr="B")
    first = services.agenda_item_save(meeting=meeting, title_ar="أ", title_fr="A", order=2)
    assert list(meeting.agenda_items.values_list("title_fr", "order"))[1:] == [("A", 2), ("B", 3)]
    last.refresh_from_db()
    assert (first.order, last.order) == (2, 3)


def test_a_change_moves_the_sequence_on_and_keeps_the_uid(committee):
    meeting = services.meeting_save(committee=committee, **meeting_data(3))
    uid, sequence = meeting.uid, meeting.sequence
    services.meeting_save(committee=committee, meeting=meeting, venue_fr="Salle du conseil")
    meeting.refresh_from_db()
    assert (meeting.uid, meeting.sequence) == (uid, sequence + 1)
    # The same values again change nothing an attendee sees.
    services.meeting_save(committee=committee, meeting=meeting, venue_fr="Salle du conseil")
    meeting.refresh_from_db()
    assert meeting.sequence == sequence + 1


def test_postponed_and_cancelled_meetings_keep_their_identity(committee):
    meeting = services.meeting_save(committee=committee, **meeting_data(3))
    uid = meeting.uid
    later = meeting.starts_at + timedelta(days=7)
    meeting = services.meeting_postpone(meeting=meeting, reason="Ramadan", starts_at=later)
    assert (meeting.status, meeting.starts_at, meeting.sequence) == ("postponed", later, 1)
    assert meeting.ends_at - meeting.starts_at == timedelta(hours=2)
    meeting = services.meeting_cancel(meeting=meeting, reason="Annulé")
    assert (meeting.status, meeting.uid, meeting.sequence) == ("cancelled", uid, 2)
    with pytest.raises(ValidationError):
        services.meeting_save(committee=committee, meeting=meeting, venue_fr="Ailleurs")
    with pytest.raises(ValidationError):
        services.meeting_postpone(meeting=meeting)


def test_a_meeting_cannot_end_before_it_starts_nor_be_online_without_a_link(committee):
    start = timezone.now()
    with pytest.raises(ValidationError):
        services.meeting_save(committee=committee, starts_at=start, ends_at=start)
    with pytest.raises(ValidationError) as refused:
        services.meeting_save(committee=committee, mode="online", **meeting_data(3))
    assert "online_url" in refused.value.message_dict


def test_the_quorum_counts_voting_members_present_against_the_committees_rule(committee):
    meeting = services.meeting_save(committee=committee, **meeting_data())
    voting = list(committee.memberships.filter(voting=True))
    assert quorum(meeting).reached is False
    services.attendance_record(meeting=meeting, membership=voting[0], presence="present")
    count = quorum(meeting)
    assert (count.voting_members, count.present, count.required) == (4, 1, 2)
    services.attendance_record(meeting=meeting, membership=voting[1], presence="remote")
    assert quorum(meeting).reached is True
    # The observer's presence counts for nothing; a proxy lets its holder vote, not be present.
    observer = committee.memberships.get(voting=False)
    services.attendance_record(meeting=meeting, membership=observer, presence="present")
    services.attendance_record(
        meeting=meeting, membership=voting[2], presence="excused", proxy=voting[0]
    )
    count = quorum(meeting)
    assert (count.present, count.proxies, count.votes_possible) == (2, 1, 3)


def test_a_minimum_head_count_raises_the_quorum(committee):
    committee.quorum_minimum = 4
    committee.save()
    meeting = services.meeting_save(committee=committee, **meeting_data())
    for member in committee.memberships.filter(voting=True)[:3]:
        services.attendance_record(meeting=meeting, membership=member, presence="present")
    assert (quorum(meeting).required, quorum(meeting).reached) == (4, False)


def test_presence_waits_for_the_start_and_a_present_member_gives_no_proxy(committee):
    meeting = services.meeting_save(committee=committee, **meeting_data(3))
    member, other = committee.memberships.filter(voting=True)[:2]
    services.attendance_record(meeting=meeting, membership=member, reply="accepted")
    with pytest.raises(ValidationError):
        services.attendance_record(meeting=meeting, membership=member, presence="present")
    past = services.meeting_save(committee=committee, **meeting_data())
    with pytest.raises(ValidationError):
        services.attendance_record(meeting=past, membership=member, presence="present", proxy=other)
    foreign = MembershipFactory(committee=CommitteeFactory())
    with pytest.raises(ValidationError):
        services.attendance_record(meeting=past, membership=foreign, presence="present")


def test_decisions_are_numbered_per_committee_and_year(held_meeting, users):
    first = decide(held_meeting)
    second = decide(held_meeting, kind="report")
    year = timezone.localtime(held_meeting.starts_at).year
    assert [(d.year, d.number) for d in (first, second)] == [(year, 1), (year, 2)]
    assert second.reference == f"{year}/02"
    other = CommitteeFactory()
    member = MembershipFactory(committee=other)
    meeting = services.meeting_save(committee=other, **meeting_data())
    services.attendance_record(meeting=meeting, membership=member, presence="present")
    services.meeting_mark_held(meeting=meeting)
    assert decide(meeting).number == 1


def test_a_decision_needs_a_held_meeting_its_quorum_and_a_vote_that_carries(committee, users):
    planned = services.meeting_save(committee=committee, **meeting_data(3))
    with pytest.raises(ValidationError):
        decide(planned)
    empty = services.meeting_mark_held(
        meeting=services.meeting_save(committee=committee, **meeting_data())
    )
    with pytest.raises(ValidationError) as refused, translation.override("en"):
        decide(empty)
    assert "quorum" in refused.value.messages[0]
    held = empty
    for member in committee.memberships.filter(voting=True)[:3]:
        services.attendance_record(meeting=held, membership=member, presence="present")
    vote = {"text_ar": "قرار", "text_fr": "Décision"}
    with pytest.raises(ValidationError):  # no vote and no consensus
        services.decision_record(meeting=held, **vote)
    with pytest.raises(ValidationError):  # more votes than people present
        services.decision_record(meeting=held, votes_for=4, **vote)
    with pytest.raises(ValidationError):  # lost
        services.decision_record(meeting=held, votes_for=1, votes_against=2, **vote)
    assert Decision.objects.count() == 0
    assert services.decision_record(meeting=held, votes_for=2, votes_against=1, **vote).number == 1


def test_a_request_for_an_amendment_opens_one_through_the_agreements_service(committee, users):
    agreement = AgreementFactory()
    agreement.stage = Stage.IN_FORCE
    agreement.save()
    committee.agreement = agreement
    committee.save()
    meeting = services.meeting_save(committee=committee, **meeting_data(visibility="public"))
    for member in committee.memberships.filter(voting=True):
        services.attendance_record(meeting=meeting, membership=member, presence="present")
    services.meeting_mark_held(meeting=meeting)
    decision = decide(meeting, kind="amendment")
    amendment = agreement.amendments.get()
    assert decision.amendment == amendment
    assert (amendment.number, amendment.status) == (1, "draft")
    assert decision.reference in amendment.title_fr


def test_a_request_for_an_amendment_of_an_agreement_not_in_force_is_refused(held_meeting):
    held_meeting.committee.agreement = AgreementFactory()  # a draft
    held_meeting.committee.save()
    with pytest.raises(ValidationError):
        decide(held_meeting, kind="amendment")
    assert Decision.objects.count() == 0


def test_minutes_go_draft_circulated_approved_and_never_back(held_meeting):
    with pytest.raises(ValidationError):  # nothing written yet
        services.minutes_advance(meeting=held_meeting, to="circulated")
    item = held_meeting.agenda_items.get()
    services.agenda_item_save(meeting=held_meeting, item=item, minutes_fr="Rien à signaler.")
    with pytest.raises(ValidationError):  # no skipping
        services.minutes_advance(meeting=held_meeting, to="approved")
    meeting = services.minutes_advance(meeting=held_meeting, to="circulated")
    meeting = services.minutes_advance(meeting=meeting, to="approved")
    assert meeting.minutes_approved_at is not None
    with pytest.raises(ValidationError):
        services.minutes_advance(meeting=meeting, to="draft")


def test_the_minutes_of_a_meeting_not_held_are_not_circulated(committee):
    meeting = services.meeting_save(committee=committee, **meeting_data(3))
    item = meeting.agenda_items.get()
    services.agenda_item_save(meeting=meeting, item=item, minutes_fr="Texte")
    with pytest.raises(ValidationError):
        services.minutes_advance(meeting=meeting, to="circulated")


def test_the_signed_scan_is_kept_privately_once_approved_and_must_be_a_document(held_meeting):
    with pytest.raises(ValidationError):
        services.minutes_attach_signed(
            meeting=held_meeting, upload=SimpleUploadedFile("pv.pdf", PDF)
        )
    held_meeting.minutes_status = "approved"
    held_meeting.save()
    with pytest.raises(ValidationError):
        services.minutes_attach_signed(
            meeting=held_meeting, upload=SimpleUploadedFile("pv.pdf", b"MZ not a pdf")
        )
    meeting = services.minutes_attach_signed(
        meeting=held_meeting, upload=SimpleUploadedFile("pv.pdf", PDF)
    )
    assert meeting.signed_minutes_type == "application/pdf"
    assert meeting.signed_minutes.name.startswith("coordination/minutes/")
    with pytest.raises(ValueError):
        meeting.signed_minutes.url  # noqa: B018 - the private storage has no URL


def action(meeting, **extra):
    data = {"title_ar": "إجراء", "title_fr": "Action", "due_on": timezone.localdate(), **extra}
    return services.action_item_save(meeting=meeting, **data)


def test_an_action_item_needs_a_source_and_an_owner(held_meeting):
    with pytest.raises(ValidationError):
        services.action_item_save(
            title_ar="إجراء", title_fr="Action", due_on=timezone.localdate(), owner_name="X"
        )
    with pytest.raises(ValidationError):
        action(held_meeting)
    decision = decide(held_meeting)
    item = services.action_item_save(
        decision=decision,
        title_ar="إجراء",
        title_fr="Action",
        due_on=timezone.localdate(),
        owner_name="Mme DT",
    )
    assert (item.committee, item.meeting) == (held_meeting.committee, held_meeting)


def test_done_needs_evidence_and_blocked_a_reason_and_both_ends_are_final(held_meeting, users):
    item = action(held_meeting, owner_partner=users["partner"].partner)
    with pytest.raises(ValidationError):
        services.action_item_set_status(item=item, status="done")
    with pytest.raises(ValidationError):
        services.action_item_set_status(item=item, status="blocked")
    item = services.action_item_set_status(item=item, status="blocked", blocked_reason="Foncier")
    item = services.action_item_set_status(
        item=item, status="done", evidence="PV de réception", by=users["partner"]
    )
    assert (item.status, item.done_on, item.blocked_reason) == ("done", timezone.localdate(), "")
    assert item.history.first().history_user == users["partner"]
    with pytest.raises(ValidationError):
        services.action_item_set_status(item=item, status="open")


def test_only_the_owner_organisations_representative_moves_its_action_item(held_meeting, users):
    item = action(held_meeting, owner_name="Mme DT")
    with pytest.raises(PermissionDenied):
        services.action_item_set_status(item=item, status="in_progress", by=users["partner"])
    with pytest.raises(PermissionDenied):
        services.action_item_set_status(item=item, status="in_progress", by=users["council"])
    services.action_item_set_status(item=item, status="in_progress", by=users["officer"])


def test_overdue_is_derived_from_the_due_date_and_the_status(held_meeting):
    today = timezone.localdate()
    late = action(held_meeting, owner_name="A", due_on=today - timedelta(days=1))
    action(held_meeting, owner_name="B", due_on=today)
    done = action(held_meeting, owner_name="C", due_on=today - timedelta(days=9))
    services.action_item_set_status(item=done, status="done", evidence="Fait")
    assert list(ActionItem.objects.overdue()) == [late]
    assert late.is_overdue and not ActionItem.objects.get(pk=done.pk).is_overdue
