"""The council's API: anonymous reads published sessions only, with their points; an
unpublished agreement is not named; the commune's people read every session."""

import pytest
from django.urls import reverse

from .factories import CouncilSessionFactory, SessionPointFactory

pytestmark = pytest.mark.django_db


def test_anonymous_reads_published_sessions_only(client):
    shown = CouncilSessionFactory(is_public=True)
    hidden = CouncilSessionFactory(is_public=False)
    SessionPointFactory(session=shown)
    rows = client.get(reverse("api:councilsession-list")).json()
    rows = rows.get("results", rows)
    assert [row["id"] for row in rows] == [shown.pk]
    assert len(rows[0]["points"]) == 1
    detail = client.get(reverse("api:councilsession-detail", kwargs={"pk": hidden.pk}))
    assert detail.status_code == 404


def test_an_unpublished_agreement_is_not_named(client, on_agenda):
    agreement = on_agenda
    point = SessionPointFactory(agreement=agreement)
    agreement.is_public = False
    agreement.save(update_fields=["is_public"])
    body = client.get(reverse("api:councilsession-detail", kwargs={"pk": point.session.pk})).json()
    assert body["points"][0]["agreement"] is None


def test_the_open_dataset_has_the_points_of_published_sessions_only(client):
    shown = SessionPointFactory(title_fr="Point publié")
    SessionPointFactory(session=CouncilSessionFactory(is_public=False), title_fr="Point caché")
    response = client.get(reverse("opendata:dataset", kwargs={"name": "council", "fmt": "csv"}))
    body = b"".join(response.streaming_content).decode()
    assert response.status_code == 200
    assert shown.title_fr in body and "Point caché" not in body
