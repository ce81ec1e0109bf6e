"""Matching an opportunity to the projects that lack money, against figures made by hand: a
French call for decentralised cooperation asking 30% co-financing and a French local authority
to lead matches only the project whose gap fits and that a French partner collectivity works
on; each match and each refusal says why; the awarded bid becomes the donor's contribution to
the project's funding plan and its gap falls by that amount."""

import datetime
from datetime import date, time
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from taawun.finance.services import exchange_rate_record
from taawun.funding import services
from taawun.funding.matching import match_projects, opportunities_for
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Participant, Project
from taawun.projects.services.money import contribution_save
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def world(users, commune):
    """1 EUR = 10.80 MAD. A: 1,000,000 MAD, 200,000 promised by the commune, Lacanau works on
    it. B: the same money, with Tarifa (Spain) only. C: 100,000 MAD with Lacanau. D: covered."""
    officer = users["officer"]
    exchange_rate_record(
        currency="EUR", rate_to_mad=Decimal("10.80"), valid_from=date(2020, 1, 1), by=officer
    )
    lacanau = PartnerFactory(kind="foreign_local", country="FR", name_fr="Commune de Lacanau")
    tarifa = PartnerFactory(kind="foreign_local", country="ES", name_fr="Municipalité de Tarifa")
    water = DomainFactory(code="eau-test")
    projects = {}
    for code, budget, partner, promised in (
        ("A", "1000000", lacanau, "200000"),
        ("B", "1000000", tarifa, "200000"),
        ("C", "100000", lacanau, None),
        ("D", "2000000", lacanau, "2000000"),
    ):
        project = ProjectFactory(code=f"PRJ-T-{code}", budget=Decimal(budget))
        project.domains.set([water])
        Participant.objects.create(project=project, partner=partner, role="4")
        if promised:
            contribution_save(project=project, by=officer, partner=commune, kind="cash",
                              amount=Decimal(promised), currency="MAD")  # fmt: skip
        projects[code] = Project.objects.get(pk=project.pk)
    donor = PartnerFactory(kind="state", country="FR", name_fr="Ministère de l'Europe (DAECT)")
    opportunity = services.opportunity_save(
        by=officer, donor=donor, programme_ar="برنامج", programme_fr="Appel Maroc 2027",
        summary_ar="م", summary_fr="Coopération décentralisée franco-marocaine.",
        applicants=["foreign_local"], lead_kind="foreign_local", lead_country="FR",
        currency="EUR", min_amount=Decimal("10000"), max_amount=Decimal("100000"),
        min_cofinancing=Decimal("30"), max_funding_rate=Decimal("70"), state="open",
        domains=[water],
    )  # fmt: skip
    services.deadline_add(
        opportunity=opportunity, by=officer,
        day=timezone.localdate() + datetime.timedelta(days=60), time=time(12, 0),
    )  # fmt: skip
    return {"opportunity": opportunity, "projects": projects, "officer": officer, "donor": donor}


def test_only_the_project_with_a_french_lead_and_a_gap_that_fits_matches(world):
    matches = {m.project.code: m for m in match_projects(world["opportunity"])}
    a, b, c, d = (matches[f"PRJ-T-{code}"] for code in "ABCD")
    assert (a.fits, b.fits, c.fits, d.fits) == (True, False, False, False)
    # A: gap 800,000; the donor pays at most 70% of 1,000,000 = 700,000 (30% co-financing).
    assert a.ask_mad == Decimal("700000.00")
    assert a.lead.name_fr == "Commune de Lacanau"
    assert "Commune de Lacanau, a partner of the project, can lead." in a.reasons
    assert any("Its domains are among the themes" in reason for reason in a.reasons)
    assert a.score == 30
    (refusal,) = b.refusals
    assert refusal.startswith("No partner of the project is a foreign local authority")
    assert "In the register: Commune de Lacanau" in refusal
    # C: 70% of 100,000 = 70,000 MAD, below 10,000 EUR = 108,000 MAD.
    assert c.refusals == [
        "It could ask 70\u202f000 MAD, below the smallest amount of 108\u202f000 MAD."
    ]
    assert d.refusals == ["The project's budget is covered."]
    assert [o for o, _m in opportunities_for(world["projects"]["A"])] == [world["opportunity"]]
    assert opportunities_for(world["projects"]["B"]) == []


def test_a_deadline_too_close_refuses_every_project(world, settings):
    settings.FUNDING_PREPARATION_DAYS = 61
    matches = match_projects(world["opportunity"])
    assert not any(m.fits for m in matches)
    assert all("leaves less than 61 days to prepare" in " ".join(m.refusals) for m in matches)


def test_an_awarded_bid_joins_the_funding_plan_and_the_gap_falls_by_its_amount(world, users):
    project = world["projects"]["A"]
    assert project.plan_gap == Decimal("800000.00")
    with pytest.raises(PermissionDenied):
        services.bid_save(by=users["finance"], opportunity=world["opportunity"], project=project,
                          amount=Decimal("60000"))  # fmt: skip
    bid = services.bid_save(
        by=world["officer"], opportunity=world["opportunity"], project=project,
        amount=Decimal("60000"), lead=world["projects"]["A"].participants.get().partner,
    )  # fmt: skip
    assert bid.currency == "EUR"
    with pytest.raises(ValidationError, match="cannot take this step"):
        services.bid_step(bid=bid, step="award", by=world["officer"], amount_awarded=Decimal("1"))
    bid = services.bid_step(bid=bid, step="submit", by=world["officer"])
    with pytest.raises(ValidationError):
        services.bid_step(bid=bid, step="award", by=world["officer"])  # no amount
    bid.refresh_from_db()
    assert bid.state == "submitted" and bid.contribution is None
    bid = services.bid_step(
        bid=bid, step="award", by=world["officer"], amount_awarded=Decimal("50000")
    )
    contribution = bid.contribution
    # 50,000 EUR × 10.80 = 540,000 MAD; the gap 800,000 − 540,000 = 260,000 MAD.
    assert (contribution.partner, contribution.mad_value) == (world["donor"], Decimal("540000.00"))
    project.refresh_from_db()
    assert project.planned_mad == Decimal("740000.00")
    assert project.plan_gap == Decimal("260000.00")
