"""The demo's participation: residents' priorities from Aourir's localities, answered ones
traced to demo projects; the Tamraght association's petition placed on the next ordinary
session and referred to a permanent committee, a refused one with its reasons; information
requests in every state, one overdue."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from taawun.participation.choices import Moderation, PetitionState, RequestState
from taawun.participation.models import InformationRequest, Petition, Priority, Resident


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


pytestmark = pytest.mark.django_db


def test_priorities_come_from_the_localities_and_some_lead_to_projects():
    published = Priority.objects.filter(moderation=Moderation.PUBLISHED)
    assert published.count() >= 6
    assert published.values("locality").distinct().count() >= 4
    assert Priority.objects.filter(moderation=Moderation.PENDING).exists()  # the queue
    traced = published.filter(links__isnull=False, answer_published_at__isnull=False)
    assert traced.exists()
    assert all(link.project.code for p in traced for link in p.links.all())
    assert Resident.objects.filter(verified_at__isnull=False).exists()


def test_the_association_petition_is_on_a_session_and_referred_to_a_committee():
    placed = Petition.objects.get(state=PetitionState.PLACED)
    assert placed.association.name_fr.startswith("Association")
    assert placed.session_point.session.opens_on > timezone.localdate()
    assert placed.committee.kind == "council" and placed.committee.is_public
    refused = Petition.objects.get(state=PetitionState.INADMISSIBLE)
    assert refused.inadmissibility_reasons


def test_information_requests_cover_every_state_and_one_is_overdue():
    states = set(InformationRequest.objects.values_list("state", flat=True))
    assert {RequestState.ANSWERED, RequestState.PARTLY, RequestState.REFUSED} <= states
    assert InformationRequest.objects.filter(extended=True).exists()
    overdue = InformationRequest.objects.filter(
        state=RequestState.RECEIVED, due_on__lt=timezone.localdate()
    )
    assert overdue.exists()
    assert InformationRequest.objects.exclude(refusal_ground="").filter(state="refused").exists()


def test_the_signed_in_resident_has_a_request_of_her_own_written_to_in_arabic():
    (mine,) = InformationRequest.objects.filter(requester__username="resident")
    assert mine.urgent and mine.language == "ar"
    french = InformationRequest.objects.filter(subject__startswith="Le calendrier").get()
    assert french.language == "fr"
