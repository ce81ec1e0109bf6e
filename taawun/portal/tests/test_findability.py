"""Findability of the public side (issue 10, item 11): every public page shares well (Open
Graph), the annual report is reachable from the home, the footer and the open-data page, the
key figures lead to their lists, and a public agreement shows its acts in legal order with the
actor of each, and its signed text or says that it is not published."""

import re
from datetime import UTC, date
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from tests.test_public_data import derived_urls, world  # noqa: F401 (the public world fixture)

pytestmark = pytest.mark.django_db

LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB"}


def meta(html, prop):
    """The content of <meta property=prop>, or None."""
    found = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)"', html)
    return unescape(found.group(1)) if found else None


def test_every_public_page_has_its_open_graph_tags_in_each_language(client, world):  # noqa: F811
    pages, missing = 0, {}
    for url in derived_urls(world):
        language = url.split("/")[1]
        if language not in LOCALES:  # the API, the feeds, the files: not pages of the site
            continue
        response = client.get(url)
        if response.streaming or not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        if "<html" not in html:  # an htmx fragment or a widget's rows, not a page
            continue
        pages += 1
        expected = {
            "og:title": lambda v: bool(v and v.strip()),
            "og:description": lambda v: bool(v and v.strip()),
            "og:locale": lambda v, lang=language: v == LOCALES[lang],
            "og:url": lambda v, u=url: v == "http://testserver" + u.split("?")[0],
        }
        wrong = [prop for prop, ok in expected.items() if not ok(meta(html, prop))]
        if wrong:
            missing[url] = wrong
    assert not missing, "\n".join(f"{url}: {props}" for url, props in missing.items())
    assert pages > 30


def test_the_home_shares_its_own_title_and_description(client, commune):
    html = client.get("/fr/").content.decode()
    assert meta(html, "og:title") == "Coopération décentralisée"
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert meta(html, "og:description") == unescape(description)
    assert "Aourir" in meta(html, "og:description") or commune.name in meta(html, "og:description")
    title = re.search(r"<title>([^<]*)</title>", html).group(1)
    assert title.startswith(meta(html, "og:title") + " · ")


def test_og_url_drops_the_query_string(client, commune):
    html = client.get("/fr/agreements/?q=eau&page=1").content.decode()
    assert meta(html, "og:url") == "http://testserver/fr/agreements/"
    assert '<link rel="canonical" href="http://testserver/fr/agreements/">' in html


def links(html):
    return set(re.findall(r'<a [^>]*href="([^"]*)"', html))


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_annual_report_is_linked_from_the_home_the_footer_and_open_data(
    client, commune, language
):
    with translation.override(language):
        report = reverse("report:index")
        home, open_data, how = reverse("portal:home"), reverse("open-data"), reverse("portal:how")
    home_html = client.get(home).content.decode()
    main, footer = home_html.split("<footer", 1)
    assert report in links(main)  # in the home's own content, not only the footer
    assert report in links(footer)
    # The footer is on every page: the how-it-works page reaches it too.
    assert report in links(client.get(how).content.decode().split("<footer", 1)[1])
    open_main = client.get(open_data).content.decode().split("<footer", 1)[0]
    assert report in links(open_main)


def test_each_key_figure_links_to_its_list(client, commune):
    from taawun.agreements.filters import IN_FORCE_QUERY
    from taawun.projects.tests.factories import LocationFactory, ProjectFactory

    project = ProjectFactory()
    LocationFactory(project=project)
    hidden = ProjectFactory(is_public=False)
    LocationFactory(project=hidden)  # a second locality, reached only by an unpublished project
    html = client.get("/fr/").content.decode()
    section = html.split('id="figures"', 1)[1].split("</section>", 1)[0]
    cards = {
        href: unescape(re.sub(r"<[^>]+>", "", text)).split()
        for href, text in re.findall(r'<a class="card" href="([^"]*)">(.*?)</a>', section)
    }
    with translation.override("fr"):
        assert set(cards) == {
            reverse("portal:partner-list"),
            reverse("portal:agreement-list") + "?" + IN_FORCE_QUERY,
            reverse("portal:project-list"),
            reverse("portal:locality-list"),
        }
        assert cards[reverse("portal:locality-list")][0] == "1"
        assert cards[reverse("portal:project-list")][0] == "1"


@pytest.fixture
def agreement_with_acts(commune, settings, tmp_path):
    """A public agreement whose acts were recorded late and out of order (the draft itself typed
    in December, after the council's May vote), one party unpublished."""
    from datetime import date, datetime

    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Event
    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
    from taawun.partners.tests.factories import PartnerFactory

    settings.MEDIA_ROOT = tmp_path
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    region = PartnerFactory(name_fr="Région Souss-Massa", name_ar="جهة سوس ماسة")
    hidden = PartnerFactory(name_fr="Partenaire-Cache", is_public=False)
    PartyFactory(agreement=agreement, partner=region)
    PartyFactory(agreement=agreement, partner=hidden)
    recorded = datetime(2026, 12, 3, 9, tzinfo=UTC)

    def event(action, on=None, stage=Stage.IN_FORCE, partner=None, minutes=0):
        Event.objects.create(
            agreement=agreement,
            action=action,
            on=on,
            stage=stage,
            partner=partner,
            at=recorded.replace(minute=minutes),
        )

    event("created", stage=Stage.DRAFT)
    event("signed", date(2026, 8, 1), partner=region, minutes=1)  # typed first
    event("stage", date(2026, 8, 1), stage=Stage.IN_FORCE, minutes=2)
    event("visa_granted", date(2026, 7, 1), minutes=3)
    event("stage", date(2026, 7, 1), stage=Stage.SIGNATURES, minutes=4)
    event("approval", date(2026, 6, 10), partner=hidden, minutes=5)
    event("approval", date(2026, 6, 1), partner=region, minutes=6)
    event("deliberation", date(2026, 5, 5), minutes=7)
    event("stage", date(2026, 5, 5), stage=Stage.COUNCIL_APPROVED, minutes=8)
    return agreement


