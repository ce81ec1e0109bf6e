"""The API of priorities: what the portal shows, for everyone; no author, supporter or draft."""

import pytest

from taawun.participation import services
from taawun.projects.tests.factories import ProjectFactory

from .factories import PriorityFactory, ResidentUserFactory

pytestmark = pytest.mark.django_db


def test_the_api_lists_published_priorities_with_counts_and_no_personal_data(
    client, users, priority
):
    PriorityFactory(title="Priorité en attente")
    supporter = ResidentUserFactory(email="soutien@example.ma")
    services.priority_support(priority=priority, by=supporter)
    services.priority_link_project(
        priority=priority, project=ProjectFactory(), kind="answers", by=users["officer"]
    )
    services.priority_link_project(
        priority=priority, project=ProjectFactory(is_public=False), kind="partly",
        by=users["officer"],
    )  # fmt: skip
    services.priority_answer(
        priority=priority, by=users["officer"], answer_state="planned",
        answer_ar="مسودة", answer_fr="Brouillon de réponse",
    )  # fmt: skip
    response = client.get("/api/v1/priorities/")
    assert response.status_code == 200
    body = response.content.decode()
    (row,) = response.json()["results"]
    assert row["id"] == priority.pk and row["supports"] == 1
    assert row["answer"] == {"state": "not_answered"}  # a draft is not public
    assert len(row["projects"]) == 1
    for private in ("Priorité en attente", "Brouillon", "soutien@example.ma",
                    priority.author.email, priority.author.resident.display_name):  # fmt: skip
        assert private not in body
    services.priority_answer(
        priority=priority, by=users["officer"], publish=True, answer_state="planned",
        answer_ar="مبرمجة", answer_fr="Programmée",
    )  # fmt: skip
    detail = client.get(f"/api/v1/priorities/{priority.pk}/").json()
    assert detail["answer"]["state"] == "planned" and detail["answer"]["text_fr"] == "Programmée"


def test_a_bad_filter_is_a_400(client, priority):
    assert client.get("/api/v1/priorities/?locality=999999999999999999999").status_code == 400
    assert client.get("/api/v1/priorities/?state=nonsense").status_code == 400


def test_the_open_dataset_holds_public_fields_and_the_published_answer_only(
    client, users, priority
):
    from .factories import PriorityFactory

    PriorityFactory(title="Priorité en attente")
    services.priority_answer(
        priority=priority, by=users["officer"], answer_state="planned",
        answer_ar="مسودة", answer_fr="Brouillon de réponse",
    )  # fmt: skip
    body = b"".join(client.get("/open-data/priorities.csv").streaming_content).decode()
    assert priority.title in body and "Priorité en attente" not in body
    assert "Brouillon" not in body and priority.author.email not in body
    assert "not_answered" in body
    rows = client.get("/open-data/priorities.json")
    data = __import__("json").loads(b"".join(rows.streaming_content))
    assert [row["id"] for row in data] == [priority.pk]
    assert client.get("/open-data/priorities.xlsx").status_code == 200


def test_the_atom_feed_carries_published_answers_only(client, users, priority):
    from .factories import PriorityFactory, published

    draft = published(PriorityFactory(title="Réponse en brouillon"), users["officer"])
    services.priority_answer(
        priority=draft, by=users["officer"], answer_state="planned",
        answer_ar="مسودة", answer_fr="Texte du brouillon",
    )  # fmt: skip
    services.priority_answer(
        priority=priority, by=users["officer"], publish=True, answer_state="planned",
        answer_ar="مبرمجة", answer_fr="Programmée en 2027",
    )  # fmt: skip
    for language in ("ar", "fr", "en"):
        response = client.get(f"/open-data/priorities-{language}.atom")
        assert response.status_code == 200
        body = response.content.decode()
        assert priority.title in body and "Réponse en brouillon" not in body
        assert priority.author.email not in body
    assert client.get("/open-data/priorities-xx.atom").status_code == 404
