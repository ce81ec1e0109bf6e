"""Page counts and row keys kept until the data changes: never stale, never shared between
scopes; a deep page costs what the first one does and shows the rows OFFSET would."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, Count, F, Value, When
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.core import pagination
from taawun.core.pagination import VersionedCountPaginator, total_order
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import LIST_ORDER, Project
from taawun.projects.tests.factories import LocationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def counted(queryset):
    with CaptureQueriesContext(connection) as queries:
        count = VersionedCountPaginator(queryset, 20).count
    return count, len(queries)


def test_a_count_is_read_once_then_kept_until_a_record_changes():
    ProjectFactory.create_batch(3, is_public=True)
    public = Project.public_objects.all()
    assert counted(public) == (3, 1)
    assert counted(public) == (3, 0)  # kept
    ProjectFactory(is_public=True)
    assert counted(public) == (4, 1)  # the save moved the data version on


def test_each_filter_and_scope_has_its_own_count():
    ProjectFactory.create_batch(2, is_public=True, status="2")
    ProjectFactory(is_public=True, status="4")
    ProjectFactory(is_public=False, status="2")
    assert counted(Project.public_objects.filter(status="2"))[0] == 2
    assert counted(Project.public_objects.filter(status="4"))[0] == 1
    assert counted(Project.objects.filter(status="2"))[0] == 3
    assert counted(Project.objects.none()) == (0, 0)


def test_lists_and_unwatched_models_are_counted_as_usual():
    assert VersionedCountPaginator([1, 2, 3], 2).count == 3
    from taawun.accounts.models import User

    User.objects.create(username="someone")
    users = User.objects.order_by("pk")
    assert counted(users) == (1, 1)
    assert counted(users) == (1, 1)  # users do not move the data version: never kept


def test_the_public_list_shows_a_new_partner_at_once(client):
    PartnerFactory.create_batch(2)
    with translation.override("en"):
        address = reverse("portal:partner-list")
    assert "<bdi>2</bdi> partners" in client.get(address).content.decode()
    PartnerFactory()
    assert "<bdi>3</bdi> partners" in client.get(address).content.decode()
    assert Partner.public_objects.count() == 3


def test_the_data_version_moves_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A reader between a save and its commit still sees the old rows; whatever it caches under
    the version of that moment is left behind once the change commits."""
    from taawun.core.caching import data_version

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        PartnerFactory()
        during = data_version()
    assert before < during < data_version()
    assert len(callbacks) >= 1


# Deep pages: every page after the first is read by its rows' primary keys, kept per version ---


def codes(page):
    return [project.code for project in page.object_list]


def every_page(paginator):
    return [codes(paginator.page(number)) for number in paginator.page_range]


@pytest.fixture
def portfolio(db):
    """Seventeen projects whose orders tie and hold NULLs: some share a start, a budget and a
    title, three have no start at all."""
    owner = PartnerFactory()
    starts = [date(2025, 1, 1), date(2024, 6, 1), None, date(2025, 1, 1), date(2023, 3, 1)]
    for n in range(17):
        ProjectFactory(
            code=f"P-{(n * 7) % 17:02}",  # codes in another order than creation
            owner=owner,
            planned_start=starts[n % len(starts)],
            actual_start=starts[(n + 2) % len(starts)],
            budget=Decimal(1000 * (n % 3)),
            title_fr=f"Projet {n % 4}",
        )
    return Project.public_objects.all()


ORDERS = {
    "the public list's (start, newest first, NULLs last; then code)": LIST_ORDER,
    "budget, which ties (the key adds the primary key)": ("budget",),
    "budget descending, which ties": ("-budget",),
    "title, which ties": ("title_fr",),
    "actual start, NULLs first": (F("actual_start").asc(nulls_first=True),),
    "actual start descending, NULLs last": (F("actual_start").desc(nulls_last=True), "-pk"),
    "an expression (those that start in 2025 first), which ties": (
        Case(When(planned_start__year=2025, then=Value(0)), default=Value(1)),
    ),
    "an aggregate the rows are annotated with (their places), which ties": ("-places",),
    "the default order (Meta: code)": (),
}


