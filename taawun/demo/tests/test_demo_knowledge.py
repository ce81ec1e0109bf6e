"""The demo's exchange of expertise and funding: the good-practice cards drawn from Aourir's projects with
their indicators, two replicated by the neighbouring communes of Taghazout and Drarga and shown
so on the portal, and the INDH's card waiting for the commune's validation, off the portal."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from taawun.knowledge.models import Practice


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_published_cards_their_indicators_and_replications():
    published = Practice.objects.filter(state="published")
    assert published.count() == 3
    beaches = published.get(project__code="PRJ-2024-01")
    assert set(beaches.indicators.all()) == set(beaches.project.indicators.all())
    assert beaches.indicators.count() == 3 and beaches.evidence == "monitored"
    (replication,) = beaches.replications.all()
    assert replication.partner.name_fr == "Commune de Taghazout" and replication.state == "ongoing"
    lighting = published.get(project__code="PRJ-2025-04")
    assert lighting.replications.get().partner.name_fr == "Commune de Drarga"


def test_the_portal_says_replicated_once_and_hides_the_indh_card(client):
    waiting = Practice.objects.get(state="submitted")
    assert waiting.submitted_by.name_fr == "Initiative nationale pour le développement humain"
    with translation.override("en"):
        listing = client.get(reverse("practices:list")).content.decode()
        assert client.get(waiting.get_absolute_url()).status_code == 404
    assert listing.count("replicated 1 time") == 2 and waiting.title_fr not in listing


def test_a_second_load_adds_no_card():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "good practices                 created   0, already present   4" in out.getvalue()
    assert "funding opportunities          created   0, already present   4" in out.getvalue()
    assert "exchange missions              created   0, already present   3" in out.getvalue()
    assert "trainings                      created   0, already present   4" in out.getvalue()


def test_the_illustrative_opportunities_and_their_matches():
    from taawun.funding.matching import match_projects
    from taawun.funding.models import FundingOpportunity

    opportunities = FundingOpportunity.objects.all()
    assert opportunities.count() == 4
    assert all(o.illustrative and o.is_public and o.source for o in opportunities)
    ficol = opportunities.get(programme_fr__startswith="FICOL")
    assert (ficol.min_cofinancing, ficol.lead_country.code) == (30, "FR")
    assert ficol.deadlines.get().tzid == "Europe/Paris"
    indh = opportunities.get(donor__name_fr="Initiative nationale pour le développement humain")
    fitting = [m for m in match_projects(indh) if m.fits]
    assert fitting and all(m.ask_mad <= 300_000 and m.reasons for m in fitting)
    assert all(m.refusals for m in match_projects(ficol) if not m.fits)


def test_the_alignment_matrix_of_the_demo_shows_both_gaps(client):
    """An axis no partner has committed to (digital administration) and a strongly supported
    priority no project answers (the Imi Miki sports ground)."""
    from taawun.accounts.models import User
    from taawun.reports.alignment import alignment

    rows, _totals = alignment()
    empty = [row for row in rows if "no_partner_no_opportunity" in row.flags]
    assert [row.axis.number for row in empty] == [7]
    strong = [row for row in rows if "strong_priority_without_project" in row.flags]
    assert [row.axis.number for row in strong] == [2] and strong[0].unanswered_strong == 1
    client.force_login(User.objects.get(username="officer"))
    with translation.override("en"):
        page = client.get(reverse("reports:alignment")).content.decode()
    assert "Digital administration" in page
    assert "No partner has committed and no open opportunity" in page


def test_the_missions_one_report_late_and_the_practice_learned_on_one(client):
    from taawun.knowledge.models import Mission

    missions = {m.counterpart.name_fr: m for m in Mission.objects.select_related("counterpart")}
    tarifa, taghazout = missions["Municipalité de Tarifa"], missions["Commune de Taghazout"]
    assert tarifa.state == "closed" and tarifa.reported_on is not None
    assert tarifa.practices_learned.get().project.code == "PRJ-2022-01"
    assert taghazout.state == "done" and taghazout.is_report_late()
    assert missions["Commune de Lacanau"].state == "planned"
    with translation.override("en"):
        listing = client.get(reverse("missions:list")).content.decode()
    assert "Nadia Ouchen" not in listing and "<bdi>2</bdi> women" in listing


def test_the_trainings_and_the_capacity_they_measure():
    from taawun.knowledge.capacity import capacity

    figures = capacity()
    assert figures[2025]["people"] == 7  # Ahmed Oubella followed both trainings: once
    assert figures[2025]["hours"] == 18 + 18 + 12 + 18 + 30 + 24 + 30 + 18
    assert figures[2026]["people"] == 4 and 2027 not in figures
