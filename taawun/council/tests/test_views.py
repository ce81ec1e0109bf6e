"""The workspace and public pages of the council's sessions."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.agreements.choices import EventAction, Stage
from taawun.agreements.models import Event
from taawun.agreements.tests.factories import AgreementFactory
from taawun.council.models import CouncilSession, SessionPoint

from .factories import SessionPointFactory

pytestmark = pytest.mark.django_db


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


SESSION_POST = {
    "kind": "ordinary",
    "name_ar": "الدورة العادية لشهر أكتوبر 2025",
    "name_fr": "Session ordinaire d'octobre 2025",
    "name_en": "",
    "opens_on": "2025-10-06",
    "venue_ar": "",
    "venue_fr": "",
    "status": "planned",
}


@pytest.mark.parametrize("role", ["admin", "officer", "finance", "council"])
def test_the_commune_reads_the_sessions(client_for, role, session):
    client = client_for(role)
    assert client.get(url("council:session-list")).status_code == 200
    assert client.get(url("council:session-detail", pk=session.pk)).status_code == 200


@pytest.mark.parametrize("role", ["partner", "association"])
def test_representatives_have_no_council_workspace(client_for, role, session):
    client = client_for(role)
    assert client.get(url("council:session-list")).status_code in (403, 404)
    assert client.get(url("council:session-detail", pk=session.pk)).status_code in (403, 404)


@pytest.mark.parametrize("role", ["finance", "council"])
def test_readers_do_not_write(client_for, role, session):
    client = client_for(role)
    assert client.post(url("council:session-create"), SESSION_POST).status_code == 403
    assert client.get(url("council:point-create", pk=session.pk)).status_code == 403


def test_an_officer_creates_a_session(client_for):
    response = client_for("officer").post(url("council:session-create"), SESSION_POST)
    assert response.status_code == 302
    session = CouncilSession.objects.get()
    assert session.opens_on == date(2025, 10, 6)
    assert session.is_public is False


def test_an_ordinary_session_out_of_the_months_is_explained(client_for):
    with translation.override("en"):
        response = client_for("officer").post(
            url("council:session-create"), {**SESSION_POST, "opens_on": "2025-07-01"}
        )
    assert response.status_code == 400
    assert "February, May, October" in response.content.decode()
    assert not CouncilSession.objects.exists()


def test_a_bad_date_is_a_message_not_a_crash(client_for):
    response = client_for("officer").post(
        url("council:session-create"), {**SESSION_POST, "opens_on": "99999-99-99"}
    )
    assert response.status_code == 400
    assert not CouncilSession.objects.exists()


def test_the_form_names_the_ordinary_months_in_the_readers_language(client_for):
    response = client_for("officer").get(url("council:session-create", lang="fr"))
    assert "février, mai, octobre" in response.content.decode().lower()


def test_adding_the_proposed_agreements_and_recording_the_outcome(client_for, session, on_agenda):
    officer = client_for("officer")
    page = officer.get(url("council:session-detail", pk=session.pk)).content.decode()
    assert on_agenda.reference in page
    response = officer.post(url("council:points-add-proposed", pk=session.pk))
    assert response.status_code == 302
    point = SessionPoint.objects.get(session=session)
    assert point.agreement == on_agenda
    response = officer.post(
        url("council:point-outcome", pk=point.pk),
        {
            "votes_for": "22",
            "votes_against": "4",
            "votes_abstaining": "1",
            "decision_number": "23/2025",
            "result": "adopted",
        },
    )
    assert response.status_code == 302
    on_agenda.refresh_from_db()
    assert on_agenda.stage == Stage.COUNCIL_APPROVED
    assert Event.objects.filter(agreement=on_agenda, action=EventAction.DELIBERATION).exists()


def test_a_refused_outcome_says_why_and_changes_nothing(client_for, session):
    draft = AgreementFactory(stage=Stage.DRAFT)
    point = SessionPointFactory(session=session, agreement=draft)
    with translation.override("en"):
        response = client_for("officer").post(
            url("council:point-outcome", pk=point.pk),
            {
                "votes_for": "22",
                "votes_against": "4",
                "votes_abstaining": "0",
                "decision_number": "23/2025",
                "result": "adopted",
            },
        )
    assert response.status_code == 400
    assert "not possible while the agreement is at the stage" in response.content.decode()
    point.refresh_from_db()
    assert point.recorded_at is None


def test_contradicting_counts_are_explained(client_for, session, on_agenda):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    with translation.override("en"):
        response = client_for("officer").post(
            url("council:point-outcome", pk=point.pk),
            {
                "votes_for": "2",
                "votes_against": "4",
                "votes_abstaining": "0",
                "decision_number": "23/2025",
                "result": "adopted",
            },
        )
    assert response.status_code == 400
    assert "more votes for than against" in response.content.decode()


@pytest.mark.parametrize("votes", ["-1", "abc", "100000000000000000000"])
def test_bad_counts_are_messages(client_for, session, on_agenda, votes):
    point = SessionPointFactory(session=session, agreement=on_agenda)
    response = client_for("officer").post(
        url("council:point-outcome", pk=point.pk),
        {"votes_for": votes, "votes_against": "0", "decision_number": "1", "result": "adopted"},
    )
    assert response.status_code == 400


def test_add_and_edit_a_point(client_for, session):
    officer = client_for("officer")
    data = {"order": "", "title_ar": "نقطة", "title_fr": "Point", "title_en": "", "agreement": ""}
    assert officer.post(url("council:point-create", pk=session.pk), data).status_code == 302
    point = SessionPoint.objects.get()
    assert point.order == 1
    data["title_fr"] = "Point modifié"
    data["version"] = str(point.version)
    response = officer.post(url("council:point-update", pk=point.pk), data)
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.title_fr == "Point modifié"


def test_publish_and_the_public_pages(client_for, client, session, on_agenda):
    session.is_public = False
    session.save()
    SessionPointFactory(session=session, agreement=on_agenda, title_fr="Convention visible")
    assert client.get(url("council-public:session-list", lang="fr")).status_code == 200
    detail = url("council-public:session-detail", lang="fr", pk=session.pk)
    assert client.get(detail).status_code == 404
    officer = client_for("officer")
    assert officer.post(url("council:session-publish", pk=session.pk)).status_code == 302
    session.refresh_from_db()
    assert session.is_public
    for lang in ("ar", "fr", "en"):
        response = client.get(url("council-public:session-detail", lang=lang, pk=session.pk),
                              follow=True)  # fmt: skip
        assert response.status_code == 200
    page = client.get(
        url("council-public:session-detail", lang="fr", pk=session.pk), follow=True
    ).content.decode()
    assert "Convention visible" in page
    listing = client.get(url("council-public:session-list", lang="fr")).content.decode()
    assert session.name_fr.replace("'", "&#x27;") in listing
    assert officer.post(url("council:session-unpublish", pk=session.pk)).status_code == 302
    session.refresh_from_db()
    assert not session.is_public


def test_an_unpublished_agreement_is_not_named_on_the_public_page(client, session):
    hidden = AgreementFactory(stage=Stage.AGENDA, is_public=False, reference="CONV-SECRET-1")
    SessionPointFactory(session=session, agreement=hidden)
    page = client.get(
        url("council-public:session-detail", lang="fr", pk=session.pk), follow=True
    ).content.decode()
    assert "CONV-SECRET-1" not in page


def test_a_bad_page_number_is_not_a_server_error(client_for, client):
    assert client_for("officer").get(url("council:session-list") + "?page=zz").status_code < 500
    assert client.get(url("council-public:session-list") + "?page=99999").status_code < 500


def test_the_sitemap_lists_published_sessions_only(client, session):
    hidden = SessionPointFactory().session
    hidden.is_public = False
    hidden.save()
    body = client.get("/sitemap.xml").content.decode()
    assert f"/fr/council/{session.pk}/" in body
    assert f"/council/{hidden.pk}/" not in body
    assert "/fr/council/</loc>" in body or "/fr/council/" in body


def test_the_footer_and_the_workspace_link_the_council(client, client_for):
    assert "/ar/council/" in client.get(url("portal:home", lang="ar")).content.decode()
    page = client_for("council").get(url("reports:dashboard")).content.decode()
    assert "/en/manage/council/" in page
    page = client_for("partner").get(url("reports:dashboard")).content.decode()
    assert "/manage/council/" not in page


@pytest.mark.parametrize(
    "lang, months, absent",
    [("fr", ["mars", "septembre"], "février"), ("ar", ["مارس، شتنبر"], "فبراير")],
)
def test_the_public_list_names_the_ordinary_months_of_the_setting(
    client, settings, db, lang, months, absent
):
    settings.COUNCIL_ORDINARY_MONTHS = (3, 9)
    page = client.get(url("council-public:session-list", lang=lang)).content.decode()
    for month in months:
        assert month in page
    assert absent not in page