@pytest.mark.parametrize("order", ORDERS.values(), ids=ORDERS.keys())
@pytest.mark.parametrize(("per_page", "orphans"), [(5, 0), (4, 2), (20, 0)])
def test_the_pages_of_the_keys_are_those_of_offset_pagination(portfolio, order, per_page, orphans):
    for project in portfolio.filter(planned_start=None):  # places to count for "-places"
        LocationFactory(project=project)
    projects = portfolio.annotate(places=Count("locations")) if "-places" in order else portfolio
    projects = projects.order_by(*order) if order else projects
    seek = VersionedCountPaginator(projects, per_page, orphans=orphans)
    offset = Paginator(total_order(projects), per_page, orphans=orphans)
    pages = every_page(seek)
    assert pages == every_page(offset)
    assert sorted(code for page in pages for code in page) == sorted(p.code for p in portfolio)


def test_an_order_that_can_tie_gets_the_primary_key_last():
    projects = Project.objects.all()
    assert total_order(projects.order_by("code")).query.order_by == ("code",)
    assert total_order(projects.order_by("-budget")).query.order_by == ("-budget", "pk")
    assert total_order(projects.order_by("title_fr", "-pk")).query.order_by == ("title_fr", "-pk")
    # a reader's order by an annotation, by a related column or a unique column that may be NULL
    assert total_order(projects.order_by("owner__name_fr")).query.order_by[-1] == "pk"
    assert total_order(projects.order_by("-pac_axis")).query.order_by[-1] == "pk"
    assert total_order(projects.order_by()) is None  # unordered: paginated as Django does
    assert total_order(projects.annotate(places=Count("locations"))) is None  # no Meta order
    assert total_order(projects.order_by("?")) is None


def test_a_deep_page_is_read_by_its_keys_not_by_offset(portfolio):
    projects = portfolio.order_by(*LIST_ORDER)
    with CaptureQueriesContext(connection) as first:
        codes(VersionedCountPaginator(projects, 5).page(3))
    assert len(first) == 2  # the keys of every row in one pass (which counts them), the page
    with CaptureQueriesContext(connection) as then:
        page = VersionedCountPaginator(projects, 5).page(4)
        assert len(codes(page)) == 2
    [query] = then.captured_queries  # count and keys are kept until the data changes
    assert "OFFSET" not in query["sql"].upper()
    assert " IN (" in query["sql"].upper()


def test_a_long_lists_first_page_is_read_by_its_keys_and_a_short_ones_with_limit(
    portfolio, monkeypatch
):
    projects = portfolio.order_by(*LIST_ORDER)
    with CaptureQueriesContext(connection) as short:
        first = codes(VersionedCountPaginator(projects, 5).page(1))
    assert "LIMIT" in short.captured_queries[-1]["sql"].upper()
    monkeypatch.setattr(pagination, "KEYS_FROM_ROWS", 10)  # 17 rows: a long list now
    with CaptureQueriesContext(connection) as cold:
        assert codes(VersionedCountPaginator(projects, 5).page(1)) == first
    assert len(cold) == 2  # (the count kept from above) the keys in one pass, the page by them
    assert " IN (" in cold.captured_queries[-1]["sql"].upper()
    with CaptureQueriesContext(connection) as warm:
        assert codes(VersionedCountPaginator(projects, 5).page(1)) == first
    [query] = warm.captured_queries  # no sort of every row: twenty lookups by key
    assert "LIMIT" not in query["sql"].upper() and "ORDER BY" in query["sql"].upper()


def test_pages_follow_a_record_added_or_removed_between_two_requests(portfolio):
    """Rows are never shown twice or lost across the pages of one data version: a record
    added or removed moves the version, and the keys are read again."""
    projects = portfolio.order_by(*LIST_ORDER)
    before = every_page(VersionedCountPaginator(projects, 5))
    ProjectFactory(code="P-NEW", planned_start=date(2027, 1, 1))  # first in the list's order
    Project.objects.get(code=before[2][0]).delete()
    after = every_page(VersionedCountPaginator(projects, 5))
    shown = [code for page in after for code in page]
    assert len(shown) == len(set(shown)) == 17
    assert shown[0] == "P-NEW" and before[2][0] not in shown
    assert after == every_page(Paginator(projects, 5))


