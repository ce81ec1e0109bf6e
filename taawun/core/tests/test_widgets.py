"""Searchable selects: every option while there are few, a name search when there are thousands."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from taawun.core import widgets
from taawun.partners.tests.factories import PartnerFactory
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db


def project_list(client, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("portal:project-list"), params)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_few_partners_are_all_listed_in_the_select(client):
    partners = PartnerFactory.create_batch(3)
    html, _ = project_list(client)
    for partner in partners:
        assert f'<option value="{partner.pk}">{partner.name}</option>' in html
    assert "searchable-select" not in html


def test_many_partners_leave_only_the_choice_and_a_name_search(client, monkeypatch):
    monkeypatch.setattr(widgets, "LISTED_CHOICES", 2)
    partners = PartnerFactory.create_batch(3)
    chosen = partners[1]
    html, _ = project_list(client, partner=chosen.pk)
    assert "searchable-select" in html
    assert f'<option value="{chosen.pk}" selected>{chosen.name}</option>' in html
    for other in (partners[0], partners[2]):
        assert other.name not in html
    assert f'hx-get="{reverse("core:choices", args=["partners"])}"' in html
    # The name box is outside the filter form, so the filter's URL never carries it.
    assert 'form="id_partner-none"' in html


def test_the_page_weighs_and_costs_the_same_with_ten_times_more_partners(client, monkeypatch):
    monkeypatch.setattr(widgets, "LISTED_CHOICES", 5)
    PartnerFactory.create_batch(6)
    LocalityFactory.create_batch(6)
    # Each measure after a first request, which also reads the data version and the count.
    project_list(client)
    small_html, small_queries = project_list(client)
    PartnerFactory.create_batch(60)
    LocalityFactory.create_batch(60)
    project_list(client)
    large_html, large_queries = project_list(client)
    assert large_queries == small_queries
    assert large_html.count("<option") == small_html.count("<option")


def test_the_suggestions_are_the_public_partners_whose_name_matches(client):
    shown = PartnerFactory(name_fr="Fondation Argane", name_ar="مؤسسة أركان")
    hidden = PartnerFactory(name_fr="Argane privée", is_public=False)
    PartnerFactory(name_fr="Agence du Bassin")
    response = client.get(reverse("core:choices", args=["partners"]), {"q": "argane"})
    html = response.content.decode()
    assert f'<option value="{shown.pk}">' in html
    assert f'value="{hidden.pk}"' not in html
    assert "Bassin" not in html
    arabic = client.get(reverse("core:choices", args=["partners"]), {"q": "أركان"})
    assert f'<option value="{shown.pk}">' in arabic.content.decode()


def test_commune_staff_find_unpublished_partners_too(client_for):
    hidden = PartnerFactory(name_fr="Argane privée", is_public=False)
    response = client_for("officer").get(
        reverse("core:choices", args=["partners"]), {"q": "argane"}
    )
    assert f'<option value="{hidden.pk}">' in response.content.decode()


def test_localities_are_suggested_and_a_miss_is_said(client):
    tamraght = LocalityFactory(name_fr="Tamraght", name_ar="تامراغت")
    found = client.get(reverse("core:choices", args=["localities"]), {"q": "tamr"})
    assert f'<option value="{tamraght.pk}">' in found.content.decode()
    missed = client.get(reverse("core:choices", args=["localities"]), {"q": "zzz" * 50})
    assert missed.status_code == 200
    assert "disabled" in missed.content.decode()


def test_suggestions_are_limited_and_unknown_kinds_are_not_found(client):
    PartnerFactory.create_batch(widgets.SUGGESTED_CHOICES + 5)
    html = client.get(reverse("core:choices", args=["partners"])).content.decode()
    assert html.count("<option value=") == widgets.SUGGESTED_CHOICES + 1  # and the empty one
    assert client.get(reverse("core:choices", args=["contacts"])).status_code == 404
