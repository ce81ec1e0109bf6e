"""The partner import must not trip over itself (issue 10 #5, the UX review's H3): the template
is built from this commune's registers and its example row imports as it is, labels are
accepted as well as codes, the allowed values are listed (page and XLSX), a row's errors are
its first cell, and the commit links to the partners just imported."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from taawun.partners import imports
from taawun.partners.choices import PartnerKind
from taawun.partners.models import Partner
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def coast(commune):
    return DomainFactory(
        code="coast-environment", name_fr="Littoral et environnement", name_ar="الساحل والبيئة"
    )


def download(client, fmt):
    response = client.get(url("partners:import-template-file", fmt=fmt))
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return b"".join(response)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_templates_example_row_imports_without_error(client_for, coast, fmt):
    client = client_for("officer")
    data = download(client, fmt)
    response = client.post(
        url("partners:import"), {"file": SimpleUploadedFile(f"template.{fmt}", data)}
    )
    preview = response.context["preview"]
    assert preview.is_valid, [row.errors for row in preview.rows]
    response = client.post(url("partners:import-commit"), follow=True)
    partner = Partner.objects.get(name_fr="Association exemple pour le développement")
    assert list(partner.domains.values_list("code", flat=True)) == ["coast-environment"]
    assert partner.kind == PartnerKind.ASSOCIATION
    # The message links to the partner just imported.
    assert f'href="{partner.get_manage_url()}"' in response.content.decode()


def test_the_old_csv_template_address_gives_the_same_example(client_for, coast):
    response = client_for("officer").get(url("partners:import-template"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "coast-environment" in text and "environment," not in text


def test_the_xlsx_template_has_a_sheet_of_allowed_values(client_for, coast):
    workbook = load_workbook(io.BytesIO(download(client_for("officer"), "xlsx")), read_only=True)
    assert len(workbook.worksheets) == 2
    with translation.override("ar"):
        from django.utils.translation import gettext

        assert workbook.sheetnames[1] == gettext("Allowed values")[:31]
    rows = [tuple(r) for r in workbook.worksheets[1].iter_rows(values_only=True)]
    codes = {(row[0], row[1]) for row in rows[1:]}
    assert ("kind", "association") in codes
    assert ("status", "active") in codes
    assert ("domains", "coast-environment") in codes
    assert ("domains", "coast-environment", "الساحل والبيئة", "Littoral et environnement") in {
        row[:4] for row in rows
    }


def test_the_import_page_lists_the_allowed_values(client_for, coast):
    page = client_for("officer").get(url("partners:import", "fr")).content.decode()
    assert "coast-environment" in page and "Littoral et environnement" in page
    assert "association" in page and "active" in page


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_labels_are_accepted_as_well_as_codes(coast, lang):
    with translation.override(lang):
        kind = str(PartnerKind.ASSOCIATION.label)
    domain = {"ar": "الساحل والبيئة", "fr": "littoral et  ENVIRONNEMENT", "en": "coast-environment"}
    header = ["kind", "name_ar", "name_fr", "domains"]
    row = dict(zip(header, [kind.upper(), "جمعية", "Association", domain[lang]], strict=True))
    preview = imports.preview_partners(header, [row])
    assert preview.is_valid, preview.rows[0].errors
    assert preview.rows[0].form_data["kind"] == PartnerKind.ASSOCIATION
    assert preview.rows[0].form_data["domains"] == [coast.pk]


def test_the_first_cell_of_a_row_in_error_is_the_error(client_for, coast):
    text = "kind,name_ar,name_fr,domains\nassociation,جمعية,Association,nowhere\n"
    response = client_for("officer").post(
        url("partners:import", "en"), {"file": SimpleUploadedFile("p.csv", text.encode())}
    )
    page = response.content.decode()
    row = re.search(r'<tr class="row-error">\s*(<td[^>]*>.*?</td>)', page, re.S)
    assert row, "no row in error"
    assert "errorlist" in row.group(1) and "Unknown domain code: nowhere" in row.group(1)
    header = re.search(r"<thead><tr>(<th[^>]*>.*?</th>)", page, re.S)
    assert "Errors" in header.group(1)
