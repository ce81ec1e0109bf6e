"""The cooperation dashboard: figures in the user's scope, charts safe under the CSP, and a
fixed number of queries."""

import base64
import hashlib
import re
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.core.forms import cleaned
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import services
from taawun.projects.forms import TransactionForm
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.reports.dashboard import CHARTS, GAPS_SHOWN
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db
D = Decimal
SVG = "{http://www.w3.org/2000/svg}"
DASHBOARD_QUERIES = 19  # signed in as the council; the same with 3 projects as with 30
CHART_QUERIES = 5  # the heaviest chart (localities); the same with 3 projects as with 30


def url(url_name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(url_name, kwargs=kwargs)


def record(project, type, provider, amount, day=date(2025, 3, 1), reason="", by=None):
    """Record a transaction the way the finance officer does: through the service."""
    form = TransactionForm(
        data={
            "type": type,
            "date": day.isoformat(),
            "provider": provider.pk,
            "amount": str(amount),
            "currency": "MAD",
            "override_reason": reason,
        },
        project=project,
    )
    assert form.is_valid(), form.errors
    tx, _warnings = services.transaction_save(project=project, by=by, **cleaned(form))
    return tx


@pytest.fixture
def region(db):
    return PartnerFactory(name_fr="Région Souss-Massa", name_ar="جهة سوس ماسة", kind="region")


@pytest.fixture
def water(commune, region):
    """A 10 MAD million project: the commune commits 2 million, the region 4 million."""
    project = ProjectFactory(
        code="AOU-EAU",
        title_fr="Eau potable d'Imi Miqi",
        title_ar="الماء الصالح للشرب بإيمي ميقي",
        budget=D("10000000"),
        owner=commune,
    )
    project.domains.add(
        DomainFactory(code="water", name_fr="Eau potable", name_ar="الماء الصالح للشرب")
    )
    LocationFactory(
        project=project, locality=LocalityFactory(name_fr="Imi Miqi", name_ar="إيمي ميقي")
    )
    record(project, "11", commune, 2_000_000)
    record(project, "11", region, 4_000_000)
    return project


def chart_svg(client, name, lang="ar"):
    response = client.get(url("reports:chart", lang, name=name))
    assert response.status_code == 200, name
    return response, response.content.decode()


# What the council reads -------------------------------------------------------------------------


def test_the_council_sees_a_disbursement_recorded_by_the_finance_service_in_its_figures(
    client_for, users, water, region
):
    client = client_for("council")
    before = client.get(url("reports:dashboard", "fr")).context["figures"]
    assert before["secured"] == D("6000000")
    assert before["disbursed"] == D("0")
    assert before["leverage"] == D("2.00")  # 4 million from partners for the commune's 2

    # The region pays its 4 million and 1 million more, with the reason the service asks for.
    record(
        water, "3", region, 5_000_000, date(2025, 6, 1), reason="avenant n° 1", by=users["finance"]
    )

    response = client.get(url("reports:dashboard", "fr"))
    after = response.context["figures"]
    assert after["disbursed"] == D("5000000")
    assert after["secured"] == D("7000000")
    assert after["gap"] == D("3000000")
    assert after["percent_funded"] == D("70.0")
    assert after["leverage"] == D("2.50")
    page = response.content.decode()
    assert "<bdi>2,50</bdi>" in page  # the leverage, first on the page
    assert "<bdi>5\xa0000\xa0000</bdi>" in page  # disbursed, grouped with no-break spaces
    _response, years = chart_svg(client, "years", "fr")
    assert ">2025<" in years and ">5<" in years  # 5 million MAD disbursed in 2025


def test_the_leverage_is_explained_and_says_when_it_cannot_be_computed(client_for, commune):
    ProjectFactory(budget=D("1000000"))
    page = client_for("council").get(url("reports:dashboard", "en")).content.decode()
    assert "Leverage of the commune" in page
    assert "leverage cannot be computed" in page


def test_the_ten_largest_funding_gaps_link_to_their_projects(client_for, commune):
    projects = [ProjectFactory(budget=D(1_000_000 * (n + 1))) for n in range(GAPS_SHOWN + 2)]
    response = client_for("council").get(url("reports:dashboard"))
    gaps = response.context["gaps"]
    assert [p.pk for p in gaps] == [p.pk for p in reversed(projects)][:GAPS_SHOWN]
    page = response.content.decode()
    assert url("projects:detail", pk=projects[-1].pk) in page
    assert url("projects:detail", pk=projects[0].pk) not in page  # the 12th largest gap


def test_every_chart_has_an_image_with_alt_text_and_a_table_of_the_same_figures(client_for, water):
    response = client_for("council").get(url("reports:dashboard"))
    page = response.content.decode()
    for chart in response.context["charts"]:
        if chart.is_empty:
            continue
        image = re.search(rf'<img src="{url("reports:chart", name=chart.name)}"[^>]*>', page)
        assert image, chart.name
        assert f'alt="{chart.description}"' in image.group(0)
    # The domain chart's table gives the budget and the money secured, in MAD.
    assert "<bdi>10\xa0000\xa0000</bdi>" in page and "<bdi>6\xa0000\xa0000</bdi>" in page


def test_an_empty_dashboard_says_there_are_no_figures_yet(client_for, commune):
    response = client_for("council").get(url("reports:dashboard", "en"))
    assert response.status_code == 200
    assert "No figures yet." in response.content.decode()
    for name in CHARTS:
        _response, svg = chart_svg(client_for("council"), name, "en")
        ElementTree.fromstring(svg)


# Charts under the Content Security Policy -------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_charts_are_valid_svg_with_no_script_and_no_external_url(client_for, water, name):
    response, svg = chart_svg(client_for("council"), name)
    assert response["Content-Type"].startswith("image/svg+xml")
    root = ElementTree.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert "<script" not in svg
    for element in root.iter():
        assert "style" not in element.attrib  # a style="" attribute needs 'unsafe-inline'
        for attribute, value in element.attrib.items():
            assert not attribute.startswith("on"), attribute
            assert not value.startswith(("http:", "https:", "//")), (attribute, value)
    assert "@import" not in svg and not re.search(r"url\(\s*['\"]?(https?:)?//", svg)


def test_a_chart_brings_its_own_policy_allowing_exactly_its_style_and_no_script(client_for, water):
    response, svg = chart_svg(client_for("council"), "domains")
    styles = list(ElementTree.fromstring(svg).iter(f"{SVG}style"))
    assert len(styles) == 1
    digest = base64.b64encode(hashlib.sha256(styles[0].text.encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert f"style-src 'sha256-{digest}'" in policy
    assert "script-src" not in policy and "unsafe-inline" not in policy  # falls back to 'none'
    assert "private" in response["Cache-Control"]


def test_the_dashboard_page_carries_no_inline_style_and_no_inline_script(client_for, water):
    page = client_for("council").get(url("reports:dashboard")).content.decode()
    assert "<style" not in page and " style=" not in page and "<svg" not in page
    for tag in re.findall(r"<script[^>]*>", page):
        assert " src=" in tag


def test_chart_labels_follow_the_language(client_for, water):
    client = client_for("council")
    assert "الماء الصالح للشرب" in chart_svg(client, "domains", "ar")[1]
    assert "Eau potable" in chart_svg(client, "domains", "fr")[1]


def test_an_unknown_chart_is_not_found(client_for):
    assert client_for("council").get(url("reports:chart", name="secrets")).status_code == 404


# Who sees what ----------------------------------------------------------------------------------


def test_a_representative_sees_only_its_organisations_figures(client_for, users, water):
    own = ProjectFactory(
        code="INDH-01",
        title_fr="Foyer féminin",
        budget=D("1500000"),
        owner=users["partner"].partner,
    )
    own.domains.add(
        DomainFactory(code="women", name_fr="Femmes et coopératives", name_ar="النساء والتعاونيات")
    )
    from taawun.reports.dashboard import dashboard_context

    # The representative's page is its organisation's home (test_partner_home); the figures
    # and charts in its scope remain.
    client = client_for("partner")
    figures = dashboard_context(users["partner"])["figures"]
    assert figures["count"] == 1
    assert figures["budget"] == D("1500000")
    assert figures["secured"] == D("0")
    page = client.get(url("reports:dashboard", "fr")).content.decode()
    assert "INDH-01" in page and "AOU-EAU" not in page
    domains = chart_svg(client, "domains", "fr")[1]
    assert "Femmes et coopératives" in domains and "Eau potable" not in domains
    assert "Imi Miqi" not in chart_svg(client, "localities", "fr")[1]
    # The association's representative takes part in neither project.
    other = dashboard_context(users["association"])["figures"]
    assert other["count"] == 0 and other["budget"] == D("0")


@pytest.mark.parametrize("name", ["reports:dashboard", "reports:chart"])
def test_anonymous_visitors_are_sent_to_sign_in(client_for, name):
    kwargs = {"name": "domains"} if name == "reports:chart" else {}
    response = client_for(None).get(url(name, **kwargs))
    assert response.status_code == 302
    assert response["Location"].startswith(url("accounts:login"))


@pytest.mark.parametrize(
    "role", ["admin", "officer", "finance", "council", "partner", "association"]
)
def test_every_role_reads_the_dashboard_and_its_charts(client_for, role, water):
    client = client_for(role)
    assert client.get(url("reports:dashboard")).status_code == 200
    assert client.get(url("reports:chart", name="domains")).status_code == 200


# Queries ----------------------------------------------------------------------------------------


def grow(count, commune):
    """`count` more projects with domains, places, commitments, disbursements and spending."""
    from taawun.projects.models import Project

    domains = [DomainFactory(code=f"d{i}") for i in range(3)]
    start = Project.objects.count()
    for n in range(start, start + count):
        project = ProjectFactory(budget=D(1_000_000 + n * 10_000), integration=n % 2 == 0)
        project.domains.set(domains[: 1 + n % 3])
        LocationFactory(project=project)
        funder = PartnerFactory(kind=["region", "foreign_local", "association"][n % 3])
        record(project, "11", commune, 100_000)
        record(project, "11", funder, 300_000)
        record(project, "3", funder, 150_000, date(2024 + n % 3, 6, 1))
        record(project, "4", commune, 50_000)


def count_queries(client, path):
    client.get(path)  # sessions, content types and the commune profile are read once, before
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def test_the_dashboard_runs_the_same_queries_with_3_projects_as_with_30(client_for, commune):
    client = client_for("council")
    path = url("reports:dashboard")
    grow(3, commune)
    small = count_queries(client, path)
    grow(27, commune)
    large = count_queries(client, path)
    assert small == large, f"{small} queries with 3 projects, {large} with 30"
    assert large <= DASHBOARD_QUERIES, large


def test_each_chart_runs_the_same_queries_with_3_projects_as_with_30(client_for, commune):
    client = client_for("council")
    grow(3, commune)
    small = {name: count_queries(client, url("reports:chart", name=name)) for name in CHARTS}
    grow(27, commune)
    large = {name: count_queries(client, url("reports:chart", name=name)) for name in CHARTS}
    assert small == large
    assert max(large.values()) <= CHART_QUERIES, large


# The chart in a real browser is in tests/browser/test_dashboard_charts.py.


def test_the_locality_charts_draw_only_the_largest_and_say_how_many_more(
    client_for, commune, monkeypatch
):
    """At national scale there are 16,000 localities: a chart draws the largest few and the
    page counts the others, instead of 16,000 bars and table rows."""
    from taawun.reports import dashboard

    monkeypatch.setattr(dashboard, "CHART_BARS", 2)
    for name, amount in (("Tamraght", 3_000_000), ("Imi Miqi", 1_000_000), ("Tikki", 2_000_000)):
        project = ProjectFactory(title_fr=name, budget=D("5000000"), owner=commune)
        LocationFactory(project=project, locality=LocalityFactory(name_fr=name, population=1000))
        record(project, "11", commune, amount)
    client = client_for("council")
    response = client.get(url("reports:dashboard", "en"))
    chart = next(c for c in response.context["charts"] if c.name == "localities")
    assert chart.labels == ["Tamraght", "Tikki"]
    assert chart.series[0][1] == [D("3000000.00"), D("2000000.00")]
    assert chart.more == 1
    assert "one more locality has a smaller figure" in response.content.decode()
    _, svg = chart_svg(client, "per-inhabitant", "fr")
    assert "Tamraght" in svg and "Imi Miqi" not in svg


def test_the_dashboard_measures_the_capacity_and_tells_the_late_mission_reports(
    client_for, commune, users
):
    """This year's trainings, counted by hand: Amina 12 h + 6 h, Brahim 10 h — 2 people,
    28 hours, 14 per person; a mission back 40 days ago without its report; a deadline."""
    import datetime

    from django.utils import timezone

    from taawun.funding import services as funding
    from taawun.knowledge import services as knowledge

    officer = users["officer"]
    today = timezone.localdate()
    day = date(today.year, 1, 15)
    for title, hours, people in (
        ("Marchés publics", "12", (("Amina", "female", "12"), ("Brahim", "male", "10"))),
        ("Gestion de projet", "6", (("Amina", "female", "6"),)),
    ):
        training = knowledge.training_save(
            by=officer, title_ar="تكوين", title_fr=title, theme="procurement", starts_on=day,
            ends_on=day, hours=D(hours), state="done",
        )  # fmt: skip
        for name, sex, attended in people:
            knowledge.participant_save(
                by=officer, training=training, name=name, sex=sex, category="staff",
                service="Service financier", hours_attended=D(attended),
            )  # fmt: skip
    back = today - datetime.timedelta(days=40)
    mission = knowledge.mission_save(
        by=officer, kind="study_visit", direction="outgoing", title_ar="زيارة",
        title_fr="Visite à Lacanau", places_ar="لاكانو", places_fr="Lacanau",
        objectives_ar="م", objectives_fr="O", starts_on=back - datetime.timedelta(days=4),
        ends_on=back, approval="Délibération 3/2026",
    )  # fmt: skip
    for step in ("plan", "approve", "done"):
        knowledge.mission_step(mission=mission, step=step, by=officer)
    opportunity = funding.opportunity_save(
        by=officer, donor=commune, programme_ar="برنامج", programme_fr="Fonds conjoint",
        summary_ar="م", summary_fr="R", currency="MAD", state="open",
    )  # fmt: skip
    funding.deadline_add(opportunity=opportunity, by=officer,
                         day=today + datetime.timedelta(days=20), time=datetime.time(12, 0))  # fmt: skip
    page = client_for("officer").get(url("reports:dashboard", "en")).content.decode()
    section = page[page.index('id="capacity-title"') :]
    row = section[section.index(f"<bdi>{today.year}</bdi>") :].split("</tr>")[0]
    cells = re.findall(r'class="number"[^>]*><bdi>([^<]*)</bdi>', row)
    assert cells == ["2", "28", "14"]
    assert "Woman: <bdi>1</bdi> person" in row and "Man: <bdi>1</bdi> person" in row
    assert "<bdi>Service financier</bdi> (<bdi>2</bdi>)" in row
    assert "Visite à Lacanau" in section and "mission report due on" in section
    assert "Fonds conjoint" in section
    # Not the partner's: its home has no such section.
    home = client_for("partner").get(url("reports:dashboard", "en")).content.decode()
    assert 'id="capacity-title"' not in home