def timeline(html):
    items = html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0].split("<li>")[1:]
    return [" ".join(unescape(re.sub(r"<[^>]+>", "", item)).split()) for item in items]


def test_the_public_timeline_lists_the_acts_by_their_own_date_and_names_each_actor(
    client, agreement_with_acts
):
    with translation.override("en"):
        url = agreement_with_acts.get_absolute_url()
    html = client.get(url).content.decode()
    assert timeline(html) == [
        "May 5, 2026 — Council deliberation recorded — the municipal council",
        "June 1, 2026 — Partner's approval recorded — Région Souss-Massa",
        "June 10, 2026 — Partner's approval recorded — a partner not published",
        "July 1, 2026 — Visa granted — the governor's office",
        "Aug. 1, 2026 — Signed — Région Souss-Massa",
        "Aug. 1, 2026 — Entered into force",
    ]
    assert "Partenaire-Cache" not in html
    acts = html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    with translation.override("en"):  # the day the acts were typed in is not an act's date
        today = date_format(timezone.localdate())
    assert today not in acts


def test_the_agreement_page_says_when_the_signed_text_is_not_published(client, agreement_with_acts):
    from django.core.files.base import ContentFile

    from taawun.agreements.models import Document

    with translation.override("en"):
        url = agreement_with_acts.get_absolute_url()
    Document.objects.create(  # the signed scan kept internal: not offered
        agreement=agreement_with_acts,
        title_fr="Internal scan",
        category="signed",
        is_public=False,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="i.pdf"),
    )
    html = client.get(url).content.decode()
    assert "The signed text is not published." in html
    assert "Internal scan" not in html

    signed = Document.objects.create(
        agreement=agreement_with_acts,
        title_fr="Signed agreement, 1 August 2026",
        category="signed",
        is_public=True,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="s.pdf"),
    )
    html = client.get(url).content.decode()
    section = html.split("The signed text</h2>", 1)[1].split("<h2", 1)[0]
    assert f'href="/en/agreements/documents/{signed.pk}/"' in section
    assert "The signed text is not published." not in html
    assert client.get(f"/en/agreements/documents/{signed.pk}/").status_code == 200


def result_labels(html):
    section = html.split('<ol class="search-results">', 1)
    if len(section) == 1:
        return []
    items = section[1].split("</ol>", 1)[0].split("<li>")[1:]
    return [" ".join(unescape(re.sub(r"<[^>]+>", "", item)).split()) for item in items]


@pytest.fixture
def searchable(commune):
    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
    from taawun.partners.tests.factories import PartnerFactory
    from taawun.projects.models import Update
    from taawun.projects.tests.factories import ProjectFactory
    from taawun.territory.tests.factories import LocalityFactory

    shown = PartnerFactory(name_fr="Association Tamraght Eau")
    PartnerFactory(name_fr="Tamraght Cachée", is_public=False)
    agreement = AgreementFactory(title_fr="Convention Tamraght assainissement", stage="in_force")
    PartyFactory(agreement=agreement, partner=shown)
    AgreementFactory(title_fr="Convention Tamraght secrète", stage="in_force", is_public=False)
    project = ProjectFactory(title_fr="Piste de Tamraght")
    hidden_project = ProjectFactory(title_fr="Projet Tamraght interne", is_public=False)
    LocalityFactory(name_fr="Tamraght", name_ar="تامراغت")
    day = date(2026, 5, 4)
    Update.objects.create(project=project, date=day, title_fr="Travaux à Tamraght", is_public=True)
    Update.objects.create(project=project, date=day, title_fr="Note Tamraght", is_public=False)
    Update.objects.create(
        project=hidden_project, date=day, title_fr="Tamraght du projet interne", is_public=True
    )


def test_the_site_search_finds_every_kind_of_published_record_and_nothing_else(client, searchable):
    html = client.get("/en/search/", {"q": "tamraght"}).content.decode()
    found = result_labels(html)
    assert sorted(label.split(" ", 1)[0] for label in found) == [
        "Agreement",
        "Locality",
        "News",
        "Partner",
        "Project",
    ]
    text = " ".join(found)
    for hidden in ("Cachée", "secrète", "interne", "Note Tamraght"):
        assert hidden not in text and hidden not in html
    # In any content language: the Arabic name finds the locality from the French page.
    found = result_labels(client.get("/fr/search/", {"q": "تامراغت"}).content.decode())
    assert len(found) == 1 and found[0].endswith("Tamraght")


@pytest.mark.parametrize("query", ["a", "x" * 101])
def test_the_site_search_refuses_a_query_too_short_or_too_long(client, commune, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "search-results" not in html and "results for" not in html


def test_the_site_search_is_paginated(client, commune):
    from taawun.partners.tests.factories import PartnerFactory

    for n in range(25):
        PartnerFactory(name_fr=f"Coopérative Argane {n:02}")
    first = result_labels(client.get("/en/search/", {"q": "argane"}).content.decode())
    second = client.get("/en/search/", {"q": "argane", "page": 2}).content.decode()
    assert len(first) == 20 and len(result_labels(second)) == 5
    assert "25 results for" in second


def test_every_public_page_carries_the_search_in_its_header(client, commune):
    for url in ("/ar/", "/fr/agreements/", "/en/open-data/", "/ar/report/"):
        header = client.get(url).content.decode().split("</header>", 1)[0]
        assert 'role="search"' in header and 'name="q"' in header, url
