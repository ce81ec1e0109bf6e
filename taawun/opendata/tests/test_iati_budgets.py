"""IATI budgets per year (rule 7.5.3: a budget period is never longer than one year): from the
funding plan's due years where it has them, else the budget split pro rata of days, indicative."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from lxml import etree

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import ObligationFactory, PartyFactory
from taawun.core.iati import DIRECTORY
from taawun.opendata.budgets import activity_span, yearly_budgets
from taawun.projects.models import Contribution
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import CommuneProfileFactory

pytestmark = pytest.mark.django_db
D = Decimal


def contribute(project, amount, *, due_date=None, due_year=None, stage=Stage.IN_FORCE):
    party = PartyFactory(agreement__stage=stage)
    obligation = ObligationFactory(
        party=party, amount=amount, mad_value=amount, due_date=due_date, due_year=due_year
    )
    return Contribution.objects.create(
        project=project,
        partner=party.partner,
        kind="financial",
        amount=amount,
        currency="MAD",
        mad_value=amount,
        obligation=obligation,
    )


def rows(project):
    return [(b.start, b.end, b.value, b.status) for b in yearly_budgets(project)]


def assert_iati_rules(project):
    budgets = yearly_budgets(project)
    start, end = activity_span(project)
    assert sum(b.value for b in budgets) == D(project.budget)
    for budget in budgets:
        assert start <= budget.start <= budget.end <= end
        assert (budget.end - budget.start).days < 366 and budget.start.year == budget.end.year
        assert budget.value > 0 and budget.status in {"1", "2"}


def test_a_four_year_project_without_a_plan_is_split_pro_rata_of_days_and_indicative():
    project = ProjectFactory(
        budget=D("1000000"), planned_start=date(2024, 7, 1), planned_end=date(2027, 6, 30)
    )
    budgets = rows(project)
    assert [(b[0], b[1]) for b in budgets] == [
        (date(2024, 7, 1), date(2024, 12, 31)),
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 6, 30)),
    ]
    days = [184, 365, 365, 181]
    for (_, _, value, status), count in zip(budgets, days, strict=True):
        assert abs(value - D("1000000") * count / 1095) < D("0.02")
        assert status == "1"
    assert_iati_rules(project)


def test_a_project_within_one_year_has_one_budget_for_its_own_dates():
    project = ProjectFactory(
        budget=D("250000"), planned_start=date(2025, 3, 1), planned_end=date(2025, 9, 30)
    )
    assert rows(project) == [(date(2025, 3, 1), date(2025, 9, 30), D("250000.00"), "1")]


def test_the_funding_plans_due_years_place_the_money_committed_when_signed():
    project = ProjectFactory(
        budget=D("900000"), planned_start=date(2025, 1, 1), planned_end=date(2027, 12, 31)
    )
    contribute(project, D("500000"), due_date=date(2025, 6, 30))
    contribute(project, D("400000"), due_year=2026)
    assert rows(project) == [
        (date(2025, 1, 1), date(2025, 12, 31), D("500000.00"), "2"),
        (date(2026, 1, 1), date(2026, 12, 31), D("400000.00"), "2"),
    ]
    assert_iati_rules(project)


def test_what_the_plan_does_not_place_goes_to_the_years_it_leaves_empty():
    project = ProjectFactory(
        budget=D("1000000"), planned_start=date(2025, 1, 1), planned_end=date(2027, 12, 31)
    )
    contribute(project, D("400000"), due_year=2025)
    contribute(project, D("100000"), due_year=2026, stage=Stage.DRAFT)  # not binding yet
    assert rows(project) == [
        (date(2025, 1, 1), date(2025, 12, 31), D("400000.00"), "2"),
        (date(2026, 1, 1), date(2026, 12, 31), D("100000.00"), "1"),
        (date(2027, 1, 1), date(2027, 12, 31), D("500000.00"), "1"),
    ]
    assert_iati_rules(project)


def test_when_every_year_has_plan_money_the_rest_is_spread_and_all_indicative():
    project = ProjectFactory(
        budget=D("1000000"), planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31)
    )
    contribute(project, D("300000"), due_year=2025)
    contribute(project, D("300000"), due_year=2026)
    assert rows(project) == [
        (date(2025, 1, 1), date(2025, 12, 31), D("500000.00"), "1"),
        (date(2026, 1, 1), date(2026, 12, 31), D("500000.00"), "1"),
    ]


def test_a_plan_larger_than_the_budget_is_scaled_down_to_it_and_indicative():
    project = ProjectFactory(
        budget=D("100000"), planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31)
    )
    contribute(project, D("100000"), due_year=2025)
    contribute(project, D("200000"), due_year=2031)  # after the activity: its last year
    assert rows(project) == [
        (date(2025, 1, 1), date(2025, 12, 31), D("33333.33"), "1"),
        (date(2026, 1, 1), date(2026, 12, 31), D("66666.67"), "1"),
    ]
    assert_iati_rules(project)


def test_no_budget_no_budget_element():
    assert rows(ProjectFactory(budget=D("0"))) == []


@pytest.mark.parametrize("days", [0, 1, 364, 365, 366, 1000, 1461])
def test_every_span_gives_periods_of_a_year_at_most_adding_up_to_the_budget(days):
    start = date(2024, 2, 29)
    project = ProjectFactory(
        budget=D("1234567.89"), planned_start=start, planned_end=start + timedelta(days=days)
    )
    assert_iati_rules(project)


def test_the_activity_file_publishes_one_valid_budget_per_year(client):
    CommuneProfileFactory(iati_identifier="MA-COA-1234")
    project = ProjectFactory(
        budget=D("3000000"),
        planned_start=date(2024, 3, 1),
        planned_end=date(2027, 2, 28),
        description_fr="Trois ans de travaux",
    )
    contribute(project, D("1000000"), due_year=2025)
    response = client.get("/open-data/iati/activities.xml")
    assert response.status_code == 200, response
    root = etree.fromstring(b"".join(response.streaming_content))
    etree.XMLSchema(etree.parse(str(DIRECTORY / "iati-activities-schema.xsd"))).assertValid(root)
    budgets = root.xpath("//iati-activity/budget")
    periods = [
        (b.find("period-start").get("iso-date"), b.find("period-end").get("iso-date"))
        for b in budgets
    ]
    assert periods == [
        ("2024-03-01", "2024-12-31"),
        ("2025-01-01", "2025-12-31"),
        ("2026-01-01", "2026-12-31"),
        ("2027-01-01", "2027-02-28"),
    ]
    assert [b.get("status") for b in budgets] == ["1", "2", "1", "1"]
    assert sum(D(b.find("value").text) for b in budgets) == D("3000000")


def test_the_organisation_files_yearly_totals_are_its_activities_budgets(client):
    CommuneProfileFactory(iati_identifier="MA-COA-1234")
    ProjectFactory(budget=D("730000"), planned_start=date(2025, 7, 2), planned_end=date(2026, 7, 1))
    ProjectFactory(
        budget=D("100000"), planned_start=date(2026, 1, 1), planned_end=date(2026, 3, 31)
    )
    ProjectFactory(budget=D("999"), planned_start=date(2025, 1, 1), is_public=False)
    response = client.get("/open-data/iati/organisation.xml")
    root = etree.fromstring(b"".join(response.streaming_content))
    etree.XMLSchema(etree.parse(str(DIRECTORY / "iati-organisations-schema.xsd"))).assertValid(root)
    totals = [
        (b.find("period-start").get("iso-date"), b.find("value").text)
        for b in root.xpath("//total-budget")
    ]
    assert totals == [("2025-01-01", "366000.00"), ("2026-01-01", "464000.00")]
