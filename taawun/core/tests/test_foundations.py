"""Languages, layout, security headers, health and deployment checks."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from taawun.partners.tests.factories import PartnerFactory

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_each_language_has_its_lang_and_direction(client, language, direction):
    page = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page


@pytest.mark.parametrize(
    ("accept", "target"),
    [("fr-FR,fr;q=0.9", "/fr/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE", "/ar/"), ("", "/ar/")],
)
def test_the_root_redirects_by_accept_language_else_to_arabic(client, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_the_language_switcher_stays_on_the_same_page(client):
    partner = PartnerFactory(name_fr="Commune de Taghazout", name_ar="جماعة تغازوت")
    page = client.get(f"/fr/partners/{partner.pk}/commune-de-taghazout/").content.decode()
    assert 'hreflang="ar"' in page
    for code in ("ar", "en"):  # the record's own address in that language: no redirect
        with translation.override(code):
            address = partner.get_absolute_url()
        assert f'href="{address}"' in page
        assert client.get(address).status_code == 200


def test_pages_carry_a_strict_content_security_policy_without_inline_scripts(client, client_for):
    """Scripts only from our own files: no 'unsafe-inline', and no nonce either, since no page
    has an inline script (a nonce would make every body unique and forbid whole-page caching)."""
    officer = client_for("officer")
    for reader, address in [(client, "/ar/partners/"), (officer, "/ar/manage/partners/")]:
        response = reader.get(address)
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy
        assert "'unsafe-inline'" not in policy and "nonce-" not in policy
        scripts = re.findall(r"<script[^>]*>", response.content.decode())
        assert scripts, "htmx is loaded"
        assert all(" src=" in tag for tag in scripts), scripts


def test_no_template_has_an_inline_script():
    """What the policy allows: a <script> element always names its file."""
    offenders = [
        str(path)
        for path in (ROOT / "taawun").rglob("templates/**/*.html")
        for tag in re.findall(r"<script\b[^>]*>", path.read_text())
        if " src=" not in tag
    ]
    assert not offenders


def test_templates_have_no_inline_handlers_styles_or_external_assets():
    offenders = []
    for path in (ROOT / "taawun").rglob("templates/**/*.html"):
        text = path.read_text()
        if re.search(r"\son[a-z]+=\"", text) or ' style="' in text:
            offenders.append(f"{path}: inline handler or style")
        if re.search(r"\ssrc=\"https?://|<link[^>]+href=\"https?://|url\(\"?https?://", text):
            offenders.append(f"{path}: external asset")
    assert not offenders


def test_the_arabic_font_and_stylesheet_are_served_by_the_application(client):
    css = (ROOT / "taawun/core/static/core/taawun.css").read_text()
    assert 'url("fonts/noto-sans-arabic.woff2")' in css
    assert not re.search(r"\b(margin|padding)-(left|right)\b|\b(left|right)\s*:", css), (
        "use logical properties"
    )
    assert (ROOT / "taawun/core/static/core/fonts/noto-sans-arabic.woff2").stat().st_size > 10_000


def test_health_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_health_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_health_names_no_database_detail_and_logs_it(client, monkeypatch, caplog):
    detail = 'could not connect to server: host "db.internal.aourir" (10.0.3.7), port 5432'

    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError(detail)

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    with caplog.at_level("ERROR", logger="taawun.health"):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error"}
    assert b"db.internal" not in response.content and b"5432" not in response.content
    assert detail in caplog.text, "the operator finds the detail in the log"


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_404_page_links_each_language_to_its_home(client, settings, language):
    settings.DEBUG = False
    response = client.get(f"/{language}/nope/nowhere/")
    assert response.status_code == 404
    page = response.content.decode()
    links = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', page))
    assert links == {"ar": "/ar/", "fr": "/fr/", "en": "/en/"}
    for code in ("ar", "fr", "en"):
        assert re.search(rf'<a href="/{code}/" lang="{code}" hreflang="{code}"', page)


def test_the_workspace_sends_anonymous_users_to_sign_in(client):
    response = client.get("/ar/manage/")
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/accounts/login/")


def test_login_is_throttled_after_repeated_failures(client, users, settings):
    settings.AXES_FAILURE_LIMIT = 3
    url = reverse("accounts:login")
    for _ in range(3):
        client.post(url, {"username": "officer", "password": "wrong"}, REMOTE_ADDR="10.0.0.9")
    response = client.post(
        url, {"username": "officer", "password": "taawun-demo"}, REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_signing_in_with_the_right_password_opens_the_workspace(client, users):
    response = client.post(
        reverse("accounts:login"), {"username": "council", "password": "taawun-demo"}
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.slow
def test_the_deployment_check_is_clean_with_debug_off_and_a_real_secret(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-value-0123456789",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "cooperation.aourir.ma",
        "SQLITE_PATH": str(tmp_path / "deploy.sqlite3"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_the_deployment_check_refuses_the_development_secret(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "DEBUG": "false", "SQLITE_PATH": str(tmp_path / "d.sqlite3")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "taawun.E001" in result.stdout + result.stderr


def test_public_pages_answer_304_until_the_data_changes(client):
    partner = PartnerFactory(name_fr="Commune de Taghazout")
    first = client.get("/fr/partners/")
    stamp = first["Last-Modified"]
    assert first.status_code == 200 and stamp
    again = client.get("/fr/partners/", HTTP_IF_MODIFIED_SINCE=stamp)
    assert again.status_code == 304
    import time

    time.sleep(1.1)  # HTTP dates count whole seconds
    partner.city = "Taghazout Bay"
    partner.save()
    fresh = client.get("/fr/partners/", HTTP_IF_MODIFIED_SINCE=stamp)
    assert fresh.status_code == 200
    assert "Taghazout Bay" in fresh.content.decode() or fresh["Last-Modified"] != stamp


def test_signed_in_readers_always_get_a_fresh_page(client_for):
    client = client_for("officer")
    response = client.get("/fr/partners/", HTTP_IF_MODIFIED_SINCE="Wed, 01 Jan 2100 00:00:00 GMT")
    assert response.status_code == 200
    assert "Last-Modified" not in response


def test_robots_and_sitemap_list_public_pages_only(client):
    public = PartnerFactory(name_fr="Commune de Drarga")
    hidden = PartnerFactory(name_fr="Prospect discret", is_public=False)
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /ar/manage/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/fr/partners/{public.pk}/" in sitemap and f"/ar/partners/{public.pk}/" in sitemap
    assert f"/partners/{hidden.pk}/" not in sitemap
    assert 'hreflang="fr"' in sitemap


def test_pages_carry_open_graph_tags(client):
    page = client.get("/fr/").content.decode()
    assert 'property="og:locale" content="fr_MA"' in page
    assert 'property="og:url" content="http://testserver/fr/"' in page
