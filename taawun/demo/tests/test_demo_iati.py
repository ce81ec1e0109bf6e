"""The demo's IATI activity file keeps the Standard's rule 7.5.3 (a budget period is never longer
than one year) for every activity, inside the activity's dates, adding up to its budget."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from lxml import etree

from taawun.core.iati import DIRECTORY
from taawun.opendata.iati import activity_identifier
from taawun.projects.models import Project
from taawun.territory.models import CommuneProfile

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


def day(element, path):
    return date.fromisoformat(element.find(path).get("iso-date"))


def test_every_budget_of_the_demo_is_one_year_at_most_and_adds_up_to_the_project(client):
    response = client.get("/open-data/iati/activities.xml")
    root = etree.fromstring(b"".join(response.streaming_content))
    etree.XMLSchema(etree.parse(str(DIRECTORY / "iati-activities-schema.xsd"))).assertValid(root)
    profile = CommuneProfile.current()
    budgets = {activity_identifier(profile, p): p.budget for p in Project.public_objects.all()}
    activities = root.xpath("//iati-activity")
    assert len(activities) == len(budgets) > 20
    several = 0
    for activity in activities:
        identifier = activity.findtext("iati-identifier")
        dates = [date.fromisoformat(d) for d in activity.xpath("activity-date/@iso-date")]
        elements = activity.findall("budget")
        total = Decimal(0)
        for budget in elements:
            start, end = day(budget, "period-start"), day(budget, "period-end")
            assert start.year == end.year and (end - start).days < 366, identifier
            assert min(dates) <= start <= end <= max(dates), identifier
            assert budget.get("status") in {"1", "2"}
            total += Decimal(budget.find("value").text)
        assert total == (budgets[identifier] or 0), identifier
        several += len(elements) > 1
    assert several >= 21  # the projects that ran over several years: one budget per year
