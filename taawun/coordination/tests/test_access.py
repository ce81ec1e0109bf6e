"""Every coordination page asked by each kind of reader: the officer, the representative of a
partner on the committee and of one that is not, the council, and anonymous readers; the public
pages never show personal data nor an internal meeting; query budgets pinned."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from taawun.accounts.tests.factories import UserFactory
from taawun.coordination import services

from .factories import CommitteeFactory, MembershipFactory, meeting_data

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(name, **kwargs):
    with translation.override("ar"):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def world(committee, held_meeting, users, stranger):
    """A held public meeting with approved minutes, a decision, a partners' and an internal
    meeting, action items of the INDH partner and of the commune's service."""
    UserFactory(username="outsider", role="partner", partner=stranger)
    item = held_meeting.agenda_items.get()
    services.agenda_item_save(meeting=held_meeting, item=item, minutes_fr="Compte rendu public")
    decision = services.decision_record(
        meeting=held_meeting, text_ar="قرار عمومي", text_fr="Décision publique", by_consensus=True
    )
    services.minutes_advance(meeting=held_meeting, to="circulated")
    services.minutes_advance(meeting=held_meeting, to="approved")
    services.minutes_attach_signed(meeting=held_meeting, upload=SimpleUploadedFile("pv.pdf", PDF))
    partners = services.meeting_save(committee=committee, **meeting_data(5))
    internal = services.meeting_save(committee=committee, **meeting_data(6, visibility="internal"))
    own = services.action_item_save(
        decision=decision, title_ar="أ", title_fr="A", owner_partner=users["partner"].partner,
        due_on=timezone.localdate(),
    )  # fmt: skip
    theirs = services.action_item_save(
        meeting=held_meeting, title_ar="ب", title_fr="B", owner_name="Mme DT",
        due_on=timezone.localdate(),
    )  # fmt: skip
    services.action_item_set_status(item=own, status="done", evidence="PV",
                                    evidence_file=SimpleUploadedFile("p.pdf", PDF))  # fmt: skip
    return {
        "committee": committee,
        "public": held_meeting,
        "partners": partners,
        "internal": internal,
        "item": item,
        "decision": decision,
        "own": own,
        "theirs": theirs,
        "member": committee.memberships.first(),
    }


# (url name, the record of `world` its pk names, then the expected status for officer,
# council, the member partner, the outsider partner, anonymous). 302 for anonymous: sign-in;
# a write page asks the rule about the kind of record first (403), as every sibling's does;
# a record out of the reader's scope is 404.
PAGES = [
    ("committee-list", None, 200, 200, 200, 200, 302),
    ("committee-create", None, 200, 403, 403, 403, 302),
    ("committee-detail", "committee", 200, 200, 200, 404, 302),
    ("committee-update", "committee", 200, 403, 403, 403, 302),
    ("membership-create", "committee", 200, 403, 403, 403, 302),
    ("membership-update", "member", 200, 403, 403, 403, 302),
    ("meeting-create", "committee", 200, 403, 403, 403, 302),
    ("meeting-detail", "public", 200, 200, 200, 404, 302),
    ("meeting-detail", "partners", 200, 200, 200, 404, 302),
    ("meeting-detail", "internal", 200, 200, 404, 404, 302),
    ("meeting-update", "partners", 200, 403, 403, 403, 302),
    ("meeting-attendance", "public", 200, 403, 403, 403, 302),
    ("item-create", "public", 200, 403, 403, 403, 302),
    ("item-update", "item", 200, 403, 403, 403, 302),
    ("minutes-signed-create", "public", 200, 403, 403, 403, 302),
    ("minutes-signed", "public", 200, 200, 200, 404, 302),
    ("decision-create", "public", 200, 403, 403, 403, 302),
    ("action-create", "public", 200, 403, 403, 403, 302),
    ("action-list", None, 200, 200, 200, 200, 302),
    ("action-update", "theirs", 200, 403, 403, 403, 302),
    ("action-status", "theirs", 200, 403, 404, 404, 302),
    ("action-evidence", "own", 200, 200, 200, 404, 302),
]
READERS = ["officer", "council", "partner", "outsider", None]


@pytest.mark.parametrize("page", PAGES, ids=[f"{p[0]}-{p[1]}" for p in PAGES])
def test_each_page_answers_each_reader_as_the_rules_say(page, world, client):
    name, record, *expected = page
    kwargs = {} if record is None else {"pk": world[record].pk}
    address = url(f"coordination:{name}", **kwargs)
    from taawun.accounts.models import User

    for reader, status in zip(READERS, expected, strict=True):
        client.logout()
        if reader is not None:
            client.force_login(User.objects.get(username=reader))
        answer = client.get(address)
        assert answer.status_code == status, (reader, address)


