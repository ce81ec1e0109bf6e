"""The public side of coordination outside its own pages: action items done and late on the
agreement's page (public committees only, one query), public committees and meetings in the
sitemap, committees, meetings and decisions in the open data — never a member."""

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.coordination import services
from taawun.coordination.counts import public_action_counts

from .factories import CommitteeFactory, MembershipFactory, meeting_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def followed(committee, held_meeting, users):
    """An agreement in force followed by the public steering committee (three action items:
    one done, one late, one not yet due) and by an unpublished committee (one late item)."""
    officer = users["officer"]
    agreement = AgreementFactory(stage=Stage.IN_FORCE, title_fr="Mise à niveau d'Aourir-centre")
    committee.agreement = agreement
    committee.save()
    today = timezone.localdate()

    def action(meeting, title, days):
        return services.action_item_save(
            meeting=meeting, title_ar="إجراء", title_fr=title, owner_name="Mme Secret-Owner",
            due_on=today + timedelta(days=days), by=officer,
        )  # fmt: skip

    done = action(held_meeting, "Étude", -10)
    services.action_item_set_status(item=done, status="done", evidence="Rapport remis")
    late = action(held_meeting, "Appel d'offres", -3)
    action(held_meeting, "Travaux", 30)
    closed = CommitteeFactory(is_public=False, agreement=agreement)
    MembershipFactory(committee=closed)
    closed_meeting = services.meeting_save(committee=closed, by=officer, **meeting_data())
    action(closed_meeting, "Interne", -5)
    return {"agreement": agreement, "late": late, "committee": committee}


def test_the_counts_are_the_public_committees_items_in_one_query(followed):
    with CaptureQueriesContext(connection) as queries:
        counts = public_action_counts(followed["agreement"])
    assert (counts.done, counts.late, counts.total) == (1, 1, 3)
    assert len(queries) == 1


def test_an_item_from_a_decision_naming_the_agreement_counts_too(followed, committee, users):
    other = AgreementFactory(stage=Stage.IN_FORCE)
    meeting = services.meeting_save(committee=committee, by=users["officer"], **meeting_data(-2))
    for member in committee.memberships.filter(voting=True):
        services.attendance_record(meeting=meeting, membership=member, presence="present")
    services.meeting_mark_held(meeting=meeting)
    decision = services.decision_record(
        meeting=meeting, text_ar="قرار", text_fr="Décision", by_consensus=True, agreement=other
    )
    services.action_item_save(
        decision=decision, title_ar="إجراء", title_fr="Suite", owner_name="X",
        due_on=timezone.localdate() - timedelta(days=1),
    )  # fmt: skip
    counts = public_action_counts(other)
    assert (counts.done, counts.late, counts.total) == (0, 1, 1)


def test_the_agreement_page_says_how_many_are_done_and_late(client, followed):
    with translation.override("en"):
        page = client.get(followed["agreement"].get_absolute_url()).content.decode()
    assert "Follow-up by the committees" in page
    assert "<bdi>1</bdi> action item done, <bdi>1</bdi> late" in page
    assert "out of <bdi>3</bdi> action items" in page
    assert "Secret-Owner" not in page and "Interne" not in page
    for language in ("ar", "fr"):
        with translation.override(language):
            response = client.get(followed["agreement"].get_absolute_url())
        assert response.status_code == 200
        assert response.content.decode().count("<bdi>1</bdi>") >= 2


def test_a_status_change_shows_on_the_page_at_once(client, followed):
    url = followed["agreement"].get_absolute_url()
    client.get(url)  # the counts are now kept under the data version
    services.action_item_set_status(item=followed["late"], status="done", evidence="Fait")
    with translation.override("en"):
        page = client.get(followed["agreement"].get_absolute_url()).content.decode()
    assert "<bdi>2</bdi> action items done, <bdi>0</bdi> late" in page


def test_an_agreement_without_public_action_items_says_nothing_of_them(client):
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    with translation.override("en"):
        page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Follow-up by the committees" not in page


def test_the_sitemap_lists_public_committees_and_their_public_meetings(client, held_meeting):
    committee = held_meeting.committee
    internal = services.meeting_save(committee=committee, **meeting_data(visibility="internal"))
    closed = CommitteeFactory(is_public=False, name_fr="Comité fermé")
    body = client.get("/sitemap.xml").content.decode()
    with translation.override("fr"):
        assert committee.get_absolute_url() in body
        assert "/fr/committees/</loc>" in body
        assert f"/fr/committees/meetings/{held_meeting.pk}/</loc>" in body
        assert f"/committees/meetings/{internal.pk}/" not in body
        assert f"/committees/{closed.pk}/" not in body


def test_the_open_data_carries_committees_meetings_and_decisions_without_members(
    client, held_meeting, users
):
    officer = users["officer"]
    services.agenda_item_save(
        meeting=held_meeting, title_ar="نقطة", title_fr="Budget 2026", minutes_fr="PV"
    )
    services.decision_record(
        meeting=held_meeting, text_ar="قرار", text_fr="Budget adopté", by_consensus=True
    )
    services.minutes_advance(meeting=held_meeting, to="circulated", by=officer)
    services.minutes_advance(meeting=held_meeting, to="approved", by=officer)
    services.meeting_save(
        committee=held_meeting.committee, **meeting_data(visibility="internal", venue_fr="Salle-X")
    )
    CommitteeFactory(is_public=False, name_fr="Comité fermé")
    committees = json.loads(b"".join(client.get("/open-data/committees.json").streaming_content))
    assert [c["name_fr"] for c in committees] == [held_meeting.committee.name_fr]
    meetings = json.loads(b"".join(client.get("/open-data/meetings.json").streaming_content))
    assert [m["id"] for m in meetings] == [held_meeting.pk]
    assert "Budget 2026" in meetings[0]["agenda_fr"]
    assert meetings[0]["starts_at"].endswith("+00:00")
    decisions = json.loads(b"".join(client.get("/open-data/decisions.json").streaming_content))
    assert [d["text_fr"] for d in decisions] == ["Budget adopté"]
    for name in ("committees", "meetings", "decisions"):
        for fmt in ("csv", "json", "xlsx"):
            response = client.get(f"/open-data/{name}.{fmt}")
            assert response.status_code == 200
            content = b"".join(response.streaming_content) if response.streaming else b""
            for secret in (b"Mme INDH", b"membre", b"Salle-X", b"Comit\xc3\xa9 ferm\xc3\xa9"):
                assert secret not in content
    with translation.override("en"):
        index = client.get("/en/open-data/").content.decode()
    for label in ("Committees", "Public meetings", "Committee decisions"):
        assert label in index
