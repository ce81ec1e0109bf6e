"""The public-service shell (issue 10 #10): header, identity, footer, notices, design page."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.cache import cache
from django.urls import reverse
from fontTools.ttLib import TTFont

from taawun.core.caching import KEY
from taawun.core.management.commands import build_fonts
from taawun.territory import services as territory_services

ROOT = Path(__file__).resolve().parents[3]
CSS = ROOT / "taawun/core/static/core/taawun.css"


@pytest.fixture
def aourir(db):
    return territory_services.commune_profile_save(
        name_ar="أورير",
        name_fr="Aourir",
        name_en="Aourir",
        name_zgh="ⴰⵡⵔⵉⵔ",
        phone="+212 5 28 00 00 00",
        email="contact@aourir.example.ma",
        address_ar="مقر الجماعة، أورير",
        address_fr="Siège de la commune, Aourir",
        address_en="Town hall, Aourir",
    )


def test_the_header_names_the_kingdom_and_the_commune_in_arabic_tifinagh_and_french(client, aourir):
    html = client.get("/fr/").content.decode()
    assert '<span lang="ar" dir="rtl">المملكة المغربية</span>' in html
    assert '<span lang="zgh" dir="ltr">ⴰⵡⵔⵉⵔ</span>' in html
    assert '<span lang="ar" dir="rtl">أورير</span>' in html
    assert '<span lang="fr" dir="ltr">Aourir</span>' in html


def test_the_header_shows_the_commune_emblem_from_its_profile(client, aourir, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    aourir.logo.name = "commune/emblem.png"
    aourir.save()
    cache.clear()
    html = client.get("/ar/").content.decode()
    assert 'class="emblem" src="/media/commune/emblem.png"' in html


def test_the_menu_button_controls_the_navigation_on_public_and_workspace_pages(client_for):
    for role, url in ((None, "/ar/"), ("officer", "/ar/manage/")):
        html = client_for(role).get(url).content.decode()
        assert 'class="menu-button" aria-expanded="true" aria-controls="site-nav" hidden' in html
        assert 'id="site-nav"' in html
        assert "core/menu.js" in html


def test_the_footer_gives_the_contact_the_notices_and_the_last_update(client, aourir):
    cache.set(KEY, int(datetime(2026, 5, 4, 10, 30, tzinfo=UTC).timestamp()), None)
    html = client.get("/fr/").content.decode()
    assert "Siège de la commune, Aourir" in html
    assert 'href="tel:+212528000000"' in html
    assert 'href="mailto:contact@aourir.example.ma"' in html
    for name in ("portal:accessibility", "portal:legal", "portal:personal-data", "sitemap"):
        assert f'href="{reverse(name)}"' in html
    assert 'href="/fr/report/"' in html  # the annual report stays in the footer
    # 10:30 UTC is 11:30 in Casablanca (UTC+1 outside Ramadan).
    assert '<time datetime="2026-05-04T11:30:00+01:00">' in html


@pytest.mark.parametrize("name", ["portal:accessibility", "portal:legal", "portal:personal-data"])
@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_three_notices_are_public_in_each_language(client, db, name, language):
    from django.utils import translation

    with translation.override(language):
        url = reverse(name)
    assert url.startswith(f"/{language}/")
    assert client.get(url).status_code == 200


def test_the_sitemap_lists_the_notices(client, db):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ("/ar/accessibility/", "/fr/legal-notice/", "/en/personal-data/"):
        assert path in xml


def test_the_personal_data_notice_names_law_09_08_and_the_cndp(client, db):
    html = client.get("/en/personal-data/").content.decode()
    assert "Law 09-08" in html and "CNDP" in html


def test_the_design_page_shows_the_components_in_arabic_and_french(client_for):
    html = client_for("officer").get("/fr/manage/design/").content.decode()
    assert 'lang="ar" dir="rtl" aria-labelledby="design-ar"' in html
    assert 'lang="fr" dir="ltr" aria-labelledby="design-fr"' in html
    for part in ("header", "buttons", "form", "table", "tags", "messages", "empty", "pagination"):
        assert f'id="design-ar-{part}"' in html and f'id="design-fr-{part}"' in html
    assert 'aria-invalid="true"' in html


def test_the_design_page_is_for_the_staff_only(client_for):
    assert client_for("council").get("/fr/manage/design/").status_code == 403
    assert client_for("partner").get("/fr/manage/design/").status_code == 403


def test_the_tifinagh_font_is_built_with_the_letters_of_the_commune_name(tmp_path):
    source = build_fonts.TIFINAGH_SOURCE
    if not source.exists():
        pytest.skip(f"{source} is not installed (Debian's fonts-noto-core)")
    target = tmp_path / "tifinagh.woff2"
    build_fonts.Command().build_tifinagh(source=source, target=target)
    cmap = TTFont(target).getBestCmap()
    assert all(ord(letter) in cmap for letter in "ⴰⵡⵔⵉⵔ ⵜⴰⴳⵍⴷⵉⵜ ⵏ ⵍⵎⵖⵔⵉⴱ")
    assert target.stat().st_size < 30_000


def test_the_stylesheet_serves_the_tifinagh_font_for_lang_zgh():
    css = CSS.read_text()
    assert 'url("fonts/noto-sans-tifinagh.woff2")' in css
    assert '[lang="zgh"]' in css


def test_codes_never_wrap_and_figures_align():
    css = CSS.read_text()
    assert ".ref, bdi.ref, .code, bdi.code, .iati-id, code { white-space: nowrap; }" in css
    assert "td.number, th.number { text-align: end; white-space: nowrap; }" in css


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_focus_ring_has_a_band_above_3_to_1_on_the_light_page_and_the_dark_bars():
    css = CSS.read_text()
    focus = re.search(r"--focus: (#[0-9a-f]{6})", css).group(1)
    ink = re.search(r"--focus-ink: (#[0-9a-f]{6})", css).group(1)
    bars = [
        re.search(rf"--{name}: (#[0-9a-f]{{6}})", css).group(1) for name in ("brand", "brand-dark")
    ]
    bars += ["#263238", "#37474f"]  # the workspace's header and navigation
    for background in ["#ffffff", "#f3f5f4", *bars]:
        assert max(_contrast(focus, background), _contrast(ink, background)) >= 3, background
    assert (
        "box-shadow: 0 0 0 3px var(--focus)" in css and "outline: 3px solid var(--focus-ink)" in css
    )
