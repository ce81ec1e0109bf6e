"""Nothing private leaks: no personal data and no non-public record in any public page, API
response, feed, sitemap, export or IATI file. Every public output is enumerated here."""

import io
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

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
def world(db, users, settings, tmp_path):
    from taawun.agreements.choices import Stage
    from taawun.agreements.factories import AgreementFactory, ObligationFactory, PartyFactory
    from taawun.agreements.models import Document
    from taawun.partners.factories import ContactFactory, PartnerFactory
    from taawun.projects.factories import LocationFactory, ProjectFactory
    from taawun.projects.models import Participant, Transaction, Update
    from taawun.territory.models import CommuneProfile

    settings.MEDIA_ROOT = tmp_path
    commune = PartnerFactory(name_fr="Commune d'Aourir", name_ar="جماعة أورير", kind="commune")
    CommuneProfile.objects.update_or_create(
        pk=1, defaults={"name_ar": "أورير", "name_fr": "Aourir", "partner": commune}
    )
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
    return {"partner": public, "agreement": agreement, "project": project, "commune": commune}


def public_urls(world):
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
            locality = world["project"].locations.first().locality
            urls.append(reverse("portal:locality-detail", kwargs={"slug": locality.slug}))
            urls.append(reverse("report:page", kwargs={"year": 2025}))
            # The name searches of the filters and forms, with no text: every row they offer.
            for kind in ("partners", "localities", "agreements"):
                urls.append(reverse("core:choices", args=[kind]))
            urls.append(reverse("core:choices", args=["agreements"]) + "?checkboxes=agreements")
    return urls


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content[:4] == b"PK\x03\x04":  # XLSX: read the text of its sheets
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            content = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    return content.decode("utf-8", errors="replace")


def test_no_public_output_carries_personal_data_or_a_non_public_record(client, world):
    checked = 0
    for url in public_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        text = body(response)
        leaks = [secret for secret in SECRETS if secret in text]
        assert not leaks, f"{url} shows {leaks}"
        checked += 1
    assert checked > 50