@pytest.mark.parametrize("action", ["meeting-held", "meeting-cancel", "minutes-advance"])
def test_no_one_but_the_editors_posts_the_meeting_actions(action, world, client_for):
    address = url(f"coordination:{action}", pk=world["partners"].pk)
    assert client_for("partner").post(address).status_code == 403
    assert client_for("council").post(address).status_code == 403
    assert client_for(None).post(address).status_code == 302


def test_the_outsider_sees_no_committee_nor_action_item_in_its_lists(world, client):
    from taawun.accounts.models import User

    client.force_login(User.objects.get(username="outsider"))
    page = client.get(url("coordination:committee-list")).content.decode()
    assert world["committee"].name_ar not in page
    page = client.get(url("coordination:action-list")).content.decode()
    assert "actionitem-" not in page


def test_the_public_pages_show_public_meetings_approved_minutes_and_decisions_only(world, client):
    committee = world["committee"]
    listing = client.get(url("coordination-public:committee-list")).content.decode()
    assert committee.name_ar in listing
    page = client.get(committee.get_absolute_url()).content.decode()
    assert "قرار عمومي" in page
    assert f"meetings/{world['public'].pk}/" in page
    for hidden in ("partners", "internal"):
        assert f"meetings/{world[hidden].pk}/" not in page
        detail = url("coordination-public:meeting-detail", pk=world[hidden].pk)
        assert client.get(detail).status_code == 404
    meeting = client.get(url("coordination-public:meeting-detail", pk=world["public"].pk))
    text = meeting.content.decode()
    assert "Compte rendu public" in text and "قرار عمومي" in text
    for member in committee.memberships.all():
        for personal in (member.person_name, member.email, member.phone):
            assert personal not in page and personal not in text and personal not in listing


def test_unapproved_minutes_and_their_decisions_stay_off_the_public_pages(committee, client):
    meeting = services.meeting_save(committee=committee, **meeting_data(visibility="public"))
    for member in committee.memberships.filter(voting=True):
        services.attendance_record(meeting=meeting, membership=member, presence="present")
    services.meeting_mark_held(meeting=meeting)
    item = meeting.agenda_items.get()
    services.agenda_item_save(meeting=meeting, item=item, minutes_fr="Brouillon secret")
    services.decision_record(meeting=meeting, text_ar="م", text_fr="Pas encore", by_consensus=True)
    text = client.get(url("coordination-public:meeting-detail", pk=meeting.pk)).content.decode()
    assert "Brouillon secret" not in text and "Pas encore" not in text
    assert "Pas encore" not in client.get(committee.get_absolute_url()).content.decode()


def test_an_unpublished_committee_has_no_public_page(committee, client):
    committee.is_public = False
    committee.save()
    assert client.get(committee.get_absolute_url()).status_code == 404


def grow(committee, n):
    """`n` more members, meetings with decisions and action items on `committee`."""
    for number in range(n):
        MembershipFactory(committee=committee)
        meeting = services.meeting_save(committee=committee, **meeting_data(-30 - number,
                                        visibility="public"))  # fmt: skip
        for member in committee.memberships.filter(voting=True):
            services.attendance_record(meeting=meeting, membership=member, presence="present")
        services.meeting_mark_held(meeting=meeting)
        services.agenda_item_save(meeting=meeting, title_ar="ن", title_fr="P")
        decision = services.decision_record(
            meeting=meeting, text_ar="ق", text_fr="D", by_consensus=True
        )
        services.action_item_save(decision=decision, title_ar="إ", title_fr="A",
                                  owner_name="X", due_on=timezone.localdate())  # fmt: skip
        CommitteeFactory()


@pytest.mark.parametrize("size", [1, 6])
def test_the_lists_and_details_keep_their_query_budgets(
    size, world, client_for, client, django_assert_max_num_queries
):
    committee = world["committee"]
    grow(committee, size)
    officer, partner = client_for("officer"), client_for("partner")
    pages = [
        (officer, url("coordination:committee-list"), 6),
        (officer, url("coordination:committee-detail", pk=committee.pk), 6),
        (officer, url("coordination:meeting-detail", pk=world["public"].pk), 11),
        (officer, url("coordination:action-list"), 5),
        (partner, url("coordination:action-list"), 5),
        (partner, url("coordination:meeting-detail", pk=world["public"].pk), 12),
        (client, url("coordination-public:committee-list"), 3),
        (client, committee.get_absolute_url(), 4),
        (client, url("coordination-public:meeting-detail", pk=world["public"].pk), 4),
    ]
    for reader, address, budget in pages:
        with django_assert_max_num_queries(budget):
            assert reader.get(address).status_code == 200


def test_the_private_files_go_out_with_their_checked_type_and_no_cache(world, client_for):
    officer = client_for("officer")
    for name, record in (("minutes-signed", "public"), ("action-evidence", "own")):
        answer = officer.get(url(f"coordination:{name}", pk=world[record].pk))
        assert answer["Content-Type"] == "application/pdf"
        assert answer["X-Content-Type-Options"] == "nosniff"
        assert "private" in answer["Cache-Control"]
