"""Property test: no query string makes a public list, filter, file or map answer a server error.

Hypothesis draws query strings (the filters' own names and made-up ones -> text, integers far
beyond 64 bits, numbers written as 1e20, NaN, control characters, repeated keys) for every
public list and filter page (portal lists in the three languages, the API lists and GeoJSON,
the open-data files, feeds and IATI), plus the workspace lists for the officer. A refusal (400,
a message next to the filters, 404) is an answer; a 5xx fails with the URL that caused it.
Deterministic for CI: derandomized, no example database, no deadline."""

from urllib.parse import quote, urlencode

import pytest
from django.core.management import call_command
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taawun.agreements.filters import AgreementFilter
from taawun.participation.filters import PublicPriorityFilter
from taawun.partners.filters import PartnerFilter
from taawun.projects.filters import ProjectFilter

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

LANGUAGES = ["ar", "fr", "en"]
FILTER_NAMES = sorted(
    {
        name
        for filterset in (AgreementFilter, PartnerFilter, ProjectFilter, PublicPriorityFilter)
        for name in filterset.base_filters
    }
    | {"page", "page_size", "ordering", "format", "bbox", "lang", "limit", "offset", "search"}
    | {"zoom"}  # the maps' GeoJSON
    | {"moderation", "answer", "state"}  # the workspace lists of participation
)
PUBLIC_PAGES = [
    "/{lang}/partners/",
    "/{lang}/agreements/",
    "/{lang}/projects/",
    "/{lang}/localities/",
    "/{lang}/news/",
    "/{lang}/priorities/",
    "/{lang}/information-requests/",
    "/{lang}/petitions/",
    "/{lang}/calls/",
    "/{lang}/practices/",
    "/{lang}/missions/",
    "/{lang}/opportunities/",
    "/{lang}/",
]
API_LISTS = [
    "/api/v1/partners/",
    "/api/v1/agreements/",
    "/api/v1/projects/",
    "/api/v1/projects/geojson/",
    "/api/v1/priorities/",
    "/api/v1/priorities/geojson/",
    "/api/v1/calls/",
    "/api/v1/grants/",
    "/api/v1/practices/",
    "/api/v1/missions/",
    "/api/v1/capacity/",
    "/api/v1/opportunities/",
]
FILES = [
    "/open-data/partners.csv",
    "/open-data/agreements.json",
    "/open-data/projects.csv",
    "/open-data/transactions.json",
    "/open-data/projects.xlsx",
    "/open-data/grants.json",
    "/open-data/practices.csv",
    "/open-data/opportunities.json",
    "/ar/opportunities/deadlines.ics",
    "/open-data/iati/activities.xml",
    "/open-data/updates-fr.atom",
    "/sitemap.xml",
]
WORKSPACE_LISTS = [
    "/{lang}/manage/partners/",
    "/{lang}/manage/agreements/",
    "/{lang}/manage/projects/",
    "/{lang}/manage/participation/",
    "/{lang}/manage/participation/requests/",
    "/{lang}/manage/participation/petitions/",
]

NUMBERS_AS_TEXT = st.sampled_from(
    [
        "0",
        "-1",
        "0.0",
        "1e20",
        "-10000",
        "10000",
        "99999999999999999999",
        str(2**63),
        str(2**66),
        "NaN",
        "inf",
        " 2024",
        "2024\x00",
        "2024\x0b",
        "\u202e2024",
        "2024-13-45",
        "",
    ]
)
VALUES = st.one_of(
    st.text(max_size=24),
    st.integers().map(str),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    NUMBERS_AS_TEXT,
)
QUERIES = st.dictionaries(
    st.one_of(st.sampled_from(FILTER_NAMES), st.text(min_size=1, max_size=8)),
    st.one_of(VALUES, st.lists(VALUES, min_size=1, max_size=3)),
    max_size=4,
)
FUZZ = settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(scope="module")
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


def query_string(query):
    return urlencode(query, doseq=True, quote_via=quote)


def fetch(client, url, query):
    target = f"{url}?{query_string(query)}"
    response = client.get(target)
    if response.streaming:
        b"".join(response.streaming_content)
    assert response.status_code < 500, f"{response.status_code} for {target}"
    return response


@pytest.fixture
def anonymous(demo):
    return Client(raise_request_exception=False)


@pytest.fixture
def officer(demo):
    from taawun.accounts.models import User

    client = Client(raise_request_exception=False)
    client.force_login(User.objects.get(username="officer"))
    return client


@pytest.mark.parametrize("page", PUBLIC_PAGES)
@FUZZ
@given(query=QUERIES, language=st.sampled_from(LANGUAGES))
def test_public_pages_answer_any_query_string_without_a_server_error(
    anonymous, page, query, language
):
    fetch(anonymous, page.format(lang=language), query)


@pytest.mark.parametrize("url", API_LISTS)
@FUZZ
@given(query=QUERIES)
def test_the_api_lists_and_geojson_answer_any_query_string_without_a_server_error(
    anonymous, url, query
):
    response = fetch(anonymous, url, query)
    assert response.status_code in {200, 400, 404}


@pytest.mark.parametrize("url", FILES)
@settings(FUZZ, max_examples=8)
@given(query=QUERIES)
def test_the_open_data_files_answer_any_query_string_without_a_server_error(anonymous, url, query):
    fetch(anonymous, url, query)


@pytest.mark.parametrize("page", WORKSPACE_LISTS)
@settings(FUZZ, max_examples=20)
@given(query=QUERIES, language=st.sampled_from(LANGUAGES))
def test_the_workspace_lists_answer_any_query_string_without_a_server_error(
    officer, page, query, language
):
    fetch(officer, page.format(lang=language), query)


@pytest.mark.parametrize(
    ("url", "query"),
    [
        (url, {"year": year})
        for url in [
            "/en/agreements/",
            "/en/projects/",
            "/api/v1/agreements/",
            "/api/v1/projects/",
            "/api/v1/projects/geojson/",
        ]
        for year in ["0", "0.0", "-1", "-10000", "10000", "1e20", "99999999999999999999"]
    ],
)
def test_the_year_filters_of_the_review_answer_without_a_server_error(anonymous, url, query):
    fetch(anonymous, url, query)
