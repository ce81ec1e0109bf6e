"""The annual cooperation report: a public page and PDF per year, in the reader's language,
built from public data only, in a fixed number of queries."""

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import services
from taawun.projects.choices import ActivityStatus
from taawun.projects.models import Indicator, IndicatorPeriod, Project, Transaction
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.reports.annual import active_in, annual_report, years_with_data
from taawun.reports.views.annual import report_stylesheet
from taawun.territory.models import CommuneProfile
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db

D = Decimal
YEAR = 2025
TITLE_AR = "مشاريع الماء الصالح للشرب بإيمي ميقي"  # "ري": Amiri's kerning split it
TITLE_FR = "Eau potable d'Imi Miqi"
REGION_AR = "مجلس جهة سوس ماسة"
REGION_FR = "Conseil de la Région Souss-Massa"
AGREEMENT_FR = "Convention de l'eau potable d'Imi Miqi"
# What must never reach the portal: a project and an agreement kept private, a draft agreement,
# and the partner whose only money is on the private project.
SECRET_PROJECT_AR = "مشروع سري زيتا"
SECRET_PROJECT_FR = "Projet confidentiel Zeta"
SECRET_AGREEMENT_FR = "Convention confidentielle Omega"
DRAFT_AGREEMENT_FR = "Projet de convention Sigma"
SECRET_PARTNER_FR = "Bailleur discret Kappa"
SECRETS = [SECRET_PROJECT_AR, SECRET_PROJECT_FR, SECRET_AGREEMENT_FR, DRAFT_AGREEMENT_FR]
# An anonymous visitor, the commune profile cached by a first request: projects started and
# completed, key figures (3), money of the year, partners, agreements with their parties (2),
# results, the years with data (3), the year's projects with their domains (2), domains,
# localities (3), objectives and money by year (2), the PDF's size and pages as the worker built
# it (1). The same with 2 projects as with 12.
PAGE_QUERIES = 22


def url(name, language="ar", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def pay(project, kind, provider, amount, day):
    """A transaction in MAD, recorded directly: the report reads what services would write."""
    Transaction.objects.create(
        project=project,
        type=kind,
        date=day,
        provider=provider,
        amount=amount,
        currency="MAD",
        rate=D("1"),
        mad_value=amount,
    )


def measure(project, target, actual, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31)):
    indicator = Indicator.objects.create(
        project=project, name_ar="مؤشر", name_fr="Foyers raccordés", result_type="1", measure="1"
    )
    IndicatorPeriod.objects.create(
        indicator=indicator, period_start=start, period_end=end, target=target, actual=actual
    )


def in_force(title_fr, partner, signed_on, **kwargs):
    agreement = AgreementFactory(
        title_fr=title_fr, stage=Stage.IN_FORCE, entered_into_force_on=signed_on, **kwargs
    )
    party = PartyFactory(agreement=agreement, partner=partner)
    ObligationFactory(party=party, amount=D("2000000"))
    return agreement


@pytest.fixture
def region(db):
    return PartnerFactory(name_fr=REGION_FR, name_ar=REGION_AR, kind="region")


@pytest.fixture
def water(commune, region):
    """A public project under way in 2025: the region commits 4 million and pays 1.5 million
    in 2025; the commune committed 1 million in 2024. One result: 8 of 10 households."""
    project = ProjectFactory(
        code="AOU-EAU",
        title_ar=TITLE_AR,
        title_fr=TITLE_FR,
        budget=D("10000000"),
        planned_start=date(2024, 3, 1),
        planned_end=date(2026, 6, 30),
        owner=commune,
    )
    project.domains.add(DomainFactory(code="water", name_fr="Eau potable", name_ar="الماء"))
    LocationFactory(project=project, locality=LocalityFactory(name_fr="Imi Miqi", population=800))
    pay(project, "11", commune, D("1000000"), date(2024, 5, 1))
    pay(project, "11", region, D("4000000"), date(YEAR, 2, 1))
    pay(project, "3", region, D("1500000"), date(YEAR, 9, 1))
    services.project_refresh_totals(project)
    measure(project, D("10"), D("8"))
    in_force(AGREEMENT_FR, region, date(YEAR, 4, 10), title_ar="اتفاقية الماء")
    return project


@pytest.fixture
def private_records(commune):
    """What is not public: a private project with its own partner's money, a private agreement
    in force and a draft agreement (public, but not yet published)."""
    partner = PartnerFactory(name_fr=SECRET_PARTNER_FR, name_ar="ممول سري", kind="company")
    project = ProjectFactory(
        title_ar=SECRET_PROJECT_AR, title_fr=SECRET_PROJECT_FR, is_public=False
    )
    pay(project, "11", partner, D("777000"), date(YEAR, 3, 1))
    services.project_refresh_totals(project)
    measure(project, D("5"), D("5"))
    in_force(SECRET_AGREEMENT_FR, partner, date(YEAR, 5, 1), is_public=False)
    AgreementFactory(title_fr=DRAFT_AGREEMENT_FR, stage=Stage.DRAFT)
    return project


