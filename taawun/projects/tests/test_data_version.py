"""The data version (core.caching) moves when the public data does, and only then: not for a
save that changes nothing, not for a link that is there already, not for an import's preview
that is rolled back by design."""

from datetime import date

import pytest
from rest_framework.test import APIClient

from taawun.core import caching
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import imports
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db

HEADER = "project,type,date,provider,receiver,amount,currency,description,override_reason"
ROWS = [
    "PRJ-BUS,11,2025-02-01,Région Souss-Massa,,800000,MAD,Convention 2025,",
    "PRJ-BUS,disbursement,2025-03-01,Région Souss-Massa,,300000,,Première tranche,",
]


def table(*lines):
    names = HEADER.split(",")
    return names, [dict(zip(names, line.split(","), strict=True)) for line in lines]


def test_a_patch_with_identical_data_leaves_the_version_and_a_real_change_moves_it(users):
    own = users["partner"].partner
    client = APIClient()
    client.force_authenticate(users["partner"])
    address = f"/api/v1/partners/{own.pk}/"
    before = caching.data_version()
    response = client.patch(address, {"city": own.city}, format="json")
    assert response.status_code == 200, response.content
    assert caching.data_version() == before
    response = client.patch(address, {"city": f"{own.city} Agadir"}, format="json")
    assert response.status_code == 200, response.content
    assert caching.data_version() > before


def test_a_save_that_changes_nothing_leaves_the_version():
    partner = PartnerFactory(city="Agadir")
    before = caching.data_version()
    partner.save()
    partner.city = "Agadir"
    partner.full_clean()
    partner.save()
    assert caching.data_version() == before
    partner.city = "Inezgane"
    partner.save()
    assert caching.data_version() > before


def test_only_the_fields_saved_are_compared():
    partner = PartnerFactory(city="Agadir")
    before = caching.data_version()
    partner.city = "Inezgane"  # changed in memory, not saved below
    partner.save(update_fields=["country"])
    assert caching.data_version() == before
    partner.save(update_fields=["city"])
    assert caching.data_version() > before


def test_a_link_that_is_there_already_leaves_the_version_and_a_deletion_moves_it():
    partner = PartnerFactory()
    domain = DomainFactory()
    partner.domains.add(domain)
    before = caching.data_version()
    partner.domains.add(domain)
    partner.domains.set([domain])
    assert caching.data_version() == before
    partner.domains.remove(domain)
    moved = caching.data_version()
    assert moved > before
    partner.delete()
    assert caching.data_version() > moved


@pytest.fixture
def project(commune, euro_rates):
    PartnerFactory(name_fr="Région Souss-Massa", acronym="RSM")
    return ProjectFactory(
        code="PRJ-BUS", planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31)
    )


def test_an_import_preview_leaves_the_version_and_the_import_moves_it(
    project, django_capture_on_commit_callbacks
):
    header, rows = table(*ROWS)
    before = caching.data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert imports.preview_transactions(header, rows).is_valid
    assert callbacks == []  # rolled back: nothing left to run at a commit
    assert caching.data_version() == before
    with django_capture_on_commit_callbacks(execute=True):
        assert imports.import_transactions(header=header, rows=rows) == 2
    assert caching.data_version() > before


def test_a_rehearsal_that_commits_moves_the_version_at_the_commit(
    django_capture_on_commit_callbacks,
):
    before = caching.data_version()
    with django_capture_on_commit_callbacks(execute=True), caching.rehearsal():
        PartnerFactory()
        during = caching.data_version()
    assert during == before < caching.data_version()


def test_figures_read_in_a_rehearsal_are_not_cached():
    calls = []
    with caching.rehearsal():
        caching.versioned("figure", lambda: calls.append(1) or len(calls))
    assert caching.versioned("figure", lambda: calls.append(1) or len(calls)) == 2
