"""A public record's address carries a slug in the reader's language and script (issue 10 #9):
Arabic letters on an Arabic page, French without accents on a French page; another language's
slug redirects once to the page's own."""

from urllib.parse import quote

import pytest
from django.utils import translation

from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_the_slug_follows_the_reader_language_and_script(client):
    project = ProjectFactory(title_ar="تهيئة سوق أورير", title_fr="Aménagement du souk d'Aourir")
    with translation.override("ar"):
        arabic = project.get_absolute_url()
    with translation.override("fr"):
        french = project.get_absolute_url()
    assert arabic == quote(f"/ar/projects/{project.pk}/تهيئة-سوق-أورير/")
    assert french == f"/fr/projects/{project.pk}/amenagement-du-souk-daourir/"
    assert client.get(arabic).status_code == 200
    assert client.get(french).status_code == 200
    moved = client.get(f"/ar/projects/{project.pk}/amenagement-du-souk-daourir/")
    assert moved.status_code == 301 and moved["Location"] == arabic


def test_a_record_without_a_title_in_the_reader_language_takes_the_french_one():
    project = ProjectFactory(title_ar="مشروع", title_fr="Projet", title_en="")
    with translation.override("en"):
        assert project.slug == "projet"
