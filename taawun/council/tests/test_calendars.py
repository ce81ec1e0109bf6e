"""Published council sessions in the public calendar feed; unpublished ones never."""

import icalendar
import pytest
from django.urls import reverse

from .factories import CouncilSessionFactory

pytestmark = pytest.mark.django_db


def test_the_public_feed_lists_published_sessions_only(client):
    shown = CouncilSessionFactory(is_public=True, name_fr="Session ordinaire de mai 2025")
    CouncilSessionFactory(is_public=False, name_fr="Session cachée")
    response = client.get(
        reverse("coordination-public:calendar"), headers={"accept-language": "fr"}
    )
    assert response.status_code == 200
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert any(
        uid.startswith(f"council-session-{shown.pk}@") or uid == f"council-session-{shown.pk}"
        for uid in uids
    )
    assert not any("Session cachée" in str(event["SUMMARY"]) for event in events)
