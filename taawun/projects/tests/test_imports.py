"""Importing transactions: every row checked in the preview, then all or nothing."""

import io
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from taawun.core.tabular import read_table
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import imports
from taawun.projects.models import Project, Transaction
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
D = Decimal

HEADER = "project,type,date,provider,receiver,amount,currency,description,override_reason"
GOOD_ROWS = [
    "PRJ-BUS,11,2025-02-01,Région Souss-Massa,,800000,MAD,Convention 2025,",
    "PRJ-BUS,commitment,2025-02-15,AFD,,50000,EUR,Prêt,",
    "PRJ-BUS,disbursement,2025-03-01,RSM,Commune d'Aourir,300000,,Première tranche,",
]
# 12/31/2025 is the American order: there is no 31st month.
BAD_ROW = "PRJ-BUS,3,12/31/2025,Région Souss-Massa,,100000,MAD,Deuxième tranche,"


@pytest.fixture
def project(commune):
    return ProjectFactory(
        code="PRJ-BUS", planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31)
    )


@pytest.fixture(autouse=True)
def partners(commune, euro_rates):
    return {
        "region": PartnerFactory(
            name_fr="Région Souss-Massa", name_ar="جهة سوس ماسة", acronym="RSM"
        ),
        "afd": PartnerFactory(
            name_fr="Agence française de développement", acronym="AFD", country="FR"
        ),
    }


def csv_upload(rows, header=HEADER, separator=",", name="transactions.csv"):
    lines = [header, *rows]
    text = "\n".join(line.replace(",", separator) for line in lines) + "\n"
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def table(*lines, header=HEADER):
    names = header.split(",")
    return names, [dict(zip(names, line.split(","), strict=True)) for line in lines]


def url(name="projects:transactions-import"):
    with translation.override("en"):
        return reverse(name)


def row_errors(preview):
    return {row.number: " ".join(row.errors) for row in preview.rows if row.errors}


def test_three_good_rows_and_one_bad_show_the_error_on_its_row_and_import_nothing(
    client_for, project
):
    client = client_for("finance")
    client.post(url(), {"file": csv_upload(GOOD_ROWS)})  # an earlier, clean file is forgotten
    response = client.post(url(), {"file": csv_upload([*GOOD_ROWS[:2], BAD_ROW, GOOD_ROWS[2]])})
    page = response.content.decode()
    assert response.status_code == 200
    preview = response.context["preview"]
    assert list(row_errors(preview)) == [4]  # header is row 1
    assert "12/31/2025" in row_errors(preview)[4]
    assert 'class="row-error"' in page
    assert url("projects:transactions-import-commit") not in page  # no button to commit
    # A forged commit right after the failed preview imports nothing either.
    response = client.post(url("projects:transactions-import-commit"))
    assert response.status_code == 302
    assert Transaction.objects.count() == 0
    project.refresh_from_db()
    assert project.committed_mad == 0


def test_the_commit_names_the_rows_that_went_wrong_since_the_preview(client_for, project, partners):
    client = client_for("finance")
    response = client.post(url(), {"file": csv_upload(GOOD_ROWS)})
    assert response.context["preview"].is_valid
    partners["afd"].acronym = "Groupe AFD"  # renamed in the register between preview and commit
    partners["afd"].save()
    response = client.post(url("projects:transactions-import-commit"))
    assert response.status_code == 302
    assert Transaction.objects.count() == 0
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "rows 3;" in text or "rows 3)" in text


def test_a_rejected_import_raises_with_the_rows_and_saves_nothing(project):
    header, rows = table(*GOOD_ROWS[:2], BAD_ROW, GOOD_ROWS[2])
    with pytest.raises(imports.ImportRejected) as rejected:
        imports.import_transactions(header=header, rows=rows)
    assert list(row_errors(rejected.value.preview)) == [4]
    assert Transaction.objects.count() == 0


def test_a_clean_file_is_previewed_then_committed_with_history(client_for, project, users):
    client = client_for("finance")
    response = client.post(url(), {"file": csv_upload(GOOD_ROWS)})
    assert response.context["preview"].is_valid, row_errors(response.context["preview"])
    assert Transaction.objects.count() == 0  # the preview writes nothing
    project.refresh_from_db()
    assert project.committed_mad == 0
    response = client.post(url("projects:transactions-import-commit"))
    assert response.status_code == 302
    assert Transaction.objects.count() == 3
    loan = Transaction.objects.get(currency="EUR")
    assert loan.mad_value == D("540000.00")  # 50 000 EUR at 10.80 on 15 February 2025
    assert loan.recorded_by == users["finance"]
    assert loan.history.get().history_user == users["finance"]
    tranche = Transaction.objects.get(type="3")
    assert tranche.provider.acronym == "RSM" and tranche.receiver.name_fr == "Commune d'Aourir"
    project.refresh_from_db()
    assert project.committed_mad == D("1340000.00")
    assert project.disbursed_mad == D("300000.00")


