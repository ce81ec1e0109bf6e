"""Query budgets: each list, detail and API list runs a fixed number of queries, the same with
3 rows as with 30 — both when its figures and page counts are computed afresh and when they come
from the shared cache — and, once cached, exactly its pinned number (a new query fails the test
until the pin is moved on purpose)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db

# (role or None, url name, kwargs from the first partner?, queries once the figures are cached)
PAGES = [
    (None, "portal:home", False, 1),
    (None, "portal:partner-list", False, 3),
    (None, "portal:partner-detail", True, 3),
    ("officer", "reports:dashboard", False, 2),
    ("officer", "partners:list", False, 5),
    ("officer", "partners:detail", True, 5),
    ("officer", "partners:history", True, 7),
    ("officer", "territory:index", False, 6),
    (None, "portal:agreement-list", False, 6),
    (None, "portal:agreement-detail", "agreement", 10),
    ("officer", "agreements:list", False, 8),
    ("officer", "agreements:detail", "agreement", 13),
    ("officer", "agreements:history", "agreement", 11),
    (None, "api:agreement-list", False, 6),
    ("officer", "api:agreement-list", False, 8),
    ("officer", "finance:rates", False, 3),
    (None, "portal:project-list", False, 8),
    (None, "portal:project-detail", "project", 10),
    ("officer", "projects:list", False, 10),
    ("officer", "projects:detail", "project", 14),
    ("officer", "projects:history", "project", 12),
    (None, "api:project-list", False, 10),
    ("officer", "api:project-list", False, 12),
    (None, "api:project-geojson", False, 2),
    (None, "report:index", False, 3),
    (None, "portal:locality-list", False, 3),
    (None, "portal:locality-detail", "locality", 8),
    (None, "portal:news", False, 1),
    (None, "portal:how", False, 1),
    (None, "report:page", "year", 20),
    (None, "api:partner-list", False, 2),
    ("officer", "api:partner-list", False, 5),
]


def grow(count):
    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Agreement, Amendment, Event
    from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
    from taawun.projects.models import (
        Indicator,
        IndicatorPeriod,
        Participant,
        Project,
        Transaction,
        Update,
    )
    from taawun.projects.tests.factories import LocationFactory, ProjectFactory

    domains = [DomainFactory(code=f"d{i}") for i in range(3)]
    first = Agreement.objects.order_by("pk").first() or AgreementFactory(stage=Stage.IN_FORCE)
    first_project = Project.objects.order_by("pk").first() or ProjectFactory()
    from taawun.partners.models import Partner

    start = Partner.objects.count()
    for n in range(start, start + count):
        partner = PartnerFactory(name_fr=f"Partenaire budget {n:03}")
        partner.domains.set(domains[: 1 + n % 3])
        ContactFactory(partner=partner)
        LocalityFactory()
        # the first agreement gains parties, obligations, events and amendments with the rows
        party = PartyFactory(agreement=first, partner=partner)
        ObligationFactory(party=party)
        Event.objects.create(agreement=first, action="signed", stage=first.stage, detail=str(n))
        Amendment.objects.create(
            agreement=first,
            number=n + 1,
            dated="2025-01-01",
            title_ar="ملحق",
            title_fr=f"Avenant {n}",
        )
        other = AgreementFactory(stage=Stage.IN_FORCE)
        PartyFactory(agreement=other, partner=partner)
        # projects, each with a place, a participant, money and a result
        project = ProjectFactory(owner=partner)
        project.domains.set(domains[:2])
        LocationFactory(project=project)
        Participant.objects.create(project=project, partner=partner, role="1")
        Transaction.objects.create(
            project=project,
            type="11",
            date="2025-02-01",
            provider=partner,
            amount=1000,
            currency="MAD",
            rate=1,
            mad_value=1000,
        )
        Transaction.objects.create(
            project=first_project,
            type="3",
            date="2025-03-01",
            provider=partner,
            amount=10,
            currency="MAD",
            rate=1,
            mad_value=10,
        )
        indicator = Indicator.objects.create(
            project=first_project, name_ar="مؤشر", name_fr=f"I{n}", result_type="1", measure="1"
        )
        IndicatorPeriod.objects.create(
            indicator=indicator,
            period_start="2025-01-01",
            period_end="2025-12-31",
            target=10,
            actual=5,
        )
        Update.objects.create(
            project=first_project,
            date="2025-05-01",
            title_ar="خبر",
            title_fr=f"Nouvelle {n}",
            is_public=True,
        )


def count_queries(client, name, with_partner):
    from taawun.partners.models import Partner

    kwargs = {}
    if with_partner == "locality":
        from taawun.territory.models import Locality

        locality = Locality.objects.filter(project_locations__isnull=False).order_by("pk").first()
        kwargs = {"slug": locality.slug}
    elif with_partner == "year":
        kwargs = {"year": 2025}
    elif with_partner == "project":
        from taawun.projects.models import Project

        project = Project.objects.order_by("pk").first()
        kwargs = {"pk": project.pk}
        if name.startswith("portal:"):
            kwargs["slug"] = project.slug
    elif with_partner == "agreement":
        from taawun.agreements.models import Agreement

        agreement = Agreement.objects.order_by("pk").first()
        kwargs = {"pk": agreement.pk}
        if name.startswith("portal:"):
            kwargs["slug"] = agreement.slug
    elif with_partner:
        partner = Partner.objects.order_by("pk").first()
        kwargs = {"pk": partner.pk}
        if name == "portal:partner-detail":
            kwargs["slug"] = partner.slug
    with translation.override("ar"):
        url = reverse(name, kwargs=kwargs)
    client.get(url)  # warm caches (sessions, content types) outside the count
    counts = []
    # First with the figures and page counts computed afresh (as after any change to the data),
    # then as the next reader gets them from the shared cache.
    cache.clear()
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return tuple(counts)


def measure(clients):
    """{page: (fresh, cached) query counts, or the error its measure raised} for every page."""
    counts = {}
    for role, name, with_partner, _budget in PAGES:
        try:
            counts[role, name] = count_queries(clients[role], name, with_partner)
        except Exception as error:  # reported by the page's own test
            counts[role, name] = error
    return counts


@pytest.fixture(scope="module")
def counts(module_db, module_users, django_db_blocker):
    """Every page counted with 3 rows, then every page with 30: the rows are grown twice for
    the module (root conftest's module_db) instead of twice for each page."""
    from django.test import Client

    clients = {None: Client()}
    with django_db_blocker.unblock():
        for role in {role for role, *_ in PAGES if role}:
            clients[role] = Client()
            clients[role].force_login(module_users[role])
        grow(3)
        small = measure(clients)
        grow(27)
        large = measure(clients)
    return small, large


@pytest.mark.parametrize(("role", "name", "with_partner", "budget"), PAGES)
def test_queries_do_not_grow_with_rows(counts, role, name, with_partner, budget):
    small, large = (measured[role, name] for measured in counts)
    for result in (small, large):
        if isinstance(result, Exception):
            raise result
    assert small == large, f"{name}: {small} queries with 3 rows, {large} with 30 (fresh, cached)"
    assert large[1] == budget, f"{name}: {large[1]} queries once cached, budget {budget}"
