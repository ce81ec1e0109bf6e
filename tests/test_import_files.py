"""The review's malformed files (finding 8) and the XLSX bomb (finding 6), through both import
views: each refused with a readable message in the page (400, nothing staged, nothing
imported), or read (Mac line endings); never a server error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from taawun.core.tests import spreadsheets as s

pytestmark = pytest.mark.django_db

IMPORTS = [
    ("officer", "partners:import", "partners-import", "kind,name_ar,name_fr"),
    (
        "finance",
        "projects:transactions-import",
        "transactions-import",
        "project,type,date,provider,amount",
    ),
]
FILES = {
    "bomb": (s.bomb, "f.xlsx", "column names but no rows"),
    "truncated-sheet": (s.truncated_sheet, "f.xlsx", "not a readable XLSX"),
    "malformed-workbook": (s.malformed_workbook, "f.xlsx", "not a readable XLSX"),
    "no-sheet": (s.without_sheet, "f.xlsx", "no sheet"),
    "entity": (s.with_entity, "f.xlsx", "not a readable XLSX"),
    "truncated-zip": (lambda: s.truncated_zip(s.bomb()), "f.xlsx", "not a readable XLSX"),
    "huge-cell": (s.csv_with_huge_cell, "f.csv", "128 KiB"),
    "latin-1": (lambda: s.csv_latin1(["kind,name_fr", "association,Société"]), "f.csv", "UTF-8"),
}


def url(name):
    with translation.override("en"):
        return reverse(name)


@pytest.mark.parametrize("which", list(FILES))
@pytest.mark.parametrize(("role", "name", "session_key", "header"), IMPORTS)
def test_a_malformed_file_is_refused_with_a_message(
    client_for, which, role, name, session_key, header
):
    build, filename, expected = FILES[which]
    client = client_for(role)
    response = client.post(url(name), {"file": SimpleUploadedFile(filename, build())})
    assert response.status_code == 400
    page = response.content.decode()
    assert expected in page
    assert session_key not in client.session


@pytest.mark.parametrize(("role", "name", "session_key", "header"), IMPORTS)
def test_a_mac_csv_reaches_the_preview(client_for, role, name, session_key, header):
    columns = header.split(",")
    values = [f"v{i}" for i in range(len(columns))]
    data = s.csv_mac([";".join(columns), ";".join(values), ";".join(values)])
    response = client_for(role).post(url(name), {"file": SimpleUploadedFile("f.csv", data)})
    assert response.status_code == 200
    expected = dict(zip(columns, values, strict=True))
    assert [row.values for row in response.context["preview"].rows] == [expected, expected]
