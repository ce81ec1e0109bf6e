"""What a link to a PDF says (core.pdf.link_label), in each language."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from taawun.core.models import BuiltFile
from taawun.core.pdf import file_size, link_label


def translated(language):
    """The Arabic and French cases need the catalogues with this work's strings merged."""
    with translation.override(language):
        if gettext("{size} KB") == "{size} KB":
            pytest.skip(f"the {language} catalogue does not have the PDF link strings yet")


@pytest.mark.parametrize(
    ("language", "described", "label"),
    [
        ("en", None, "PDF"),
        ("en", BuiltFile(size=180 * 1024, pages=4), "PDF, 4 pages, 180 KB"),
        ("en", BuiltFile(size=300, pages=1), "PDF, 1 page, 1 KB"),
        ("en", BuiltFile(size=2 * 1024 * 1024, pages=None), "PDF, 2.0 MB"),
        ("fr", BuiltFile(size=95 * 1024, pages=5), "PDF, 5 pages, 95 Ko"),
        ("ar", BuiltFile(size=95 * 1024, pages=5), "PDF، 5 صفحات، 95 ك.ب"),
        ("ar", BuiltFile(size=95 * 1024, pages=2), "PDF، صفحتان، 95 ك.ب"),
        ("ar", BuiltFile(size=95 * 1024, pages=1), "PDF، صفحة واحدة، 95 ك.ب"),
    ],
)
def test_the_label_names_the_format_then_pages_and_size(language, described, label):
    if language != "en":
        translated(language)
    with translation.override(language):
        assert link_label(described) == label


def test_a_size_above_a_megabyte_keeps_one_decimal_in_the_readers_format():
    translated("fr")
    with translation.override("fr"):
        assert file_size(int(1.4 * 1024 * 1024)) == "1,4 Mo"
