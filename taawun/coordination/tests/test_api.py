"""The coordination API: the pages' scopes for each reader, no personal data on the public side,
the status of an action item moved on through the service with ETag/If-Match, and filters that
answer bad input with a 400 and its message."""

from datetime import timedelta

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.utils import timezone

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.coordination import services
from taawun.coordination.models import ActionItem

from .factories import CommitteeFactory, MembershipFactory, meeting_data

pytestmark = pytest.mark.django_db
EN = {"Accept-Language": "en"}  # the API's messages in English (the default is Arabic)


@pytest.fixture
def world(committee, held_meeting, users, stranger):
    """The steering committee (INDH sits on it) with a public meeting whose minutes and decision
    are approved, a meeting for the members' organisations and an internal one; a committee
    INDH does not sit on, unpublished; an action item of INDH's and one of another partner."""
    officer = users["officer"]
    hidden_agreement = AgreementFactory(stage=Stage.DRAFT, is_public=False)
    committee.agreement = hidden_agreement
    committee.save()
    item = services.agenda_item_save(
        meeting=held_meeting, title_ar="نقطة", title_fr="Point", minutes_fr="PV approuvé"
    )
    decision = services.decision_record(
        meeting=held_meeting,
        text_ar="قرار",
        text_fr="Décision publique",
        by_consensus=True,
        agenda_item=item,
        by=officer,
    )
    services.minutes_advance(meeting=held_meeting, to="circulated", by=officer)
    services.minutes_advance(meeting=held_meeting, to="approved", by=officer)
    partners_only = services.meeting_save(
        committee=committee, by=officer, **meeting_data(days=5, visibility="partners")
    )
    internal = services.meeting_save(
        committee=committee, by=officer, **meeting_data(days=6, visibility="internal")
    )
    other = CommitteeFactory(name_fr="Comité fermé", is_public=False)
    MembershipFactory(committee=other, partner=stranger, person_name="M. Ailleurs")
    other_meeting = services.meeting_save(
        committee=other, by=officer, **meeting_data(days=4, visibility="public")
    )
    indh = users["partner"].partner
    common = {"title_ar": "إجراء", "by": officer}
    own = services.action_item_save(
        meeting=held_meeting,
        title_fr="Action INDH",
        owner_partner=indh,
        due_on=timezone.localdate() - timedelta(days=2),
        **common,
    )
    theirs = services.action_item_save(
        meeting=other_meeting,
        title_fr="Action ailleurs",
        owner_partner=stranger,
        due_on=timezone.localdate() + timedelta(days=9),
        **common,
    )
    return {
        "committee": committee,
        "public": held_meeting,
        "partners": partners_only,
        "internal": internal,
        "other": other,
        "other_meeting": other_meeting,
        "decision": decision,
        "own": own,
        "theirs": theirs,
    }


def ids(response):
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_anonymous_readers_see_published_committees_without_their_members(client, world):
    rows = client.get("/api/v1/committees/").json()["results"]
    assert [row["id"] for row in rows] == [world["committee"].pk]
    assert "members" not in rows[0]
    # The founding agreement is a draft, not in the public register: no id of it.
    assert rows[0]["agreement"] is None
    body = client.get(f"/api/v1/committees/{world['committee'].pk}/").content.decode()
    for secret in ("Mme INDH", "membre", "+212"):
        assert secret not in body
    assert client.get(f"/api/v1/committees/{world['other'].pk}/").status_code == 404


def test_anonymous_readers_see_public_meetings_and_only_approved_minutes(client, world):
    assert ids(client.get("/api/v1/meetings/")) == {world["public"].pk}
    for hidden in ("partners", "internal", "other_meeting"):
        assert client.get(f"/api/v1/meetings/{world[hidden].pk}/").status_code == 404
    meeting = client.get(f"/api/v1/meetings/{world['public'].pk}/").json()
    assert "attendances" not in meeting and "online_url" not in meeting
    assert "PV approuvé" in [point["minutes_fr"] for point in meeting["agenda"]]
    assert [d["text_fr"] for d in meeting["decisions"]] == ["Décision publique"]


