"""Exchange missions: their lifecycle with its refusals, the report due 30 days after the
return and late after it, costs paid in kind under an obligation of the mission's agreement
only, the delegation's names never public (the portal shows counts by sex), and a partner's
representative reading the missions of its own agreements without the delegation."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.knowledge import services

pytestmark = pytest.mark.django_db
NAME = "Nom-Delegue-Secret"
MISSION = {
    "kind": "study_visit", "direction": "outgoing", "title_ar": "زيارة دراسية إلى لاكانو",
    "title_fr": "Visite d'étude à Lacanau", "places_ar": "لاكانو", "places_fr": "Lacanau",
    "objectives_ar": "التعرف على تدبير الكثبان.", "objectives_fr": "Voir la gestion des dunes.",
    "starts_on": date(2026, 5, 4), "ends_on": date(2026, 5, 8),
}  # fmt: skip


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def mission(users):
    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, partner=users["partner"].partner)
    return services.mission_save(by=users["officer"], agreement=agreement, **MISSION)


def test_the_lifecycle_refuses_steps_out_of_order_and_dates_the_report(mission, users):
    officer = users["officer"]
    with pytest.raises(PermissionDenied):
        services.mission_step(mission=mission, step="plan", by=users["council"])
    with pytest.raises(ValidationError, match="cannot take this step"):
        services.mission_step(mission=mission, step="done", by=officer)
    mission = services.mission_step(mission=mission, step="plan", by=officer)
    with pytest.raises(ValidationError):  # what approved it is required
        services.mission_step(mission=mission, step="approve", by=officer)
    mission = services.mission_save(
        by=officer, mission=mission, approval="Ordre de mission n° 14/2026"
    )
    mission = services.mission_step(mission=mission, step="approve", by=officer)
    with pytest.raises(ValidationError, match="last day has passed"):
        services.mission_step(mission=mission, step="done", by=officer, today=date(2026, 5, 7))
    mission = services.mission_step(
        mission=mission, step="done", by=officer, today=date(2026, 5, 9)
    )
    assert mission.report_due_on == date(2026, 6, 7)  # 30 days after 8 May
    assert not mission.is_report_late(today=date(2026, 6, 7))
    assert mission.is_report_late(today=date(2026, 6, 8))
    with pytest.raises(ValidationError, match="Arabic and in French"):
        services.mission_report(mission=mission, by=officer, report_fr="Fait.")
    mission = services.mission_report(
        mission=mission, by=officer, report_ar="تم.", report_fr="Fait.", today=date(2026, 6, 1)
    )
    assert mission.state == "reported" and mission.reported_on == date(2026, 6, 1)
    assert not mission.is_report_late(today=date(2026, 7, 1))


def test_a_cost_in_kind_is_an_obligation_of_the_payer_in_the_missions_agreement(mission, users):
    officer = users["officer"]
    payer = users["partner"].partner
    own = ObligationFactory(
        party=mission.agreement.parties.get(partner=payer), kind="in_kind", in_kind_type="other"
    )
    other_agreement = ObligationFactory(party=PartyFactory(partner=payer))
    someone_else = ObligationFactory(party=PartyFactory(agreement=mission.agreement))
    with pytest.raises(ValidationError) as refused:
        services.cost_add(mission=mission, by=officer, item="lodging", amount=9000,
                          currency="MAD", payer=payer, obligation=other_agreement)  # fmt: skip
    assert "obligation" in refused.value.message_dict
    with pytest.raises(ValidationError, match="another party"):
        services.cost_add(mission=mission, by=officer, item="lodging", amount=9000,
                          currency="MAD", payer=payer, obligation=someone_else)  # fmt: skip
    cost = services.cost_add(mission=mission, by=officer, item="lodging", amount=9000,
                             currency="MAD", payer=payer, obligation=own)  # fmt: skip
    assert cost.obligation == own and mission.costs.count() == 1


def test_the_portal_counts_the_delegation_by_sex_and_never_names_it(client, mission, users):
    officer = users["officer"]
    for name, sex in ((NAME, "female"), ("Deuxième", "female"), ("Troisième", "male")):
        services.member_add(mission=mission, by=officer, name=name, sex=sex, category="staff")
    with translation.override("fr"):
        public = mission.get_absolute_url()
    assert client.get(public).status_code == 404  # not published yet
    for step in ("plan",):
        services.mission_step(mission=mission, step=step, by=officer)
    services.mission_save(
        by=officer, mission=mission, approval="Délibération 3/2026", is_public=True
    )
    services.mission_step(mission=mission, step="approve", by=officer)
    page = client.get(public).content.decode()
    assert "Lacanau" in page and NAME not in page
    listing = client.get(reverse("missions:list")).content.decode()
    assert NAME not in listing and "<bdi>2</bdi>" in listing and "<bdi>1</bdi>" in listing
    # The partner's representative reads its agreement's mission, without the delegation.
    client.force_login(users["partner"])
    page = client.get(mission.get_manage_url()).content.decode()
    assert "Lacanau" in page and NAME not in page
    client.force_login(users["association"])
    assert client.get(mission.get_manage_url()).status_code == 404
    client.force_login(officer)
    assert NAME in client.get(mission.get_manage_url()).content.decode()


def test_the_workspace_forms_plan_a_mission_and_add_its_people(client, users):
    client.force_login(users["officer"])
    response = client.post(
        reverse("knowledge:mission-create"),
        {**MISSION, "starts_on": "2026-05-04", "ends_on": "2026-05-01"},
    )
    assert response.status_code == 400  # it ends before it starts
    response = client.post(
        reverse("knowledge:mission-create"),
        {**{k: v for k, v in MISSION.items() if "_on" not in k},
         "starts_on": "2026-05-04", "ends_on": "2026-05-08"},
    )  # fmt: skip
    assert response.status_code == 302
    from taawun.knowledge.models import Mission

    mission = Mission.objects.get()
    response = client.post(
        reverse("knowledge:mission-member-add", args=[mission.pk]),
        {"name": "Fatima", "role": "Cheffe de délégation", "sex": "female", "category": "elected"},
    )
    assert response.status_code == 302 and mission.members.count() == 1
    listing = client.get(reverse("knowledge:mission-list")).content.decode()
    assert "Visite d" in listing
    assert mission.report_due_on == mission.ends_on + timedelta(days=30)


def test_the_api_gives_published_missions_with_counts_never_names_or_costs(client, mission, users):
    officer = users["officer"]
    for name, sex in ((NAME, "female"), ("Deuxième", "female"), ("Troisième", "male")):
        services.member_add(mission=mission, by=officer, name=name, sex=sex, category="staff")
    services.mission_save(by=officer, mission=mission, internal_note="Note-Secrete")
    assert client.get(f"/api/v1/missions/{mission.pk}/").status_code == 404  # an idea
    services.mission_step(mission=mission, step="plan", by=officer)
    services.mission_save(
        by=officer, mission=mission, approval="Délibération 3/2026", is_public=True
    )
    services.mission_step(mission=mission, step="approve", by=officer)
    response = client.get("/api/v1/missions/")
    (item,) = response.json()["results"]
    assert item["id"] == mission.pk and item["places_fr"] == "Lacanau"
    assert item["delegation"] == {"women": 2, "men": 1}
    text = response.content.decode()
    assert NAME not in text and "Note-Secrete" not in text and "Délibération" not in text
    assert "members" not in item and "costs" not in item
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in ("ar", "fr", "en"):
        with translation.override(language):
            assert mission.get_absolute_url() in sitemap


def test_the_officer_links_the_follow_up_actions_of_the_agreements_committee(
    client, mission, users
):
    from taawun.coordination.models import ActionItem
    from taawun.coordination.tests.factories import CommitteeFactory

    def item(committee, title, **fields):
        return ActionItem.objects.create(
            committee=committee, title_ar="إجراء", title_fr=title, due_on=date(2026, 7, 1),
            **fields,
        )  # fmt: skip

    own = CommitteeFactory(agreement=mission.agreement, name_fr="Comité de suivi Lacanau")
    dunes = item(own, "Étude des dunes de Tamraght")
    closed = item(own, "Action-Close", status="done")
    stray = item(CommitteeFactory(), "Action-Autre-Comite")
    client.force_login(users["officer"])
    address = reverse("knowledge:mission-follow-up", args=[mission.pk])
    form = client.get(address).content.decode()
    assert "Étude des dunes de Tamraght — Comité de suivi Lacanau" in form
    assert "Action-Close" not in form and "Action-Autre-Comite" not in form
    # another committee's item is not a choice: refused, nothing linked
    response = client.post(address, {"action_items": [stray.pk]})
    assert response.status_code == 400 and not mission.action_items.exists()
    response = client.post(address, {"action_items": [dunes.pk]})
    assert response.status_code == 302 and response["Location"].endswith("#brought")
    assert list(mission.action_items.all()) == [dunes]
    page = client.get(mission.get_manage_url()).content.decode()
    assert "Étude des dunes de Tamraght" in page and "Comité de suivi Lacanau" in page
    # the service refuses it too, whatever calls it
    with pytest.raises(ValidationError) as refused:
        services.mission_follow_up_set(mission=mission, by=users["officer"], action_items=[stray])
    assert "action_items" in refused.value.message_dict
    with pytest.raises(PermissionDenied):
        services.mission_follow_up_set(mission=mission, by=users["council"], action_items=[])
    # a done item once linked stays a choice, so saving the form again keeps it
    dunes.status = "done"
    dunes.save()
    assert "Étude des dunes de Tamraght" in client.get(address).content.decode()
    assert closed not in mission.action_items.all()
    history = mission.history.first()
    assert [link.actionitem_id for link in history.action_items.all()] == [dunes.pk]
