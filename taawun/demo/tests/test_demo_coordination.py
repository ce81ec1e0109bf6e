"""The demo's committees: the Aourir-centre steering committee with three meetings (the last
one planned), approved minutes, a decision that opened an amendment, late action items; the
INDH school-transport follow-up committee; the equality body's one meeting."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from taawun.accounts.models import User
from taawun.coordination.models import ActionItem, Committee, Decision, Meeting
from taawun.demo.data import names


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


pytestmark = pytest.mark.django_db


def test_the_steering_committee_met_twice_and_plans_a_third_meeting():
    committee = Committee.objects.get(agreement__reference=names.URBAN_UPGRADING)
    meetings = list(committee.meetings.order_by("starts_at"))
    assert [m.status for m in meetings] == ["held", "held", "planned"]
    assert meetings[-1].starts_at > timezone.now()
    assert [m.minutes_status for m in meetings[:2]] == ["approved", "approved"]
    assert meetings[-1].agenda_items.first().title_fr.startswith("État d'avancement")
    partners = set(committee.memberships.values_list("partner__name_fr", flat=True))
    assert {names.MINISTRY, names.REGION, names.AL_OMRANE} <= partners


def test_a_decision_of_the_steering_committee_opened_an_amendment():
    decision = Decision.objects.get(kind="amendment")
    assert decision.amendment.agreement.reference == names.URBAN_UPGRADING
    assert decision.amendment.status == "draft"


def test_some_action_items_are_late_and_indh_sees_its_own():
    assert ActionItem.objects.overdue().count() >= 3
    indh = User.objects.get(username="partner-indh")
    own = ActionItem.objects.visible_to(indh)
    assert own.exists() and set(own.values_list("owner_partner__name_fr", flat=True)) == {
        names.INDH
    }
    visible = Meeting.objects.visible_to(indh)
    assert visible.exists() and not visible.filter(visibility="internal").exists()


def test_the_equality_body_met_once_and_the_committees_are_published():
    body = Committee.objects.get(kind="equality")
    assert body.meetings.count() == 1
    # the two conventions' committees, the equality body and the council's permanent
    # committee that admissible petitions are referred to
    assert Committee.public_objects.count() == 4
    assert Committee.public_objects.filter(kind="council").count() == 1


def test_a_second_run_adds_no_committee():
    before = Meeting.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Meeting.objects.count() == before
