"""Query budgets: each list, detail and API list runs a fixed number of queries,
the same with 3 rows as with 30, and no more than its pinned budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.partners.factories import ContactFactory, PartnerFactory
from taawun.territory.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db

# (role or None, url name, kwargs from the first partner?, budget)
PAGES = [
    (None, "portal:home", False, 2),
    (None, "portal:partner-list", False, 4),
    (None, "portal:partner-detail", True, 2),
    ("officer", "core:dashboard", False, 3),
    ("officer", "partners:list", False, 6),
    ("officer", "partners:detail", True, 5),
    ("officer", "partners:history", True, 6),
    ("officer", "territory:index", False, 6),
    (None, "api:partner-list", False, 3),
    ("officer", "api:partner-list", False, 6),
]


def grow(count):
    domains = [DomainFactory(code=f"d{i}") for i in range(3)]
    for n in range(count):
        partner = PartnerFactory(name_fr=f"Partenaire budget {n:03}")
        partner.domains.set(domains[: 1 + n % 3])
        ContactFactory(partner=partner)
        LocalityFactory()


def count_queries(client, name, with_partner):
    from taawun.partners.models import Partner

    kwargs = {}
    if with_partner:
        partner = Partner.objects.order_by("pk").first()
        kwargs = {"pk": partner.pk}
        if name == "portal:partner-detail":
            kwargs["slug"] = partner.slug
    with translation.override("ar"):
        url = reverse(name, kwargs=kwargs)
    client.get(url)  # warm caches (sessions, content types) outside the count
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize(("role", "name", "with_partner", "budget"), PAGES)
def test_queries_do_not_grow_with_rows(client_for, role, name, with_partner, budget):
    client = client_for(role)
    grow(3)
    small = count_queries(client, name, with_partner)
    grow(27)
    large = count_queries(client, name, with_partner)
    assert small == large, f"{name}: {small} queries with 3 rows, {large} with 30"
    assert large <= budget, f"{name}: {large} queries, budget {budget}"
