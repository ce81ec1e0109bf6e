"""Test helpers for uploaded files: the URLconf as the development server builds it."""

import importlib

import pytest
from django.urls import clear_url_caches


def _reload_urls():
    import taawun.urls

    importlib.reload(taawun.urls)
    clear_url_caches()


@pytest.fixture
def served_media(settings):
    """DEBUG on and the root URLconf rebuilt, so /media/ is served by Django as in `make demo`;
    rebuilt again without it afterwards."""
    settings.DEBUG = True
    _reload_urls()
    yield
    settings.DEBUG = False
    _reload_urls()
