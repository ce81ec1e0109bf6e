"""Whole anonymous portal pages from the shared cache (core.caching.PublicPageCacheMiddleware):
served without the view while the data version and the day hold; never a page that belongs to
one reader (signed in, a session, a form's CSRF token, a cookie set); a change shows at once."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from taawun.core.caching import data_version
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db
CASABLANCA = ZoneInfo("Africa/Casablanca")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE = True


def test_a_second_anonymous_reader_gets_the_page_without_the_view(
    client, django_assert_num_queries
):
    PartnerFactory(name_fr="Commune de Taghazout", is_public=True)
    first = client.get("/fr/partners/")
    assert first.status_code == 200 and first.context is not None
    with django_assert_num_queries(0):
        again = Client().get("/fr/partners/")
    assert again.status_code == 200
    assert again.context is None  # no template was rendered
    assert again.content == first.content
    assert "Commune de Taghazout" in again.content.decode()
    for header in ("Content-Type", "Content-Language", "Last-Modified", "Content-Security-Policy"):
        assert again[header] == first[header], header
    assert again["Cache-Control"] == "no-cache" and "Cookie" in again["Vary"]


def test_the_reader_who_has_the_page_still_gets_304(client):
    stamp = client.get("/fr/partners/")["Last-Modified"]
    assert client.get("/fr/partners/", HTTP_IF_MODIFIED_SINCE=stamp).status_code == 304


def test_a_change_to_the_public_data_shows_on_the_next_request(client):
    partner = PartnerFactory(name_fr="Commune de Taghazout", is_public=True)
    before = data_version()
    assert "Commune de Taghazout" in client.get("/fr/partners/").content.decode()
    partner.name_fr = "Commune de Tamri"
    partner.save()
    assert data_version() > before
    page = Client().get("/fr/partners/").content.decode()
    assert "Commune de Tamri" in page and "Commune de Taghazout" not in page


def test_each_address_language_and_query_has_its_own_page(client):
    PartnerFactory(name_fr="Commune de Taghazout", name_ar="جماعة تغازوت", is_public=True)
    french = client.get("/fr/partners/").content.decode()
    arabic = client.get("/ar/partners/").content.decode()
    found = client.get("/fr/partners/?q=Taghazout").content.decode()
    none = client.get("/fr/partners/?q=Essaouira").content.decode()
    assert 'lang="fr"' in french and 'lang="ar"' in arabic
    assert "Commune de Taghazout" in found and "Commune de Taghazout" not in none


def test_an_htmx_fragment_and_the_whole_page_are_kept_apart(client):
    fragment = client.get("/fr/projects/", HTTP_HX_REQUEST="true").content.decode()
    page = client.get("/fr/projects/").content.decode()
    assert "<html" not in fragment and "<html" in page
    assert "<html" not in client.get("/fr/projects/", HTTP_HX_REQUEST="true").content.decode()


def test_a_signed_in_readers_page_is_never_kept_nor_served_from_the_cache(client, client_for):
    officer = client_for("officer")
    workspace = 'href="/fr/manage/"'
    assert workspace in officer.get("/fr/partners/").content.decode()
    anonymous = client.get("/fr/partners/").content.decode()
    assert workspace not in anonymous and 'href="/fr/accounts/login/"' in anonymous
    assert workspace in officer.get("/fr/partners/").content.decode()


def test_a_page_with_a_form_is_rendered_for_each_reader(client, django_assert_max_num_queries):
    """The form's CSRF token belongs to the reader's cookie: another reader could not send it."""
    first = client.get("/fr/information-requests/new/")
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    second = Client().get("/fr/information-requests/new/")
    assert second.context is not None  # rendered again, not from the cache


def test_a_reader_with_a_session_gets_a_fresh_page(client):
    client.get("/fr/partners/")
    client.cookies["sessionid"] = "a-session-that-may-hold-messages"
    assert client.get("/fr/partners/").context is not None


def test_the_cache_can_be_switched_off(client, settings):
    settings.PUBLIC_PAGE_CACHE = False
    client.get("/fr/partners/")
    assert Client().get("/fr/partners/").context is not None


def test_a_new_day_in_morocco_renders_the_page_again(client, time_machine):
    # Morocco keeps UTC+00:00 all year since 2026-09-20 (IANA 2026c): read the offset, not assume it.
    time_machine.move_to(datetime(2026, 12, 6, 23, 30, tzinfo=CASABLANCA))
    client.get("/fr/partners/")
    assert Client().get("/fr/partners/").context is None
    time_machine.move_to(datetime(2026, 12, 7, 0, 30, tzinfo=CASABLANCA))
    assert Client().get("/fr/partners/").context is not None