def test_draft_minutes_and_their_decisions_stay_off_the_public_side(client, world, users):
    draft = services.meeting_save(
        committee=world["committee"], by=users["officer"], **meeting_data(visibility="public")
    )
    services.agenda_item_save(meeting=draft, title_ar="ن", title_fr="P", minutes_fr="PV-Brouillon")
    body = client.get(f"/api/v1/meetings/{draft.pk}/").json()
    assert {point["minutes_fr"] for point in body["agenda"]} == {None}
    assert body["decisions"] == []
    assert ids(client.get("/api/v1/decisions/")) == {world["decision"].pk}


def test_anonymous_readers_are_told_action_items_are_read_in_the_workspace(client, world):
    response = client.get("/api/v1/action-items/", headers=EN)
    assert response.status_code == 403
    assert "sign in" in response.json()["detail"]
    assert client.get(f"/api/v1/action-items/{world['own'].pk}/").status_code == 403


def test_the_commune_reads_every_committee_meeting_and_member_contact(client_for, world):
    officer = client_for("council")
    assert ids(officer.get("/api/v1/committees/")) == {world["committee"].pk, world["other"].pk}
    assert {world["internal"].pk, world["partners"].pk} <= ids(officer.get("/api/v1/meetings/"))
    committee = officer.get(f"/api/v1/committees/{world['committee'].pk}/").json()
    assert committee["agreement"] == world["committee"].agreement_id
    assert all(member["email"] for member in committee["members"])
    assert ids(officer.get("/api/v1/action-items/")) == {world["own"].pk, world["theirs"].pk}


def test_a_representative_reads_its_own_committees_meetings_and_people(client_for, world):
    partner = client_for("partner")
    assert ids(partner.get("/api/v1/committees/")) == {world["committee"].pk}
    meetings = ids(partner.get("/api/v1/meetings/"))
    assert meetings == {world["public"].pk, world["partners"].pk}
    assert partner.get(f"/api/v1/meetings/{world['internal'].pk}/").status_code == 404
    members = partner.get(f"/api/v1/committees/{world['committee'].pk}/").json()["members"]
    contact = {m["person_name"]: m["email"] for m in members}
    assert contact["Mme INDH"]  # its own organisation's person
    assert contact["M. Région"] is None and contact["Mme DT"] is None


def test_a_representative_reads_only_its_organisations_action_items(client_for, world):
    partner = client_for("partner")
    assert ids(partner.get("/api/v1/action-items/")) == {world["own"].pk}
    assert partner.get(f"/api/v1/action-items/{world['theirs'].pk}/").status_code == 404
    own = partner.get(f"/api/v1/action-items/{world['own'].pk}/")
    assert own.json()["is_overdue"] is True
    assert own["ETag"] == f'"{world["own"].version}"'


def patch(client, item, data, etag=None):
    headers = {"If-Match": etag, **EN} if etag else EN
    return client.patch(
        f"/api/v1/action-items/{item.pk}/", data, content_type="application/json", headers=headers
    )


def test_a_representative_marks_its_action_item_done_with_evidence(client_for, world, users):
    partner = client_for("partner")
    etag = partner.get(f"/api/v1/action-items/{world['own'].pk}/")["ETag"]
    response = patch(partner, world["own"], {"status": "done", "evidence": "PV de réception"}, etag)
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "done"
    assert response["ETag"] != etag
    item = ActionItem.objects.get(pk=world["own"].pk)
    assert (item.status, item.evidence, item.done_on) == ("done", "PV de réception",
                                                         timezone.localdate())  # fmt: skip
    assert item.history.first().history_user == users["partner"]


def test_a_stale_if_match_is_refused_and_changes_nothing(client_for, world):
    partner = client_for("partner")
    response = patch(partner, world["own"], {"status": "in_progress"}, '"999"')
    assert response.status_code == 412
    assert response.json()["version"] == world["own"].version
    assert ActionItem.objects.get(pk=world["own"].pk).status == "open"


