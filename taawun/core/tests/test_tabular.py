"""Reading uploaded spreadsheets (issue 11 #6): the reader stops at the row and column limits
whatever the file declares, memory stays bounded, and every malformed file is refused with a
readable message (or, for Mac line endings, read)."""

import io
import tracemalloc

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from openpyxl import Workbook

from taawun.core.tabular import IMPORT_MAX_COLUMNS, read_table

from . import spreadsheets as s


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def upload(data, name="f.xlsx"):
    return SimpleUploadedFile(name, data)


def refusal(data, name="f.xlsx"):
    with pytest.raises(ValidationError) as caught:
        read_table(upload(data, name))
    return " ".join(caught.value.messages)


def test_the_bomb_is_tiny_and_refused_with_a_message_in_bounded_memory():
    data = s.bomb()
    assert len(data) < 2_000
    tracemalloc.start()
    try:
        message = refusal(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "column names but no rows" in message
    assert peak < 50 * 1_048_576, f"peak {peak / 1_048_576:.1f} MB"


def test_the_bomb_without_a_header_is_an_empty_file():
    assert "empty" in refusal(s.bomb(header=()))


@override_settings(IMPORT_MAX_ROWS=3)
def test_reading_stops_one_row_past_the_limit():
    rows = "".join(
        f'<row r="{n}">{s.cell(f"A{n}", "name" if n == 1 else f"v{n}")}</row>' for n in range(1, 9)
    )
    assert "too many rows" in refusal(s.xlsx(s.sheet(rows, dimension="A1:A8")))
    csv = "\n".join(["name", *[f"v{n}" for n in range(10)]]).encode()
    assert "too many rows" in refusal(csv, "f.csv")


def test_cells_past_the_column_cap_are_never_read():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([f"c{i}" for i in range(IMPORT_MAX_COLUMNS + 10)])
    sheet.append([str(i) for i in range(IMPORT_MAX_COLUMNS + 10)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    header, rows = read_table(upload(buffer.getvalue()))
    assert len(header) == IMPORT_MAX_COLUMNS
    assert f"c{IMPORT_MAX_COLUMNS}" not in rows[0]


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (s.truncated_sheet, "not a readable XLSX"),
        (s.malformed_workbook, "not a readable XLSX"),
        (s.without_sheet, "no sheet"),
        (s.with_entity, "not a readable XLSX"),
        (lambda: s.truncated_zip(s.bomb()), "not a readable XLSX"),
    ],
    ids=["truncated-sheet", "malformed-workbook", "no-sheet", "entity", "truncated-zip"],
)
def test_a_broken_xlsx_is_refused_with_a_message(build, expected):
    message = refusal(build())
    assert expected in message
    assert "root:" not in message


def test_a_csv_cell_over_128_kib_is_refused_with_its_line():
    message = refusal(s.csv_with_huge_cell(), "f.csv")
    assert "Line 2" in message and "128 KiB" in message


def test_a_mac_csv_is_read_like_any_other():
    header, rows = read_table(
        upload(s.csv_mac(["kind;name_fr", "association;Amis de la plage", "ngo;Atlas"]), "f.csv")
    )
    assert header == ["kind", "name_fr"]
    assert [row["name_fr"] for row in rows] == ["Amis de la plage", "Atlas"]


def test_a_csv_not_in_utf8_is_refused():
    assert "UTF-8" in refusal(s.csv_latin1(["kind,name_fr", "association,Société"]), "f.csv")


def test_an_unclosed_quote_is_a_message_not_a_crash():
    # The csv module reads an unclosed quote to the end of the file: at worst one long cell.
    data = ("name\n" + '"' + "x" * 140_000 + "\n").encode()
    assert "cannot be read" in refusal(data, "f.csv")
