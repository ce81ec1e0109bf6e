"""The writers hold whatever is stored: text saved before the text rule (core.text), with control
characters and bidi controls, is written directly here (around the services) and every file
still answers — the IATI file well-formed and valid, the Atom feeds, the XLSX files — and XLSX
cells keep the text as it is typed (no apostrophe), while CSV keeps its formula protection."""

import io
import zipfile
from datetime import date

import pytest
from lxml import etree
from openpyxl import load_workbook

from taawun.partners.models import Partner
from taawun.projects.models import Project, Transaction, Update

from .test_iati import fetch, portfolio, schema  # noqa: F401  (portfolio is a fixture)

pytestmark = pytest.mark.django_db

DIRTY = "Transport\x0b scolaire\x1b \u202eMAD 2026\u202c\x7f"
CONTROLS = ["\x0b", "\x1b", "\x7f", "\u202e", "\u202c"]


def spoil(project):
    """Control characters in the stored text, as rows from before the rule would hold them."""
    Project.objects.filter(pk=project.pk).update(
        title_fr=DIRTY, description_ar=DIRTY, code="TR-2024"
    )
    Transaction.objects.filter(project=project).update(description_fr=DIRTY)
    Partner.objects.filter(name_fr="INDH").update(name_fr=f"INDH{DIRTY}")
    Update.objects.create(
        project=project,
        date=date(2025, 5, 10),
        title_ar="الحافلة",
        title_fr=DIRTY,
        body_fr=DIRTY,
        is_public=True,
    )


def test_the_iati_file_stays_well_formed_and_valid(client, portfolio):  # noqa: F811
    spoil(portfolio)
    root = fetch(client, "/open-data/iati/activities.xml")
    schema("iati-activities-schema.xsd").assertValid(root)
    text = etree.tostring(root, encoding="unicode")
    assert "Transport scolaire MAD 2026" in text
    assert not any(c in text for c in CONTROLS)
    organisation = fetch(client, "/open-data/iati/organisation.xml")
    schema("iati-organisations-schema.xsd").assertValid(organisation)


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_atom_feeds_answer_and_parse(client, portfolio, language):  # noqa: F811
    spoil(portfolio)
    response = client.get(f"/open-data/updates-{language}.atom")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    titles = root.xpath("//a:entry/a:title/text()", namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert titles and all(not any(c in t for c in CONTROLS) for t in titles)


def sheet_xml(response):
    content = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        name = next(n for n in archive.namelist() if n.startswith("xl/worksheets/"))
        return content, archive.read(name).decode()


def test_the_open_data_xlsx_answers_with_the_text_cleaned(client, portfolio):  # noqa: F811
    spoil(portfolio)
    response = client.get("/open-data/projects.xlsx")
    assert response.status_code == 200
    content, xml = sheet_xml(response)
    assert "Transport scolaire MAD 2026" in xml
    assert not any(c in xml for c in CONTROLS)
    assert client.get("/open-data/transactions.xlsx").status_code == 200


@pytest.fixture
def formula_like(portfolio):  # noqa: F811
    Project.objects.filter(pk=portfolio.pk).update(
        title_fr="+33 projet", title_en="-addr", title_ar='=HYPERLINK("http://x.org","a")'
    )
    Transaction.objects.filter(project=portfolio).update(description_fr="@SUM(1)")
    return portfolio


def test_xlsx_writes_text_as_inline_strings_without_an_apostrophe(client, formula_like):
    response = client.get("/open-data/projects.xlsx")
    content, xml = sheet_xml(response)
    assert "<f>" not in xml and "<f " not in xml  # no cell is a formula
    assert 't="inlineStr"' in xml and "'+33" not in xml
    rows = list(load_workbook(io.BytesIO(content), read_only=True).worksheets[0].values)
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["title_fr"] == "+33 projet"
    assert record["title_en"] == "-addr"
    assert record["title_ar"] == '=HYPERLINK("http://x.org","a")'
    _content, xml = sheet_xml(client.get("/open-data/transactions.xlsx"))
    assert "@SUM(1)" in xml and "'@SUM" not in xml


def test_csv_keeps_its_formula_protection(client, formula_like):
    text = b"".join(client.get("/open-data/projects.csv").streaming_content).decode()
    assert "'+33 projet" in text and "'-addr" in text and "'=HYPERLINK" in text
    text = b"".join(client.get("/open-data/transactions.csv").streaming_content).decode()
    assert "'@SUM(1)" in text
