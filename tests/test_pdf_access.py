"""The PDFs of the application are readable by a screen reader (issue 10 #12): tagged, with the
document's language and a title, and the links to them say what they open.

The two PDFs are rendered for real (WeasyPrint): the files are checked with poppler's `pdfinfo`
(installed by CI) and by reading the catalog itself.
"""

import re
import shutil
import subprocess
import zlib

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.agreements.tests.test_sheet import TITLE_AR as SHEET_TITLE_AR
from taawun.agreements.tests.test_sheet import agreement  # noqa: F401 - a fixture
from taawun.reports.tests.test_annual import YEAR, region, water  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


def pdf_objects(content):
    """Every object of the PDF as bytes, those packed in compressed object streams included."""
    parts = [content]
    # Each stream is read from its declared length: a compressed stream may end with the byte
    # 0x0D, which a pattern for the "\r\nendstream" that closes it would take away (the file of one
    # CI run in a few hundred then looked as if it had no catalog).
    for match in re.finditer(rb"/Length (\d+)\s*>>\s*stream\r?\n", content):
        stream = content[match.end() : match.end() + int(match.group(1))]
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            continue  # a font or an image: not a dictionary
    return b"\n".join(parts)


def pdfinfo(content, tmp_path):
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path = tmp_path / "document.pdf"
    path.write_bytes(content)
    output = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, check=True, text=True
    ).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in output.splitlines())
    }


def assert_accessible(content, language, tmp_path):
    info = pdfinfo(content, tmp_path)
    assert info["Tagged"] == "yes"
    assert info["Title"]
    objects = pdf_objects(content)
    assert re.search(rb"/MarkInfo\s*<<\s*/Marked\s+true", objects)
    assert b"/StructTreeRoot" in objects
    assert re.search(rb"/Lang\s*\(" + language.encode() + rb"\)", objects)
    # The title shows in the reader's window, not the file name (PDF/UA).
    assert re.search(rb"/DisplayDocTitle\s+true", objects)
    return info


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def body(response):
    """A PDF page's bytes: sent from storage (a built file, streamed) or rendered for the reader."""
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_agreement_sheet_pdf_is_tagged_with_its_language_and_title(
    client_for,
    agreement,  # noqa: F811 - the fixture
    language,
    tmp_path,
):
    response = client_for("officer").get(url("agreements:sheet-pdf", language, pk=agreement.pk))
    info = assert_accessible(body(response), language, tmp_path)
    assert "CONV-2025-017" in info["Title"]
    if language == "ar":
        assert SHEET_TITLE_AR in info["Title"]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_annual_report_pdf_is_tagged_with_its_language_and_title(
    client,
    water,  # noqa: F811 - the fixture
    language,
    tmp_path,
):
    response = client.get(url("report:pdf", language, year=YEAR))
    info = assert_accessible(body(response), language, tmp_path)
    assert str(YEAR) in info["Title"]


# The links say what they open ------------------------------------------------------------------


def test_the_report_links_say_pdf_pages_and_size_once_the_file_is_built(
    client,
    water,  # noqa: F811 - the fixture
    tmp_path,
):
    page, index = url("report:page", "en", year=YEAR), url("report:index", "en")
    assert "Download the report (PDF)</a>" in client.get(page).content.decode()
    assert 'type="application/pdf">PDF</a>' in client.get(index).content.decode()

    pdf = b"".join(client.get(url("report:pdf", "en", year=YEAR)).streaming_content)
    pages = int(pdfinfo(pdf, tmp_path)["Pages"])
    label = f"PDF, {pages} pages, {round(len(pdf) / 1024)} KB"
    assert pages > 1
    assert f"Download the report ({label})</a>" in client.get(page).content.decode()
    assert f'type="application/pdf">{label}</a>' in client.get(index).content.decode()
    # Another language's file is not built yet: its links say "PDF" only.
    assert "(PDF)</a>" in client.get(url("report:page", "fr", year=YEAR)).content.decode()
