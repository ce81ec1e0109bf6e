"""Every answer of a DEBUG-off server carries the security headers, whatever its kind (a page,
a redirect, JSON, an open-data file, a static file, a refusal, a 404, a 500), and no error page
leaks a traceback or an error's text (issue 11 #13). The suite runs with DEBUG off, as
production does; `check --deploy` with production settings is in core's test_foundations."""

import pytest
from django.test import Client

from taawun.core.views.system import HealthView

pytestmark = pytest.mark.django_db

SECRET = "sqlite3.OperationalError: secret-table-name"

ANSWERS = {
    "/ar/": 200,
    "/fr/partners/": 200,
    "/": 302,
    "/ar/manage/": 302,
    "/api/v1/partners/": 200,
    "/api/v1/projects/?year=-1": 400,
    "/open-data/partners.csv": 200,
    "/static/core/taawun.css": 200,
    "/ar/no-such-page/": 404,
    "/ar/manage/partners/?year=abc": 302,
    "/healthz": 200,
}


def check_headers(response, url):
    headers = response.headers
    assert headers.get("X-Content-Type-Options") == "nosniff", url
    assert headers.get("Referrer-Policy") == "same-origin", url
    assert headers.get("Cross-Origin-Opener-Policy") == "same-origin", url
    if url.startswith("/static/"):
        return  # a stylesheet, font or image is no document: no frame or script policy applies
    assert headers.get("X-Frame-Options") == "DENY", url
    policy = headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy, url


@pytest.mark.parametrize(("url", "status"), ANSWERS.items())
def test_every_kind_of_answer_carries_the_security_headers(client, settings, url, status):
    assert settings.DEBUG is False
    response = client.get(url)
    assert response.status_code == status, url
    check_headers(response, url)


def test_a_signed_in_answer_and_a_refusal_carry_them_too(client_for):
    for role, url, status in [
        ("officer", "/ar/manage/partners/", 200),
        ("partner", "/ar/manage/partners/export.csv", 403),
    ]:
        response = client_for(role).get(url)
        assert response.status_code == status, url
        check_headers(response, url)


def test_a_server_error_shows_a_page_in_three_languages_and_no_traceback(monkeypatch):
    def broken(self, request):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(HealthView, "get", broken)
    response = Client(raise_request_exception=False).get("/healthz")
    assert response.status_code == 500
    check_headers(response, "/healthz")
    page = response.content.decode()
    assert "Traceback" not in page and "secret-table-name" not in page
    assert "RuntimeError" not in page
    assert "حدث خطأ في الخادم" in page and "Erreur du serveur" in page and "Server error" in page


def test_the_health_check_names_no_database_error(monkeypatch):
    from django.db import connection

    def failing_cursor(*args, **kwargs):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(connection, "cursor", failing_cursor)
    response = Client(raise_request_exception=False).get("/healthz")
    assert response.status_code == 503
    assert "secret-table-name" not in response.content.decode()
    check_headers(response, "/healthz")