def test_a_disbursement_above_what_the_file_committed_needs_a_reason(project):
    commitment = "PRJ-BUS,11,2025-02-01,RSM,,100000,MAD,,"
    too_much = "PRJ-BUS,3,2025-03-01,RSM,,150000,MAD,,"
    header, rows = table(commitment, too_much)
    preview = imports.preview_transactions(header, rows)
    assert list(row_errors(preview)) == [3]
    # the committed amount, grouped in the reader's language ("100 000", "100,000")
    assert "100000" in re.sub(r"[\s,.\u00a0\u202f]", "", row_errors(preview)[3])

    header, rows = table(commitment, too_much + "Avenant en cours de signature")
    assert imports.import_transactions(header=header, rows=rows) == 2


def test_the_rows_above_count_in_the_order_of_the_file(project):
    # The disbursement comes before the commitment that would cover it.
    header, rows = table(
        "PRJ-BUS,3,2025-03-01,RSM,,100000,MAD,,",
        "PRJ-BUS,11,2025-02-01,RSM,,100000,MAD,,",
        "PRJ-BUS,3,2025-04-01,RSM,,100000,MAD,,",
    )
    preview = imports.preview_transactions(header, rows)
    assert list(row_errors(preview)) == [2]


def test_a_disbursement_within_what_was_already_recorded_and_the_file_committed_passes(project):
    header, rows = table("PRJ-BUS,11,2025-02-01,RSM,,100000,MAD,,")
    imports.import_transactions(header=header, rows=rows)
    header, rows = table(
        "PRJ-BUS,11,2025-05-01,RSM,,50000,MAD,,",
        "PRJ-BUS,3,2025-06-01,RSM,,150000,MAD,,",
    )
    assert imports.preview_transactions(header, rows).is_valid


def test_a_utf8_csv_with_semicolons_french_labels_and_french_numbers_is_read(client_for, project):
    header = HEADER.replace(",", ";")
    text = "\n".join(
        [
            header,
            "PRJ-BUS;Engagement;01/02/2025;جهة سوس ماسة;;1 250 000,50;MAD;Convention, avenant 1;",
            "PRJ-BUS;Décaissement;01/03/2025;Région Souss-Massa;;250 000;MAD;Tranche « 1 »;",
            "PRJ-BUS;نفقات;15/03/2025;Commune d'Aourir;;1.000,00;MAD;Études;",
        ]
    )
    client = client_for("finance")
    upload = SimpleUploadedFile("t.csv", ("\ufeff" + text).encode("utf-8"))
    response = client.post(url(), {"file": upload})
    preview = response.context["preview"]
    assert preview.is_valid, row_errors(preview)
    client.post(url("projects:transactions-import-commit"))
    assert Transaction.objects.count() == 3
    commitment = Transaction.objects.get(type="11")
    assert commitment.amount == D("1250000.50") and commitment.date == date(2025, 2, 1)
    assert commitment.description == "Convention, avenant 1"
    assert Transaction.objects.get(type="4").amount == D("1000.00")