def pdf_text(content, tmp_path):
    """The PDF's text layer, as pdftotext reads it, without the bidi marks it adds."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


# The page ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "direction", "title"),
    [("ar", "rtl", TITLE_AR), ("fr", "ltr", TITLE_FR), ("en", "ltr", TITLE_FR)],
)
def test_the_page_is_in_the_readers_language_and_direction(
    client, water, language, direction, title
):
    response = client.get(url("report:page", language, year=YEAR))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert escape(title) in html
    assert escape(REGION_AR if language == "ar" else REGION_FR) in html
    assert url("report:pdf", language, year=YEAR) in html
    assert "reports/annual.css" in html
    # The year is a name, not an amount: never grouped as "2 025" or "2,025".
    assert "2\xa0025" not in html and "2,025" not in html and "2 025" not in html


def test_the_page_shows_the_money_of_the_year_only(client, water):
    html = client.get(url("report:page", "fr", year=YEAR)).content.decode()
    assert "4\xa0000\xa0000" in html  # committed in 2025 by the region
    assert "1\xa0500\xa0000" in html  # disbursed in 2025


def test_the_page_has_no_inline_style_and_no_svg(client, water):
    html = client.get(url("report:page", "ar", year=YEAR)).content.decode()
    assert "style=" not in html
    assert "<style" not in html
    assert "<svg" not in html
    assert 'class="fill committed bar-100"' in html  # the region: the year's largest partner
    assert 'class="fill achieved bar-80"' in html  # 8 households of 10


@pytest.mark.slow
def test_a_year_without_data_explains_itself(client, water):
    response = client.get(url("report:page", "en", year=2015))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing recorded for 2015" in html
    assert url("report:page", "en", year=YEAR) in html  # the years that do have a report
    assert url("report:pdf", "en", year=2015) not in html
    assert client.get(url("report:pdf", "en", year=2015)).status_code == 200


def test_an_empty_register_explains_itself_too(client, commune):
    response = client.get(url("report:page", "fr", year=YEAR))
    assert response.status_code == 200
    index = client.get(url("report:index", "fr"))
    assert index.status_code == 200


@pytest.mark.parametrize("year", [1900, timezone.localdate().year + 1])
def test_there_is_no_report_before_the_register_or_for_a_year_to_come(client, water, year):
    assert client.get(url("report:page", "fr", year=year)).status_code == 404
    assert client.get(url("report:pdf", "fr", year=year)).status_code == 404


def test_the_index_lists_the_years_with_data_and_links_the_latest(client, water):
    html = client.get(url("report:index", "fr")).content.decode()
    years = years_with_data()
    assert years[0] == timezone.localdate().year  # the water project runs until mid-2026
    assert {2024, 2025} <= set(years)
    assert 2023 not in years
    for year in years:
        assert url("report:page", "fr", year=year) in html
        assert url("report:pdf", "fr", year=year) in html


@pytest.mark.parametrize("role", [None, "admin", "officer", "finance", "council", "partner"])
def test_the_report_is_public_for_everyone(client_for, water, role):
    client = client_for(role)
    assert client.get(url("report:index", "ar")).status_code == 200
    assert client.get(url("report:page", "ar", year=YEAR)).status_code == 200


def test_the_dashboard_links_to_this_years_report(client_for, water):
    html = client_for("officer").get(url("reports:dashboard", "fr")).content.decode()
    assert url("report:page", "fr", year=timezone.localdate().year) in html


# The PDF ----------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_pdf_is_an_inline_pdf_named_after_the_year_and_language(client, water, language):
    response = client.get(url("report:pdf", language, year=YEAR))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"] == f'inline; filename="annual-report-{YEAR}-{language}.pdf"'
    )
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.slow
def test_the_arabic_pdf_carries_joined_arabic_text(client, water, tmp_path):
    text = pdf_text(
        b"".join(client.get(url("report:pdf", "ar", year=YEAR)).streaming_content), tmp_path
    )
    # Whole words in reading order: letters, not the isolated presentation forms that a
    # font drawing dotless bodies plus dots would leave in the text layer.
    assert TITLE_AR in text
    assert REGION_AR in text
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)
    assert "4 000 000" in text.replace("\xa0", " ")


@pytest.mark.slow
def test_the_french_pdf_carries_the_french_title_and_grouped_numbers(client, water, tmp_path):
    text = pdf_text(
        b"".join(client.get(url("report:pdf", "fr", year=YEAR)).streaming_content), tmp_path
    )
    assert TITLE_FR in text
    assert REGION_FR in text
    assert "1 500 000" in text.replace("\xa0", " ")


def test_the_pdf_stylesheet_reads_only_local_fonts(water):
    with translation.override("ar"):
        css = report_stylesheet({"year": YEAR, "commune": CommuneProfile.current()})
    addresses = re.findall(r"url\(\"?([^\")]+)", css)
    assert addresses and all(address.startswith("file://") for address in addresses)
    assert "@media (" not in css  # WeasyPrint knows no media features


# Public data only -------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_nothing_private_reaches_the_page_or_the_pdf(
    client, water, private_records, language, tmp_path
):
    html = client.get(url("report:page", language, year=YEAR)).content.decode()
    text = pdf_text(
        b"".join(client.get(url("report:pdf", language, year=YEAR)).streaming_content), tmp_path
    )
    for secret in [*SECRETS, SECRET_PARTNER_FR]:
        assert escape(secret) not in html
        assert secret not in text
    assert "777\xa0000" not in html  # nor its money in any total
    assert "4\xa0777\xa0000" not in html


def test_the_figures_count_public_records_only(water, private_records):
    with translation.override("fr"):
        report = annual_report(YEAR)
    assert report["figures"]["count"] == 1
    assert report["money"] == {"committed": D("4000000"), "disbursed": D("1500000"), "spent": 0}
    assert [row["name"] for row in report["partners"]] == [REGION_FR]
    assert [a.title_fr for a in report["agreements"]] == [AGREEMENT_FR]
    assert [r["percent"] for r in report["results"]] == [D("80")]


# What "the year" means --------------------------------------------------------------------------


def test_the_figures_of_the_year(water):
    with translation.override("fr"):
        report = annual_report(YEAR)
    assert report["has_data"]
    assert (report["started"], report["completed"]) == (0, 0)  # started in 2024, ends in 2026
    assert report["partners"][0]["committed"] == D("4000000")
    assert report["partners"][0]["share"] == D("100.0")
    assert report["agreements_committed"] == D("2000000")
    assert [row["year"] for row in report["by_year"]] == [2024, 2025]
    assert report["by_year"][-1]["is_current"]
    assert [row["name"] for row in report["domains"]] == ["Eau potable"]
    assert [row["locality"].name for row in report["localities"]] == ["Imi Miqi"]


def test_a_project_counts_in_the_years_its_dates_overlap_or_its_money_moves(commune):
    """Dates decide, except for a cancelled project: only the years its money moved."""
    ended = ProjectFactory(planned_start=date(2022, 1, 1), planned_end=date(2024, 6, 30))
    open_ended = ProjectFactory(planned_start=date(2024, 1, 1), planned_end=None)
    undated = ProjectFactory(planned_start=None, planned_end=None)
    pay(undated, "3", commune, D("1000"), date(YEAR, 6, 1))
    cancelled = ProjectFactory(status=ActivityStatus.CANCELLED, planned_start=date(2024, 1, 1))
    pay(cancelled, "11", commune, D("1000"), date(2024, 2, 1))
    in_2024 = set(active_in(Project.public_objects.all(), 2024))
    in_2025 = set(active_in(Project.public_objects.all(), YEAR))
    assert in_2024 == {ended, open_ended, cancelled}  # the cancelled one moved money in 2024
    assert in_2025 == {open_ended, undated}


def test_an_agreement_counts_in_the_year_it_entered_into_force(water, region):
    in_force("Convention de 2024", region, date(2024, 12, 31))
    with translation.override("fr"):
        assert [a.title_fr for a in annual_report(YEAR)["agreements"]] == [AGREEMENT_FR]
        assert [a.title_fr for a in annual_report(2024)["agreements"]] == ["Convention de 2024"]


def test_a_result_counts_in_every_year_its_period_overlaps(water):
    measure(water, D("4"), D("6"), start=date(2024, 9, 1), end=date(YEAR, 6, 30))
    with translation.override("fr"):
        assert len(annual_report(2024)["results"]) == 1
        assert len(annual_report(YEAR)["results"]) == 2
        assert annual_report(YEAR)["results_met"] == 1  # 6 of 4: 150 %


# Query budget -----------------------------------------------------------------------------------


def grow(count, region):
    domains = [DomainFactory(code=f"report-{i}") for i in range(3)]
    for n in range(count):
        project = ProjectFactory(planned_start=date(YEAR, 1 + n % 12, 1))
        project.domains.set(domains[: 1 + n % 3])
        LocationFactory(project=project)
        provider = PartnerFactory()
        pay(project, "11", provider, D("100000"), date(YEAR, 3, 1))
        pay(project, "3", region, D("50000"), date(YEAR, 4, 1))
        pay(project, "4", region, D("20000"), date(YEAR - 1, 4, 1))
        services.project_refresh_totals(project)
        measure(project, D("10"), D(n))
        in_force(f"Convention {n}", provider, date(YEAR, 6, 1))


def count_queries(client):
    page = url("report:page", "ar", year=YEAR)
    client.get(page)  # warm the session and the commune profile's cache outside the count
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page)
    assert response.status_code == 200
    return len(queries)


def test_the_page_runs_the_same_queries_for_2_projects_as_for_12(
    client, water, region, django_assert_max_num_queries
):
    grow(1, region)
    few = count_queries(client)
    grow(10, region)
    many = count_queries(client)
    assert few == many, f"{few} queries with 2 projects, {many} with 12"
    with django_assert_max_num_queries(PAGE_QUERIES):
        client.get(url("report:page", "fr", year=YEAR))


# Pieces -----------------------------------------------------------------------------------------


# The bars' steps: core/tests/test_bars.py (one helper for every bar).
