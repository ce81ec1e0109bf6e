"""What core keeps for the apps above it, filled by them: the watched records of the data
version and the name-search sources."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from taawun.core import caching, choices
from taawun.partners.tests.factories import PartnerFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db


def test_each_app_registers_the_records_the_portal_shows():
    assert {"partners.Partner", "agreements.Agreement", "projects.Project"} <= caching.WATCHED
    assert {"territory.Locality", "territory.CommuneProfile"} <= caching.WATCHED
    assert "accounts.User" not in caching.WATCHED


def test_a_link_of_a_watched_record_moves_the_version_and_a_user_group_does_not(users):
    partner = PartnerFactory()
    domain = DomainFactory()
    before = caching.data_version()
    users["officer"].groups.add(Group.objects.create(name="readers"))
    assert caching.data_version() == before
    partner.domains.add(domain)
    assert caching.data_version() > before


def test_each_app_registers_its_name_search():
    assert {"partners", "localities", "agreements"} <= set(choices.SOURCES)


def test_an_app_adds_a_name_search_without_core_knowing_it(client):
    from taawun.partners.models import Partner

    choices.register_choices("acronyms", lambda request: Partner.objects.all(), "name", ["acronym"])
    try:
        partner = PartnerFactory(acronym="FAX")
        found = client.get(reverse("core:choices", args=["acronyms"]), {"q": "fax"})
        assert f'value="{partner.pk}"' in found.content.decode()
    finally:
        choices.SOURCES.pop("acronyms")


def test_anonymous_name_searches_answer_304_until_the_data_changes(client):
    PartnerFactory(name_fr="Fondation Argane")
    address = reverse("core:choices", args=["partners"])
    first = client.get(address, {"q": "argane"})
    assert first["Last-Modified"]
    again = client.get(address, {"q": "argane"}, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