def test_done_without_evidence_or_blocked_without_reason_is_a_clear_400(client_for, world):
    partner = client_for("partner")
    done = patch(partner, world["own"], {"status": "done"})
    blocked = patch(partner, world["own"], {"status": "blocked"})
    nothing = patch(partner, world["own"], {"evidence": "x"})
    wrong = patch(partner, world["own"], {"status": "finished"})
    assert done.status_code == 400 and "evidence" in done.json()
    assert blocked.status_code == 400 and "blocked" in str(blocked.json())
    assert nothing.status_code == 400 and nothing.json() == {"status": ["Give the new status."]}
    assert wrong.status_code == 400 and "status" in wrong.json()
    assert ActionItem.objects.get(pk=world["own"].pk).status == "open"


def test_nobody_else_moves_an_action_item_on(client_for, world):
    assert patch(client_for("partner"), world["theirs"], {"status": "done"}).status_code == 404
    assert patch(client_for("finance"), world["own"], {"status": "cancelled"}).status_code == 403
    assert patch(client_for(None), world["own"], {"status": "cancelled"}).status_code == 403
    officer = client_for("officer")
    assert officer.put(f"/api/v1/action-items/{world['own'].pk}/", {}).status_code == 405
    assert officer.post("/api/v1/meetings/", {}).status_code == 405
    assert ActionItem.objects.get(pk=world["own"].pk).status == "open"


def test_the_officer_moves_an_item_on_and_a_finished_one_stays_finished(client_for, world):
    officer = client_for("officer")
    assert patch(officer, world["theirs"], {"status": "cancelled"}).status_code == 200
    again = patch(officer, world["theirs"], {"status": "open"})
    assert again.status_code == 400
    assert "can no longer change" in str(again.json())


def test_filters_narrow_the_lists(client_for, world):
    officer = client_for("officer")
    committee = world["committee"].pk
    assert ids(officer.get(f"/api/v1/action-items/?committee={committee}")) == {world["own"].pk}
    assert ids(officer.get("/api/v1/action-items/?overdue=true")) == {world["own"].pk}
    assert ids(officer.get("/api/v1/action-items/?overdue=0")) == {world["theirs"].pk}
    assert ids(officer.get("/api/v1/action-items/?status=open&q=ailleurs")) == {world["theirs"].pk}
    assert ids(officer.get(f"/api/v1/meetings/?committee={committee}&visibility=internal")) == {
        world["internal"].pk
    }
    assert ids(officer.get(f"/api/v1/decisions/?committee={committee}&year=2030")) == set()


@pytest.mark.parametrize(
    "query",
    [
        "action-items/?status=finished",
        "action-items/?overdue=maybe",
        "action-items/?committee=abc",
        "action-items/?committee=99999999999999999999999",
        "action-items/?committee=-1",
        "meetings/?year=1e20",
        "meetings/?status=%00",
        "decisions/?meeting=1.5",
        "committees/?kind=nothing",
        f"committees/?q={'x' * 101}",
    ],
)
def test_a_bad_filter_is_a_400_with_its_message(client_for, world, query):
    response = client_for("officer").get(f"/api/v1/{query}")
    assert response.status_code == 400, response.content
    assert all(isinstance(messages, list) and messages for messages in response.json().values())


def patch_file(client, item, content, name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"status": "done", "evidence_file": SimpleUploadedFile(name, content)}
    return client.generic(
        "PATCH",
        f"/api/v1/action-items/{item.pk}/",
        encode_multipart(BOUNDARY, data),
        content_type=MULTIPART_CONTENT,
        headers=EN,
    )


def test_the_evidence_may_be_a_file_checked_for_what_it_is(client_for, world):
    partner = client_for("partner")
    fake = patch_file(partner, world["own"], b"MZ not a document", "rapport.pdf")
    assert fake.status_code == 400, fake.content
    assert ActionItem.objects.get(pk=world["own"].pk).status == "open"
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    response = patch_file(partner, world["own"], pdf, "rapport.pdf")
    assert response.status_code == 200, response.content
    item = ActionItem.objects.get(pk=world["own"].pk)
    assert (item.status, item.evidence_type) == ("done", "application/pdf")
    assert "evidence_file" not in response.json()  # served by the workspace's checked view
