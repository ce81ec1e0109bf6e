"""Funding in the browser's pages: the officer records an opportunity and its deadline in the
donor's time, reads the projects that fit with their reasons (and the others with theirs),
prepares, submits and records the award of a bid, which shows in the project's funding plan;
the project's page lists the opportunities that fit; the portal shows the public opportunities
and their deadlines as a calendar, never a bid."""

from decimal import Decimal

import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from taawun.funding.models import Bid, Deadline, FundingOpportunity

from .test_matching import world  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_the_officer_records_an_opportunity_and_its_deadline_in_the_donors_time(
    client,
    users,
    world,  # noqa: F811
):
    client.force_login(users["officer"])
    response = client.post(
        reverse("funding:opportunity-create"),
        {"donor": world["donor"].pk, "programme_ar": "برنامج", "programme_fr": "PAC Maroc",
         "summary_ar": "م", "summary_fr": "Résumé", "instrument": "grant", "currency": "EUR",
         "min_cofinancing": "30", "max_funding_rate": "70", "state": "open",
         "lead_kind": "", "applicants": ["commune"]},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    opportunity = FundingOpportunity.objects.get(programme_fr="PAC Maroc")
    refused = client.post(
        reverse("funding:deadline-add", args=[opportunity.pk]),
        {"stage": "single", "day": "2027-03-31", "time": "12:00", "tzid": "Mars/Olympus"},
    )
    assert refused.status_code == 400 and not opportunity.deadlines.exists()
    client.post(
        reverse("funding:deadline-add", args=[opportunity.pk]),
        {"stage": "single", "day": "2027-03-31", "time": "12:00", "tzid": "Europe/Paris"},
    )
    deadline = Deadline.objects.get(opportunity=opportunity)
    assert deadline.due_at.isoformat() == "2027-03-31T10:00:00+00:00"  # noon in Paris (CEST)


def test_matches_a_bid_and_its_award_in_the_pages(client, users, world):  # noqa: F811
    opportunity, project = world["opportunity"], world["projects"]["A"]
    client.force_login(users["council"])
    page = client.get(opportunity.get_manage_url()).content.decode()
    assert "Commune de Lacanau, a partner of the project, can lead." in page
    assert "No partner of the project is a foreign local authority" in page  # B, and why
    assert "Prepare a bid" not in page  # the council reads; the editors prepare
    project_page = client.get(project.get_manage_url()).content.decode()
    assert "Funding opportunities that fit" in project_page and "Appel Maroc 2027" in project_page
    client.force_login(users["officer"])
    create = reverse("funding:bid-create", args=[opportunity.pk, project.pk])
    assert create in client.get(opportunity.get_manage_url()).content.decode()
    response = client.post(create, {"amount": "60000", "currency": "EUR", "note": "Dossier"})
    assert response.status_code == 302
    bid = Bid.objects.get()
    client.post(reverse("funding:bid-step", args=[bid.pk, "submit"]))
    refused = client.post(reverse("funding:bid-award", args=[bid.pk]), {"amount_awarded": ""})
    assert refused.status_code == 400
    client.post(reverse("funding:bid-award", args=[bid.pk]), {"amount_awarded": "50000"})
    bid.refresh_from_db()
    assert bid.state == "awarded" and bid.contribution.mad_value == Decimal("540000.00")
    page = client.get(bid.get_manage_url()).content.decode()
    assert "540,000" in page
    project.refresh_from_db()
    assert project.plan_gap == Decimal("260000.00")


def test_the_portal_shows_public_opportunities_and_their_deadlines_never_a_bid(
    client,
    users,
    world,  # noqa: F811
):
    from taawun.funding import services

    opportunity = world["opportunity"]
    listing = reverse("opportunities:list")
    assert "Appel Maroc 2027" not in client.get(listing).content.decode()  # not shown yet
    services.opportunity_save(by=users["officer"], opportunity=opportunity, is_public=True)
    services.bid_save(by=users["officer"], opportunity=opportunity,
                      project=world["projects"]["A"], amount=Decimal("61234"),
                      note="Note-Secret")  # fmt: skip
    assert "Appel Maroc 2027" in client.get(listing).content.decode()
    page = client.get(opportunity.get_absolute_url(), follow=True).content.decode()
    assert "Note-Secret" not in page and "61,234" not in page
    ics = client.get(reverse("opportunities:calendar"))
    calendar = icalendar.Calendar.from_ical(ics.content)
    (event,) = calendar.walk("VEVENT")
    assert "Appel Maroc 2027" in str(event["SUMMARY"])
    assert event["DTSTART"].dt == opportunity.deadlines.get().due_at


def test_the_api_gives_public_opportunities_with_deadlines_in_utc_and_the_donors_time(
    client,
    users,
    world,  # noqa: F811
):
    from taawun.funding import services

    opportunity = world["opportunity"]
    assert client.get(f"/api/v1/opportunities/{opportunity.pk}/").status_code == 404
    services.opportunity_save(by=users["officer"], opportunity=opportunity, is_public=True)
    services.bid_save(by=users["officer"], opportunity=opportunity,
                      project=world["projects"]["A"], amount=Decimal("61234"),
                      note="Note-Secret")  # fmt: skip
    response = client.get("/api/v1/opportunities/")
    (item,) = response.json()["results"]
    assert item["programme_fr"] == "Appel Maroc 2027" and item["lead_country"] == "FR"
    assert (item["min_cofinancing"], item["max_funding_rate"]) == ("30.00", "70.00")
    (deadline,) = item["deadlines"]
    due = opportunity.deadlines.get()
    assert deadline["tzid"] == due.tzid == "Europe/Paris"
    assert deadline["due_at"] == due.due_at.isoformat().replace("+00:00", "Z")
    # Noon in Paris, whatever the season: the donor's clock, with its offset.
    assert deadline["local_time"].split("T")[1][:5] == "12:00"
    text = response.content.decode()
    assert "Note-Secret" not in text and "61234" not in text and "bids" not in item


def test_the_atom_feed_carries_public_opportunities_with_their_next_deadline(
    client,
    users,
    world,  # noqa: F811
):
    import xml.etree.ElementTree as ET

    from taawun.funding import services

    atom = "{http://www.w3.org/2005/Atom}"
    opportunity = world["opportunity"]
    url = reverse("opendata:opportunities-feed", kwargs={"language": "fr"})
    assert ET.fromstring(client.get(url).content).findall(f"{atom}entry") == []  # not shown yet
    services.opportunity_save(by=users["officer"], opportunity=opportunity, is_public=True)
    services.bid_save(by=users["officer"], opportunity=opportunity,
                      project=world["projects"]["A"], amount=Decimal("61234"),
                      note="Note-Secret")  # fmt: skip
    response = client.get(url)
    (entry,) = ET.fromstring(response.content).findall(f"{atom}entry")
    assert entry.find(f"{atom}title").text.startswith("Appel Maroc 2027 — ")
    summary = entry.find(f"{atom}summary").text
    due = opportunity.deadlines.get().due_at
    from django.utils import formats, timezone

    with translation.override("fr"):
        moment = formats.date_format(timezone.localtime(due), "DATETIME_FORMAT")
    assert f"Prochaine échéance : {moment} (heure du Maroc)" in summary
    assert "Note-Secret" not in response.content.decode() and "61234" not in summary


def test_a_deadline_in_moroccan_time_is_read_once_one_abroad_in_both_times(
    client,
    users,
    world,  # noqa: F811
):
    from datetime import UTC, datetime

    from taawun.funding import services

    opportunity = world["opportunity"]
    services.opportunity_save(by=users["officer"], opportunity=opportunity, is_public=True)
    page = client.get(opportunity.get_absolute_url(), follow=True).content.decode()
    assert "Europe/Paris</bdi>" in page  # the donor's clock beside Morocco's
    Deadline.objects.filter(opportunity=opportunity).update(
        tzid="Africa/Casablanca", due_at=datetime(2027, 3, 1, 15, tzinfo=UTC)
    )
    page = client.get(opportunity.get_absolute_url(), follow=True).content.decode()
    assert "(Morocco time)" in page and "Africa/Casablanca" not in page
