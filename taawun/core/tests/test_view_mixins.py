"""The view mixins every app shares: the htmx fragment, the slug redirect, the map's policy."""

from types import SimpleNamespace

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.views import View
from django.views.generic import TemplateView
from django_htmx.middleware import HtmxDetails

from taawun.core.views import HtmxFragmentMixin, SlugRedirectMixin, map_csp


class Listing(HtmxFragmentMixin, TemplateView):
    template_name = "app/thing_list.html"


def request(**headers):
    req = RequestFactory().get("/", headers=headers)
    req.htmx = HtmxDetails(req)
    return req


def view_for(req, cls=Listing):
    view = cls()
    view.setup(req)
    return view


def test_a_plain_request_gets_the_whole_page():
    assert view_for(request()).get_template_names() == ["app/thing_list.html"]


def test_an_htmx_request_gets_only_the_results_partial():
    view = view_for(request(**{"HX-Request": "true"}))
    assert view.is_fragment()
    assert view.get_template_names() == ["app/thing_list.html#results"]


def test_a_history_restore_gets_the_whole_page():
    view = view_for(request(**{"HX-Request": "true", "HX-History-Restore-Request": "true"}))
    assert not view.is_fragment()
    assert view.get_template_names() == ["app/thing_list.html"]


class Detail(SlugRedirectMixin, View):
    def get_object(self):
        return SimpleNamespace(slug="the-title", get_absolute_url=lambda: "/things/1/the-title/")

    def get_context_data(self, **kwargs):
        return kwargs

    def render_to_response(self, context):
        return HttpResponse("page")


@pytest.mark.parametrize("slug", [None, "an-old-title"])
def test_a_missing_or_old_slug_redirects_permanently_to_the_current_address(slug):
    kwargs = {"pk": 1} if slug is None else {"pk": 1, "slug": slug}
    response = Detail.as_view()(request(), **kwargs)
    assert response.status_code == 301
    assert response["Location"] == "/things/1/the-title/"


def test_the_current_slug_shows_the_page():
    response = Detail.as_view()(request(), pk=1, slug="the-title")
    assert response.status_code == 200


def test_the_map_policy_adds_the_tile_server_to_the_images_only(settings):
    settings.MAP_TILES_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    policy = map_csp()
    assert "https://tiles.example.org" in policy["img-src"]
    assert policy["script-src"] == settings.SECURE_CSP["script-src"]
    assert "https://tiles.example.org" not in settings.SECURE_CSP["img-src"]


def test_tiles_from_our_own_host_change_nothing(settings):
    settings.MAP_TILES_URL = "/tiles/{z}/{x}/{y}.png"
    assert map_csp() == dict(settings.SECURE_CSP)


@pytest.mark.django_db
def test_a_map_page_sends_the_map_policy_and_the_tiles_address(client, settings):
    # The portal's project list is a MapPageMixin page; the partner list is not.
    settings.MAP_TILES_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    response = client.get("/fr/projects/")
    assert "https://tiles.example.org" in response["Content-Security-Policy"]
    assert response.context["map_tiles_url"] == settings.MAP_TILES_URL
    other = client.get("/fr/partners/")
    assert "https://tiles.example.org" not in other["Content-Security-Policy"]
