import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from taawun.partners import imports
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db

HEADER = "kind,name_ar,name_fr,name_en,country,city,website,domains"
GOOD_ROWS = [
    "association,جمعية أصدقاء البيئة,Association des amis de l'environnement,,MA,Aourir,,"
    "environment",
    "commune,جماعة أمسكرود,Commune d'Amskroud,Amskroud commune,MA,Amskroud,,",
    "university,جامعة ابن زهر,Université Ibn Zohr,Ibn Zohr University,MA,Agadir,https://www.uiz.ac.ma,",
]
BAD_ROW = "association,جمعية بلا موقع,Association sans site,,MA,Aourir,pas-une-adresse,"


def csv_upload(rows, name="partners.csv"):
    text = "\n".join([HEADER, *rows]) + "\n"
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def import_url(name="partners:import"):
    with translation.override("ar"):
        return reverse(name)


@pytest.fixture(autouse=True)
def environment_domain(db):
    return DomainFactory(code="environment")


def test_three_good_rows_and_one_bad_show_the_error_on_its_row_and_import_nothing(client_for):
    client = client_for("officer")
    before = Partner.objects.count()
    response = client.post(
        import_url(), {"file": csv_upload([*GOOD_ROWS[:2], BAD_ROW, GOOD_ROWS[2]])}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'class="row-error"' in page
    preview = response.context["preview"]
    assert [row.number for row in preview.rows if row.errors] == [4]  # header is row 1
    assert "import-commit" not in page and "/import/commit/" not in page  # no button to commit
    # A forged commit right after the failed preview imports nothing either.
    response = client.post(import_url("partners:import-commit"))
    assert response.status_code == 302
    assert Partner.objects.count() == before


def test_a_clean_file_is_previewed_then_committed_with_history(client_for):
    client = client_for("officer")
    before = Partner.objects.count()
    response = client.post(import_url(), {"file": csv_upload(GOOD_ROWS)})
    assert response.context["preview"].is_valid
    assert Partner.objects.count() == before  # preview writes nothing
    response = client.post(import_url("partners:import-commit"))
    assert response.status_code == 302
    assert Partner.objects.count() == before + 3
    amskroud = Partner.objects.get(name_fr="Commune d'Amskroud")
    assert amskroud.history.get().history_user.username == "officer"
    # created in the workspace, so unpublished until the commune publishes them (issue 10 #7)
    assert not amskroud.is_public
    friends = Partner.objects.get(name_fr="Association des amis de l'environnement")
    assert list(friends.domains.values_list("code", flat=True)) == ["environment"]


def test_xlsx_files_are_read_too():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    for row in GOOD_ROWS:
        sheet.append(row.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    from taawun.core.tabular import read_table

    header, rows = read_table(SimpleUploadedFile("p.xlsx", buffer.getvalue()))
    preview = imports.preview_partners(header, rows)
    assert preview.is_valid, [row.errors for row in preview.rows]
    assert imports.import_partners(header=header, rows=rows) == 3


def test_duplicates_inside_the_file_and_against_the_register_are_named():
    PartnerFactory(name_fr="Université Ibn Zohr", name_ar="جامعة ابن زهر")
    header = HEADER.split(",")
    rows = [
        dict(zip(header, line.split(","), strict=True))
        for line in [GOOD_ROWS[0], GOOD_ROWS[0], GOOD_ROWS[2]]
    ]
    preview = imports.preview_partners(header, rows)
    errors = {row.number: " ".join(row.errors) for row in preview.rows if row.errors}
    assert set(errors) == {3, 4}
    assert "2" in errors[3]  # "same name as row 2"
    with pytest.raises(imports.ImportRejected):
        imports.import_partners(header=header, rows=rows)


def test_unknown_kind_and_domain_are_explained():
    header = HEADER.split(",")
    row = dict(
        zip(header, ["church", "كنيسة", "Église", "", "MA", "", "", "unknown-code"], strict=True)
    )
    preview = imports.preview_partners(header, [row])
    text = " ".join(preview.rows[0].errors)
    assert "unknown-code" in text
    assert "church" in text


def test_kinds_may_be_written_as_their_label_in_any_language():
    header = HEADER.split(",")
    row = dict(
        zip(
            header,
            [
                "Université ou centre de recherche",
                "معهد",
                "ENCG Agadir",
                "",
                "MA",
                "Agadir",
                "",
                "",
            ],
            strict=True,
        )
    )
    preview = imports.preview_partners(header, [row])
    assert preview.is_valid, preview.rows[0].errors
    assert preview.rows[0].form_data["kind"] == "university"


def test_a_file_missing_required_columns_is_refused_as_a_whole(client_for):
    upload = SimpleUploadedFile("p.csv", b"name_fr,city\nX,Y\n")
    response = client_for("officer").post(import_url(), {"file": upload})
    assert "name_ar" in response.content.decode()
    assert not response.context["preview"].is_valid


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "neither a CSV"),
        (b"PK\x03\x04not really a zip", "not a readable XLSX"),
        ("kind,name_ar\n".encode("utf-16"), "neither a CSV"),
        (b"", "empty"),
    ],
)
def test_files_that_are_not_spreadsheets_get_a_clear_message(client_for, content, message):
    client = client_for("officer")
    with translation.override("en"):
        url = reverse("partners:import")
    response = client.post(url, {"file": SimpleUploadedFile("partners.csv", content)})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_file_over_the_size_limit_is_refused_with_the_limit_stated(client_for, settings):
    settings.IMPORT_MAX_BYTES = 1024 * 1024
    with translation.override("en"):
        url = reverse("partners:import")
    big = SimpleUploadedFile("big.csv", b"a" * (1024 * 1024 + 10))
    response = client_for("officer").post(url, {"file": big})
    assert response.status_code == 400
    assert "the limit is 1 MB" in response.content.decode()
