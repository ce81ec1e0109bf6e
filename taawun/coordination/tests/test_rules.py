"""Who sees which committees, meetings, decisions, members' contact data and action items."""

import pytest
from django.utils import timezone

from taawun.accounts.tests.factories import UserFactory
from taawun.coordination import services
from taawun.coordination.models import ActionItem, Committee, Decision, Meeting

from .factories import CommitteeFactory, meeting_data


@pytest.fixture
def outsider(stranger):
    """The representative of a partner that sits on no committee."""
    return UserFactory(username="outsider", role="partner", partner=stranger)


@pytest.fixture
def meetings(committee):
    return {
        visibility: services.meeting_save(
            committee=committee, **meeting_data(visibility=visibility)
        )
        for visibility in ("public", "partners", "internal")
    }


def test_the_commune_sees_every_committee_and_meeting(committee, meetings, users):
    other = CommitteeFactory()
    for role in ("officer", "finance", "council", "admin"):
        assert set(Committee.objects.visible_to(users[role])) == {committee, other}
        assert Meeting.objects.visible_to(users[role]).count() == 3


def test_a_member_organisation_sees_its_committees_meetings_but_not_the_internal_one(
    committee, meetings, users
):
    CommitteeFactory()
    partner = users["partner"]
    assert list(Committee.objects.visible_to(partner)) == [committee]
    assert set(Meeting.objects.visible_to(partner)) == {meetings["public"], meetings["partners"]}
    assert partner.has_perm("coordination.view_meeting", meetings["partners"])
    assert not partner.has_perm("coordination.view_meeting", meetings["internal"])


def test_a_partner_not_on_the_committee_sees_nothing_of_it(committee, meetings, outsider):
    assert not Committee.objects.visible_to(outsider).exists()
    assert not Meeting.objects.visible_to(outsider).exists()
    assert not outsider.has_perm("coordination.view_committee", committee)
    assert not outsider.has_perm("coordination.view_meeting", meetings["public"])


def test_anonymous_readers_have_no_workspace_scope(committee, meetings):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert not Committee.objects.visible_to(anonymous).exists()
    assert not anonymous.has_perm("coordination.view_committee", committee)
    # The public side reads the public managers: published committees, public meetings.
    assert list(Meeting.objects.public()) == [meetings["public"]]
    committee.is_public = False
    committee.save()
    assert not Meeting.objects.public().exists()


def test_members_contact_data_is_read_by_the_commune_and_the_same_organisation(
    committee, users, outsider
):
    own = committee.memberships.get(partner=users["partner"].partner)
    other = committee.memberships.get(person_name="M. Région")
    assert users["council"].has_perm("coordination.view_member_contact", other)
    assert users["partner"].has_perm("coordination.view_member_contact", own)
    assert not users["partner"].has_perm("coordination.view_member_contact", other)
    assert not outsider.has_perm("coordination.view_member_contact", own)


def test_decisions_follow_the_meetings_the_reader_sees(held_meeting, users, outsider):
    decision = services.decision_record(
        meeting=held_meeting, text_ar="قرار", text_fr="Décision", by_consensus=True
    )
    assert list(Decision.objects.visible_to(users["partner"])) == [decision]
    assert not Decision.objects.visible_to(outsider).exists()
    # Public only once the minutes are approved.
    assert not Decision.objects.public().exists()
    held_meeting.minutes_status = "approved"
    held_meeting.save()
    assert list(Decision.objects.public()) == [decision]


def test_a_representative_sees_and_moves_only_its_own_organisations_action_items(
    held_meeting, users, outsider
):
    data = {"meeting": held_meeting, "due_on": timezone.localdate()}
    own = services.action_item_save(
        title_ar="أ", title_fr="A", owner_partner=users["partner"].partner, **data
    )
    theirs = services.action_item_save(title_ar="ب", title_fr="B", owner_name="Mme DT", **data)
    assert list(ActionItem.objects.visible_to(users["partner"])) == [own]
    assert users["partner"].has_perm("coordination.set_action_status", own)
    assert not users["partner"].has_perm("coordination.set_action_status", theirs)
    assert not users["partner"].has_perm("coordination.change_actionitem", own)
    assert not outsider.has_perm("coordination.view_actionitem", own)
    assert users["officer"].has_perm("coordination.set_action_status", theirs)
    assert not users["council"].has_perm("coordination.set_action_status", theirs)
    assert ActionItem.objects.visible_to(users["council"]).count() == 2


@pytest.mark.parametrize("role", ["finance", "council", "partner", "association"])
def test_only_editors_write_committees_and_meetings(users, role):
    for perm in ("add_committee", "add_meeting", "record_decision", "record_attendance"):
        assert not users[role].has_perm(f"coordination.{perm}")
        assert users["officer"].has_perm(f"coordination.{perm}")
