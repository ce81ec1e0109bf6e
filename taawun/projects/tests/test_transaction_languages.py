"""A transaction's description in Arabic, French and English, read in the reader's language
(issue 10 #9): the model, the service, the project page, the import and the exports."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import exports, imports, services
from taawun.projects.models import Transaction
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

ARABIC, FRENCH, ENGLISH = "الشطر الأول من الجهة", "Première tranche de la Région", "First tranche"


@pytest.fixture
def project(commune):
    return ProjectFactory(
        code="PRJ-BUS", planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31)
    )


@pytest.fixture
def region(commune):
    return PartnerFactory(name_fr="Région Souss-Massa", name_ar="جهة سوس ماسة", acronym="RSM")


def commitment(project, provider, **descriptions):
    tx, warnings = services.transaction_save(
        project=project,
        type="11",
        date=date(2025, 2, 1),
        provider=provider,
        amount=Decimal("800000"),
        currency="MAD",
        **descriptions,
    )
    assert not warnings
    return tx


def read(tx, language):
    with translation.override(language):
        return tx.description


def test_a_transaction_reads_its_description_in_the_reader_language(project, region):
    tx = commitment(
        project, region, description_ar=ARABIC, description_fr=FRENCH, description_en=ENGLISH
    )
    tx.refresh_from_db()
    assert (tx.description_ar, tx.description_fr, tx.description_en) == (ARABIC, FRENCH, ENGLISH)
    assert [read(tx, code) for code in ("ar", "fr", "en")] == [ARABIC, FRENCH, ENGLISH]


def test_a_description_in_one_language_is_shown_to_every_reader(project, region):
    french_only = commitment(project, region, description_fr=FRENCH)
    assert [read(french_only, code) for code in ("ar", "fr", "en")] == [FRENCH] * 3
    arabic_only = Transaction(description_ar=ARABIC)
    assert [read(arabic_only, code) for code in ("ar", "fr", "en")] == [ARABIC] * 3
    # English falls back to French before Arabic.
    both = Transaction(description_ar=ARABIC, description_fr=FRENCH)
    assert read(both, "en") == FRENCH
    assert read(Transaction(), "ar") == ""


def test_the_project_page_shows_the_description_in_the_reader_language(client_for, project, region):
    commitment(project, region, description_ar=ARABIC, description_fr=FRENCH)
    client = client_for("officer")
    pages = {}
    for language in ("ar", "fr"):
        with translation.override(language):
            address = reverse("projects:detail", kwargs={"pk": project.pk})
        pages[language] = client.get(address).content.decode()
    assert ARABIC in pages["ar"] and FRENCH not in pages["ar"]
    assert FRENCH in pages["fr"] and ARABIC not in pages["fr"]


def test_the_transaction_form_asks_arabic_first_right_to_left(client_for, project):
    with translation.override("ar"):
        address = reverse("projects:transaction-create", kwargs={"pk": project.pk})
    html = client_for("finance").get(address).content.decode()
    arabic = html.index('name="description_ar"')
    assert arabic < html.index('name="description_fr"') < html.index('name="description_en"')
    tag = html[html.rindex("<input", 0, arabic) : html.index(">", arabic)]
    assert 'dir="rtl"' in tag


def table(header, *lines):
    names = header.split(",")
    return names, [dict(zip(names, line.split(","), strict=True)) for line in lines]


def test_the_import_reads_the_description_in_each_language(project, region):
    header, rows = table(
        "project,type,date,provider,amount,description_ar,description_fr,description_en",
        f"PRJ-BUS,11,2025-02-01,RSM,800000,{ARABIC},{FRENCH},{ENGLISH}",
        f"PRJ-BUS,11,2025-03-01,RSM,1000,{ARABIC},,",
    )
    assert imports.import_transactions(header=header, rows=rows) == 2
    first, second = Transaction.objects.order_by("date")
    assert (first.description_ar, first.description_fr, first.description_en) == (
        ARABIC,
        FRENCH,
        ENGLISH,
    )
    assert (second.description_ar, second.description_fr) == (ARABIC, "")


def test_a_file_with_the_old_description_column_is_read_as_french(project, region):
    header, rows = table(
        "project,type,date,provider,amount,description", "PRJ-BUS,11,2025-02-01,RSM,800000,Prêt"
    )
    imports.import_transactions(header=header, rows=rows)
    tx = Transaction.objects.get()
    assert (tx.description_ar, tx.description_fr, tx.description_en) == ("", "Prêt", "")


def test_the_import_template_lists_each_language_with_an_example(users):
    assert {"description_ar", "description_fr", "description_en"} <= set(imports.COLUMNS)
    assert "description" not in imports.COLUMNS
    example = dict(zip(imports.COLUMNS, imports.template_example(users["finance"]), strict=True))
    assert example["description_en"] == "First instalment"
    assert example["description_ar"] and example["description_fr"]


def test_the_export_has_a_column_per_language(project, region):
    commitment(project, region, description_ar=ARABIC, description_fr=FRENCH)
    header, rows = exports.transaction_table(Transaction.objects.all())
    [row] = [dict(zip(header, row, strict=True)) for row in rows]
    assert (row["description_ar"], row["description_fr"], row["description_en"]) == (
        ARABIC,
        FRENCH,
        "",
    )
