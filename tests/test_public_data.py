"""Nothing private leaks: no personal data and no non-public record in any public page, API
response, feed, sitemap, export or IATI file.

The public outputs are not listed by hand: every URL name of the resolver that the authorization
matrix (tests/test_authorization.py, which fails for a URL without an entry) opens to an anonymous
GET is checked, in every language, with its arguments taken from the world below (BUILDERS). A new
public URL is checked without anyone adding it here, and fails until its arguments can be built.
The outputs once listed by hand (required_urls) stay the coverage every run must reach."""

import io
import shutil
import subprocess
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tests.test_authorization import ANON, MATRIX, SKIPPED_NAMESPACES, all_url_names

pytestmark = pytest.mark.django_db

SECRETS = [
    "Leila Secretname",  # a contact person
    "leila.secret@example.org",
    "+212 6 99 99 99 99",
    "NOTE-PARTNER-INTERNE",  # internal notes
    "NOTE-CONVENTION-INTERNE",
    "Partenaire-Cache",  # non-public records
    "Convention-Cachee",
    "Projet-Cache",
    "Actualite-Interne",
    "Document-Interne",
    "RAISON-DEPASSEMENT",  # a finance officer's override reason
    "officer@example.org",  # staff e-mail
]


@pytest.fixture
def world(db, users, commune, settings, tmp_path):
    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Document
    from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
    from taawun.partners.tests.factories import ContactFactory, PartnerFactory
    from taawun.projects.models import Participant, Transaction, Update
    from taawun.projects.tests.factories import LocationFactory, ProjectFactory

    settings.MEDIA_ROOT = tmp_path
    public = PartnerFactory(name_fr="Région Souss-Massa", notes="NOTE-PARTNER-INTERNE")
    ContactFactory(
        partner=public,
        name="Leila Secretname",
        email="leila.secret@example.org",
        phone="+212 6 99 99 99 99",
    )
    hidden = PartnerFactory(name_fr="Partenaire-Cache", is_public=False)
    agreement = AgreementFactory(stage=Stage.IN_FORCE, internal_notes="NOTE-CONVENTION-INTERNE")
    PartyFactory(agreement=agreement, partner=commune)
    ObligationFactory(party=PartyFactory(agreement=agreement, partner=public))
    AgreementFactory(title_fr="Convention-Cachee", stage=Stage.IN_FORCE, is_public=False)
    Document.objects.create(
        agreement=agreement,
        title="Document-Interne",
        category="annex",
        is_public=False,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="d.pdf"),
    )
    signed = Document.objects.create(
        agreement=agreement,
        title="Convention signée",
        category="signed",
        is_public=True,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="s.pdf"),
    )
    project = ProjectFactory(title_fr="Adduction d'eau de Tamraght")
    project.agreements.add(agreement)
    LocationFactory(project=project)
    Participant.objects.create(project=project, partner=public, role="1")
    Participant.objects.create(project=project, partner=hidden, role="4")
    Transaction.objects.create(
        project=project,
        type="11",
        date=date(2025, 2, 1),
        provider=public,
        amount=Decimal("10"),
        currency="MAD",
        rate=1,
        mad_value=Decimal("10"),
    )
    Transaction.objects.create(
        project=project,
        type="3",
        date=date(2025, 3, 1),
        provider=public,
        amount=Decimal("20"),
        currency="MAD",
        rate=1,
        mad_value=Decimal("20"),
        override_reason="RAISON-DEPASSEMENT",
    )
    Update.objects.create(
        project=project, date=date(2025, 4, 1), title_ar="خبر", title_fr="Chantier lancé"
    )
    Update.objects.create(
        project=project,
        date=date(2025, 4, 2),
        title_ar="داخلي",
        title_fr="Actualite-Interne",
        is_public=False,
    )
    secret_project = ProjectFactory(title_fr="Projet-Cache", is_public=False)
    LocationFactory(project=secret_project)
    return {
        "partner": public,
        "agreement": agreement,
        "project": project,
        "commune": commune,
        "document": signed,
        "locality": project.locations.first().locality,
    }


def _all(**values):
    """One (kwargs, query) per value: _all(kind=["a", "b"]) -> [({"kind": "a"}, ""), ...]."""
    ((key, items),) = values.items()
    return [({key: item}, "") for item in items]


def _records(*records):
    """A public record's page at its address (pk and slug; the pk alone redirects there)."""
    return [({"pk": r.pk, "slug": r.slug}, "") for r in records]


def _choice_kinds(world):
    from taawun.core.choices import SOURCES

    kinds = sorted(SOURCES) or ["partners", "localities", "agreements"]
    return _all(kind=kinds) + [({"kind": "agreements"}, "?checkboxes=agreements")]