def test_xlsx_files_with_date_and_number_cells_are_read(project):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    sheet.append(["PRJ-BUS", 11, datetime(2025, 2, 1), "RSM", None, 800000, "MAD", "", ""])
    sheet.append(["PRJ-BUS", "Disbursement", datetime(2025, 3, 1), "RSM", None, 250000.5, None])
    sheet.append(["PRJ-BUS", "التزام", "2025-04-01", "AFD", None, 1000, "EUR", "", ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    header, rows = read_table(SimpleUploadedFile("t.xlsx", buffer.getvalue()))
    preview = imports.preview_transactions(header, rows)
    assert preview.is_valid, row_errors(preview)
    assert imports.import_transactions(header=header, rows=rows) == 3
    assert Transaction.objects.get(type="3").amount == D("250000.50")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "neither a CSV"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "neither a CSV"),
        (b"PK\x03\x04not really a zip", "not a readable XLSX"),
        (b"", "empty"),
    ],
)
def test_files_that_are_not_spreadsheets_are_refused_with_a_message(
    client_for, project, content, message
):
    response = client_for("finance").post(
        url(), {"file": SimpleUploadedFile("transactions.xlsx", content)}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Transaction.objects.count() == 0


def test_a_file_over_the_row_limit_is_refused_with_the_limit_stated(client_for, project, settings):
    settings.IMPORT_MAX_ROWS = 2
    response = client_for("finance").post(url(), {"file": csv_upload(GOOD_ROWS)})
    assert response.status_code == 400
    assert "at most 2" in response.content.decode()


def test_a_file_missing_required_columns_is_refused_as_a_whole(client_for, project):
    upload = SimpleUploadedFile("t.csv", b"project,date\nPRJ-BUS,2025-01-01\n")
    response = client_for("finance").post(url(), {"file": upload})
    assert not response.context["preview"].is_valid
    assert "amount, provider, type" in response.content.decode()


def test_unknown_and_ambiguous_names_and_codes_are_explained(project):
    PartnerFactory(name_fr="Coopération belge", acronym="CB")
    PartnerFactory(name_fr="Commune de Bruxelles", acronym="CB")
    header, rows = table(
        "PRJ-NONE,11,2025-02-01,RSM,,1000,MAD,,",
        "PRJ-BUS,11,2025-02-01,CB,,1000,MAD,,",
        "PRJ-BUS,11,2025-02-01,Inconnu,,1000,MAD,,",
        "PRJ-BUS,gift,2025-02-01,RSM,,1000,MAD,,",
        "PRJ-BUS,11,2025-02-01,,,1000,MAD,,",
    )
    with translation.override("en"):
        errors = row_errors(imports.preview_transactions(header, rows))
    assert "PRJ-NONE" in errors[2]
    assert "several partners" in errors[3]
    assert "no partner is called “Inconnu”" in errors[4]
    assert "gift" in errors[5]
    assert "Provider" in errors[6]


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("PRJ-BUS,11,2025-02-01,RSM,,-5000,MAD,,", "0.01"),  # negative
        ("PRJ-BUS,11,2025-02-01,RSM,,0,MAD,,", "0.01"),
        ("PRJ-BUS,11,2025-02-01,RSM,,90000000000,MAD,,", "not plausible"),
        ("PRJ-BUS,11,2025-02-01,RSM,,1000,USD,,", "No exchange rate"),
        ("PRJ-BUS,11,2025-02-01,RSM,,mille,MAD,,", "number"),
        ("PRJ-BUS,11,2025-02-01,RSM,,1000,XXZ,,", "currency"),
    ],
)
def test_amounts_and_currencies_that_cannot_be_recorded_are_refused(project, line, word):
    header, rows = table(line)
    with translation.override("en"):
        preview = imports.preview_transactions(header, rows)
    assert word in row_errors(preview)[2]


def test_a_date_outside_the_project_is_a_warning_not_an_error(client_for, project):
    response = client_for("finance").post(
        url(), {"file": csv_upload(["PRJ-BUS,11,2024-06-01,RSM,,1000,MAD,,"])}
    )
    preview = response.context["preview"]
    assert preview.is_valid and preview.warning_count == 1
    assert 'class="warninglist"' in response.content.decode()
    assert Transaction.objects.count() == 0


def test_the_preview_leaves_the_project_and_its_history_untouched(project):
    header, rows = table(*GOOD_ROWS)
    before = Project.history.count()
    assert imports.preview_transactions(header, rows).is_valid
    assert Transaction.objects.count() == 0 and Transaction.history.count() == 0
    assert Project.history.count() == before


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        ("admin", 200),
        ("finance", 200),
        ("officer", 403),
        ("council", 403),
        ("partner", 403),
        ("association", 403),
    ],
)
def test_only_admin_and_finance_may_import(client_for, role, status):
    client = client_for(role)
    assert client.get(url()).status_code == status
    assert client.get(url("projects:transactions-import-template")).status_code == status
    commit = client.post(url("projects:transactions-import-commit"))
    assert commit.status_code == (302 if status == 200 else status)


def test_the_template_lists_the_columns_the_import_reads(client_for):
    response = client_for("finance").get(url("projects:transactions-import-template"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(imports.COLUMNS)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("1 250 000,50", "1250000.50"),
        ("1\u202f250\u00a0000", "1250000"),
        ("1,250,000.50", "1250000.50"),
        ("1.250.000,50", "1250000.50"),
        ("1.250.000", "1250000"),
        ("250000.5", "250000.5"),
        ("12,5", "12.5"),
        ("-500", "-500"),
        ("1,250", None),  # 1 250 in English, 1,25 in French: refused, not guessed
        ("12.500", None),
    ],
)
def test_amounts_are_read_as_written_in_french_or_english(written, read):
    assert imports._amount(written) == read


def test_an_amount_that_reads_two_ways_is_refused_on_its_row(project):
    header, rows = table("PRJ-BUS,11,2025-02-01,RSM,,X,MAD,,")
    rows[0]["amount"] = "12,500"
    with translation.override("en"):
        errors = row_errors(imports.preview_transactions(header, rows))
    assert "two ways" in errors[2]
