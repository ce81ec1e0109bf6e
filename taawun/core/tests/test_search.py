"""Search as residents type it: one normalization of Arabic (hamza forms, ta marbuta, alef
maqsura, tatweel, diacritics, Arabic-Indic digits) and of Latin (case, accents), applied to the
index and to the query — every variant finds what the canonical spelling finds, in the
registers, the portal's search, the choosers and the API, on both databases; the index follows
each save and delete, and `reindex()` rebuilds it after bulk writes."""

import pytest
from django.urls import reverse

from taawun.core.models import SearchEntry
from taawun.core.search import normalize, reindex
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Project
from taawun.projects.tests.factories import ProjectFactory

# canonical spelling: the ways residents type it
VARIANTS = {
    "مؤسسة": ["موسسة", "موسسه", "مُؤَسَّسَة", "مؤسـسة"],
    "إصلاح": ["اصلاح", "أصلاح", "إِصْلَاح"],
    "مستشفى": ["مستشفي", "مستشفـى"],
    "آسفي": ["اسفي", "أسفي"],
    "شؤون": ["شوون", "شُؤُون"],
    "مسائل": ["مسايل"],
    "2025": ["٢٠٢٥", "۲۰۲۵"],
    "Tamraght": ["tamraght", "TAMRAGHT", "TamRaght"],
    "École": ["ecole", "ÉCOLE", "école", "Ecole"],
}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("مُؤَسَّسَة", "موسسه"),
        ("إصلاح الطـرق", "اصلاح الطرق"),
        ("آسفي", "اسفي"),
        ("مستشفى", "مستشفي"),
        ("شئون", "شيون"),
        ("سنة ٢٠٢٥ و۱۴", "سنه 2025 و14"),
        ("  École   Tamraght ", "ecole tamraght"),
        ("\u200fأورير\u200e", "اورير"),
        ("", ""),
        (None, ""),
    ],
)
def test_the_normalization_folds_what_residents_type(typed, expected):
    assert normalize(typed) == expected


@pytest.fixture
def records(db):
    """A partner and a project per canonical word, and one of neither."""
    made = {}
    for i, word in enumerate(VARIANTS):
        partner = PartnerFactory(name_ar=f"جمعية {word} للتنمية", name_fr=f"Association {i}")
        project = ProjectFactory(title_ar=f"مشروع {word}", title_fr=f"Projet {word} {i}")
        made[word] = (partner, project)
    PartnerFactory(name_ar="جمعية أخرى", name_fr="Autre")
    return made


def test_every_variant_finds_what_the_canonical_spelling_finds(records):
    for word, variants in VARIANTS.items():
        partner, project = records[word]
        partners = set(Partner.objects.search(word))
        projects = set(Project.objects.search(word))
        assert partner in partners and project in projects, word
        for variant in variants:
            assert set(Partner.objects.search(variant)) == partners, (word, variant)
            assert set(Project.objects.search(variant)) == projects, (word, variant)


def test_the_portal_search_the_api_and_the_chooser_find_the_variants(client, records, users):
    partner, project = records["مؤسسة"]
    page = client.get(reverse("portal:search"), {"q": "موسسه"}).content.decode()
    assert project.title_ar in page or project.code in page
    api = client.get("/api/v1/projects/", {"q": "مُؤَسَّسَة"}).json()
    assert [row["id"] for row in api["results"]] == [project.pk]
    client.force_login(users["officer"])
    found = client.get(reverse("core:choices", args=["partners"]), {"q": "موسسة"})
    assert partner.name_ar in found.content.decode() and "جمعية أخرى" not in found.content.decode()


def test_the_index_follows_each_save_and_delete(db):
    project = ProjectFactory(title_ar="تهيئة الكورنيش", title_fr="Aménagement de la corniche")
    assert list(Project.objects.search("amenagement")) == [project]
    project.title_fr = "Éclairage public de Tamraght"
    project.save()
    assert not Project.objects.search("amenagement").exists()
    assert list(Project.objects.search("eclairage")) == [project]
    pk = project.pk
    project.delete()
    assert not SearchEntry.objects.filter(model="projects.project", object_id=pk).exists()


def test_reindex_builds_the_index_of_records_written_in_bulk(db):
    (partner,) = Partner.objects.bulk_create(
        [Partner(kind="association", name_ar="جمعية الأمل", name_fr="Association Al Amal")]
    )
    assert not Partner.objects.search("الامل").exists()  # bulk writes send no signal
    stale = SearchEntry.objects.create(model="partners.partner", object_id=999_999, text="x")
    reindex([Partner])
    assert list(Partner.objects.search("الامل")) == [partner]
    assert not SearchEntry.objects.filter(pk=stale.pk).exists()  # a record gone is forgotten


def test_a_query_of_only_marks_or_spaces_filters_nothing(records):
    assert Project.objects.search("ـــ ").count() == Project.objects.count()


def test_postgresql_indexes_the_text_with_trigrams(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite scans the one narrow table of the index")
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "core_searchentry")
    trigram = constraints["core_searchentry_text_trgm"]
    assert trigram["columns"] == ["text"] and trigram["type"] == "gin"