# URL name -> world -> [(kwargs, query string)]: the arguments a public URL is checked with.
BUILDERS = {
    "portal:partner-detail": lambda w: _records(w["partner"], w["commune"]),
    "portal:agreement-detail": lambda w: _records(w["agreement"]),
    "portal:agreement-document": lambda w: _all(pk=[w["document"].pk]),
    "portal:project-detail": lambda w: _records(w["project"]),
    "portal:locality-detail": lambda w: _all(slug=[w["locality"].slug]),
    "core:choices": _choice_kinds,
    "report:page": lambda w: _all(year=[2025]),
    "report:pdf": lambda w: _all(year=[2025]),
    "opendata:dataset": lambda w: [
        ({"name": name, "fmt": fmt}, "")
        for name in ("partners", "agreements", "projects", "transactions", "indicators")
        for fmt in ("csv", "json", "xlsx")
    ],
    "opendata:updates-feed": lambda w: _all(language=[code for code, _ in settings.LANGUAGES]),
    "api:partner-detail": lambda w: _all(pk=[w["partner"].pk, w["commune"].pk]),
    "api:agreement-detail": lambda w: _all(pk=[w["agreement"].pk]),
    "api:project-detail": lambda w: _all(pk=[w["project"].pk]),
}


def public_names():
    """Every named URL that answers an anonymous GET with 200, as the matrix says."""
    names, unknown = set(), set()
    for name in all_url_names():
        if name.split(":")[0] in SKIPPED_NAMESPACES:
            continue
        if name not in MATRIX:
            unknown.add(name)
            continue
        method, _kwargs, expected = MATRIX[name]
        if method == "get" and expected[ANON] == 200:
            names.add(name)
    assert not unknown, (
        f"URLs without an authorization entry (tests/test_authorization.py): {unknown}"
    )
    return names


def derived_urls(world):
    """Every public URL, in every language, with its arguments from the world."""
    urls, unbuildable = set(), []
    names = public_names()
    for name in sorted(names):
        cases = BUILDERS[name](world) if name in BUILDERS else [({}, "")]
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                for kwargs, query in cases:
                    try:
                        urls.add(reverse(name, kwargs=kwargs) + query)
                    except NoReverseMatch:
                        unbuildable.append(name)
    assert not unbuildable, (
        f"public URLs with no arguments to build them from the world (add them to BUILDERS): "
        f"{sorted(set(unbuildable))}"
    )
    stale = sorted(set(BUILDERS) - names)
    assert not stale, f"BUILDERS entries for URLs that are not public any more: {stale}"
    return sorted(urls)


def required_urls(world):
    """The outputs this test listed by hand before it derived them: the least it must check."""
    urls = [
        "/robots.txt",
        "/sitemap.xml",
        "/open-data/iati/activities.xml",
        "/open-data/iati/organisation.xml",
        "/api/v1/partners/",
        "/api/v1/agreements/",
        "/api/v1/projects/",
        "/api/v1/projects/geojson/",
        "/api/v1/schema/",
        f"/api/v1/partners/{world['partner'].pk}/",
        f"/api/v1/agreements/{world['agreement'].pk}/",
        f"/api/v1/projects/{world['project'].pk}/",
    ]
    for name in ("partners", "agreements", "projects", "transactions", "indicators"):
        urls += [f"/open-data/{name}.{fmt}" for fmt in ("csv", "json", "xlsx")]
    for language in ("ar", "fr", "en"):
        urls.append(f"/open-data/updates-{language}.atom")
        with translation.override(language):
            for name in (
                "portal:home",
                "portal:partner-list",
                "portal:agreement-list",
                "portal:project-list",
                "open-data",
            ):
                urls.append(reverse(name))
            urls += [
                world["partner"].get_absolute_url(),
                world["commune"].get_absolute_url(),
                world["agreement"].get_absolute_url(),
                world["project"].get_absolute_url(),
            ]
            for name in ("portal:locality-list", "portal:news", "portal:how", "report:index"):
                urls.append(reverse(name))
            locality = world["locality"]
            urls.append(reverse("portal:locality-detail", kwargs={"slug": locality.slug}))
            urls.append(reverse("report:page", kwargs={"year": 2025}))
            # The name searches of the filters and forms, with no text: every row they offer.
            for kind in ("partners", "localities", "agreements"):
                urls.append(reverse("core:choices", args=[kind]))
            urls.append(reverse("core:choices", args=["agreements"]) + "?checkboxes=agreements")
    return urls


def body(response, tmp_path):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content[:4] == b"PK\x03\x04":  # XLSX: read the text of its sheets
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            content = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    elif content[:5] == b"%PDF-" and shutil.which("pdftotext"):  # a PDF: read its text layer
        path = tmp_path / "output.pdf"
        path.write_bytes(content)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
        if text.returncode == 0:  # a stored upload may be no PDF that poppler reads: as it is
            content += text.stdout
    return content.decode("utf-8", errors="replace")


def test_every_public_url_is_derived_from_the_resolver(world):
    derived = derived_urls(world)
    missing = sorted(set(required_urls(world)) - set(derived))
    assert not missing, f"public outputs no longer checked: {missing}"
    assert len(derived) > len(required_urls(world))


def test_no_public_output_carries_personal_data_or_a_non_public_record(client, world, tmp_path):
    checked = 0
    for url in derived_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        text = body(response, tmp_path)
        leaks = [secret for secret in SECRETS if secret in text]
        assert not leaks, f"{url} shows {leaks}"
        checked += 1
    assert checked > 50
