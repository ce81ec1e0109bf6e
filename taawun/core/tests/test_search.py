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


def test_postgresql_indexes_the_titles_with_trigrams_too(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite indexes them in its FTS5 table (the test below)")
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "core_searchentry")
    trigram = constraints["core_searchentry_title_trgm"]
    assert trigram["columns"] == ["title"] and trigram["type"] == "gin"


def test_sqlite_searches_through_its_fts5_trigram_table_kept_current_by_triggers(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from taawun.core.search import FTS_TABLE, sqlite_has_fts5

    if connection.vendor != "sqlite" or not sqlite_has_fts5():
        pytest.skip("PostgreSQL uses its trigram indexes (the test above)")
    project = ProjectFactory(title_fr="Réfection de la piste de Tighanimine")
    with CaptureQueriesContext(connection) as captured:
        assert list(Project.objects.search("tighanim")) == [project]
    assert FTS_TABLE in captured[0]["sql"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE text GLOB '*tighanim*'")  # noqa: S608
        (row,) = cursor.fetchall()
    assert row[0] == SearchEntry.objects.get(model="projects.project", object_id=project.pk).pk
    project.title_fr = "Piste d'Imi Miqi"
    project.save()  # the update trigger: the old words go, the new ones come
    assert not Project.objects.search("tighanim").exists()
    assert list(Project.objects.search("imi miqi")) == [project]
    project.delete()  # the delete trigger
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE text GLOB '*imi miqi*'")  # noqa: S608
        assert cursor.fetchone()[0] == 0


def test_wildcards_typed_in_a_query_are_taken_literally(db):
    rate = ProjectFactory(title_fr="Taux 50% atteint")
    ProjectFactory(title_fr="Taux 500 atteint")
    ProjectFactory(title_fr="abc_def")
    assert list(Project.objects.search("50%")) == [rate]
    assert not Project.objects.search("a*f").exists()
    assert not Project.objects.search("a?c").exists()
    assert not Project.objects.search("[ab]c").exists()
    assert Project.objects.search("c_d").count() == 1  # "_" is a letter here


def test_an_exact_title_comes_first_then_titles_that_hold_the_words_then_the_rest(db):
    from taawun.core.search import ranked
    from taawun.projects.models import Update

    # The list's own order (by code) would put the exact titles last.
    longer = ProjectFactory(code="A-001", title_fr="Réfection de la route d'Aourir")
    exact_ar = ProjectFactory(code="C-003", title_ar="الطريق", title_fr="Voie")
    exact_fr = ProjectFactory(code="B-002", title_fr="Route")
    ProjectFactory(code="D-004", title_fr="Éclairage public")
    found = list(Project.objects.order_by("code").search("ROUTE"))
    assert found == [exact_fr, longer]
    # Arabic as typed (no hamza here, but the article and the ta marbuta of the others).
    arabic_longer = ProjectFactory(code="A-000", title_ar="تهيئة الطريق الساحلية")
    assert list(Project.objects.order_by("code").search("الطريق")) == [exact_ar, arabic_longer]
    # A title holding the words before a record that only mentions them in its text.
    project = ProjectFactory()
    mention = Update.objects.create(
        project=project, date="2026-11-02", title_fr="Chantier", body_fr="La route avance."
    )
    titled = Update.objects.create(
        project=project, date="2026-10-01", title_fr="Route fermée", body_fr="Déviation."
    )
    from taawun.core.search import matching

    updates = ranked(Update.objects.filter(matching(Update, "route")).order_by("-date"), "route")
    assert list(updates) == [titled, mention]


def test_the_portal_list_the_api_and_the_chooser_put_the_exact_name_first(client, users):
    other = PartnerFactory(name_fr="Association Tamraght Avenir", is_public=True)
    exact = PartnerFactory(name_fr="Tamraght", acronym="", is_public=True)
    ProjectFactory(code="A-001", title_fr="Piste de Tamraght", is_public=True)
    project = ProjectFactory(code="Z-009", title_fr="Tamraght", is_public=True)
    page = client.get(reverse("portal:project-list"), {"q": "tamraght"}).content.decode()
    assert page.index("Z-009") < page.index("A-001")
    api = client.get("/api/v1/projects/", {"q": "TAMRAGHT"}).json()
    assert api["results"][0]["id"] == project.pk
    client.force_login(users["officer"])
    found = client.get(reverse("core:choices", args=["partners"]), {"q": "tamraght"})
    html = found.content.decode()
    assert html.index(f'value="{exact.pk}"') < html.index(f'value="{other.pk}"')


def test_entries_from_before_the_ranking_are_indexed_again_after_migrate(db):
    from taawun.core.apps import index_if_empty

    project = ProjectFactory(title_fr="Route")
    SearchEntry.objects.filter(model="projects.project").update(title="")
    index_if_empty(sender=None)
    entry = SearchEntry.objects.get(model="projects.project", object_id=project.pk)
    assert "\nroute\n" in entry.title