def test_each_filter_and_scope_has_its_own_keys(portfolio):
    ProjectFactory.create_batch(6, owner=Partner.objects.first(), status="4")
    ProjectFactory.create_batch(3, owner=Partner.objects.first(), is_public=False)
    for projects in (
        Project.public_objects.filter(status="2"),
        Project.public_objects.filter(status="4"),
        Project.objects.filter(status="2"),  # the workspace's scope: the unpublished ones too
    ):
        projects = projects.order_by(*LIST_ORDER)
        assert every_page(VersionedCountPaginator(projects, 4)) == every_page(
            Paginator(projects, 4)
        )


def test_rows_that_do_not_move_the_version_are_paginated_with_offset():
    from taawun.accounts.models import User

    User.objects.bulk_create(User(username=f"user-{n}") for n in range(6))
    users = User.objects.order_by("username")
    paginator = VersionedCountPaginator(users, 4)
    assert paginator.keys is None
    with CaptureQueriesContext(connection) as queries:
        assert [u.username for u in paginator.page(2)] == ["user-4", "user-5"]
    assert "OFFSET" in queries.captured_queries[-1]["sql"].upper()


# The lists and the API over it ---------------------------------------------------------------


def address(name, query="", language="en"):
    with translation.override(language):
        return reverse(name) + query


def test_page_n_of_the_public_list_shows_its_rows(client, portfolio):
    expected = every_page(Paginator(portfolio.order_by(*LIST_ORDER), 20))
    response = client.get(address("portal:project-list", "?page=1"))
    assert codes(response.context["page_obj"]) == expected[0]
    ProjectFactory.create_batch(4, owner=Partner.objects.first(), planned_start=None)
    expected = every_page(Paginator(portfolio.order_by(*LIST_ORDER), 20))
    response = client.get(address("portal:project-list", "?page=2"))
    assert codes(response.context["page_obj"]) == expected[1] and len(expected[1]) == 1
    assert "Page 2 of 2" in response.content.decode()


def test_a_sorted_register_pages_in_its_order(client_for):
    from taawun.agreements.models import Agreement
    from taawun.agreements.tests.factories import AgreementFactory

    for n in range(30):
        AgreementFactory(title_fr=f"Convention {n % 3}")
    client = client_for("officer")
    seen = []
    for number in (1, 2):
        response = client.get(address("agreements:list", f"?sort=-title&page={number}", "fr"))
        seen += [agreement.pk for agreement in response.context["page_obj"]]
    assert seen == list(Agreement.objects.order_by("-title_fr", "-pk").values_list("pk", flat=True))


def test_a_deep_page_costs_the_queries_of_the_first(client, portfolio):
    """After a change (the keys' pass takes the count query's place) and once kept alike."""
    from django.core.cache import cache

    ProjectFactory.create_batch(24, owner=Partner.objects.first())
    costs = {}
    for number in (1, 2):
        url = address("portal:project-list", f"?page={number}")
        cache.clear()
        costs[number] = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            costs[number].append(len(queries))
    assert costs[1] == costs[2]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99", "1e9", "2.5", "9" * 40])
def test_a_page_that_does_not_exist_is_not_found_never_an_error(client, portfolio, page):
    assert client.get(address("portal:project-list", f"?page={page}")).status_code == 404


def test_the_last_page_by_name(client, portfolio):
    response = client.get(address("portal:project-list", "?page=last"))
    assert response.status_code == 200 and response.context["page_obj"].number == 1


def test_the_api_next_and_previous_links_walk_every_row(client):
    owner = PartnerFactory()
    ProjectFactory.create_batch(120, owner=owner)
    url, ids = address("api:project-list"), []
    pages = []
    while url:
        body = client.get(url).json()
        pages.append(url)
        ids += [row["id"] for row in body["results"]]
        url = body["next"]
    assert len(pages) == 3 and body["count"] == 120
    assert ids == list(Project.public_objects.order_by("code").values_list("pk", flat=True))
    back = client.get(pages[-1]).json()["previous"]
    assert [row["id"] for row in client.get(back).json()["results"]] == ids[50:100]


@pytest.mark.parametrize("page", ["abc", "0", "9", "9" * 40])
def test_an_api_page_that_does_not_exist_says_so(client, page):
    ProjectFactory()
    response = client.get(address("api:project-list", f"?page={page}"))
    assert response.status_code == 404
    assert response.json()["detail"]
