"""Good practices: the officer writes a card from a project with its indicators, records a
replication by a neighbouring commune and publishes it ("replicated 1 time" on the portal); a
partner's representative submits a card that stays off the portal until the commune validates
and publishes it, and sees only its own organisation's cards, never the internal note."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from taawun.knowledge import services
from taawun.knowledge.models import Practice
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Indicator
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db

CARD = {
    "title_ar": "تنظيف شاطئ تامراغت مع شباب الدوار",
    "title_fr": "Nettoyage de la plage de Tamraght avec les jeunes du douar",
    "summary_ar": "حملات أسبوعية لتنظيف الشاطئ.",
    "summary_fr": "Des campagnes hebdomadaires de nettoyage de la plage.",
    "problem_ar": "نفايات الصيف على الشاطئ.",
    "problem_fr": "Les déchets de l'été sur la plage.",
    "steps_ar": "تكوين الشباب، توزيع المعدات، حملات أسبوعية.",
    "steps_fr": "Former les jeunes, distribuer le matériel, campagnes hebdomadaires.",
}
SECRET = "Note-Interne-Secrete"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def project():
    project = ProjectFactory(title_fr="Plage propre Tamraght")
    for name in ("Tonnes de déchets collectées", "Jeunes formés"):
        Indicator.objects.create(
            project=project, name_ar="مؤشر", name_fr=name, result_type="1", measure="1"
        )
    return project


def test_the_officer_writes_a_card_from_a_project_and_a_neighbour_replicates_it(
    client, users, project
):
    officer = users["officer"]
    client.force_login(officer)
    form = client.get(reverse("knowledge:practice-create") + f"?project={project.pk}")
    page = form.content.decode()
    assert form.status_code == 200 and "Tonnes de déchets collectées" in page
    indicators = list(project.indicators.values_list("pk", flat=True))
    response = client.post(
        reverse("knowledge:practice-create") + f"?project={project.pk}",
        {**CARD, "project": project.pk, "indicators": indicators, "evidence": "monitored",
         "internal_note": SECRET},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    practice = Practice.objects.get()
    assert practice.project == project and practice.submitted_by is None
    assert set(practice.indicators.values_list("pk", flat=True)) == set(indicators)
    taghazout = PartnerFactory(kind="commune", name_fr="Commune de Taghazout")
    response = client.post(
        reverse("knowledge:replication-create", args=[practice.pk]),
        {"partner": taghazout.pk, "country": "MA", "state": "planned",
         "adaptation_fr": "Avec les surfeurs de la station."},
    )  # fmt: skip
    assert response.status_code == 302
    with translation.override("fr"):
        public = practice.get_absolute_url()
    assert client.get(public).status_code == 404  # a draft is no page
    for step in ("validate", "publish"):
        client.post(reverse("knowledge:practice-step", args=[practice.pk, step]))
    practice.refresh_from_db()
    assert practice.state == "published"
    client.logout()
    page = client.get(public).content.decode()
    assert "1 fois" in page or "replicated 1 time" in page
    assert "Commune de Taghazout" in page and SECRET not in page
    with translation.override("en"):
        listing = client.get(reverse("practices:list")).content.decode()
    assert "replicated 1 time" in listing and "Nettoyage de la plage" in listing


def test_an_indicator_of_another_project_is_refused(users, project):
    other = Indicator.objects.create(
        project=ProjectFactory(), name_ar="م", name_fr="Autre", result_type="1", measure="1"
    )
    with pytest.raises(ValidationError) as refused:
        services.practice_save(by=users["officer"], project=project, indicators=[other], **CARD)
    assert "indicators" in refused.value.message_dict
    assert not Practice.objects.exists()


def test_a_partners_card_stays_off_the_portal_until_validated_and_published(client, users):
    partner = users["partner"]
    card = services.practice_save(by=partner, internal_note=SECRET, **CARD)
    assert card.submitted_by == partner.partner and card.internal_note == ""  # not its to write
    card = services.practice_step(practice=card, step="submit", by=partner)
    assert card.state == "submitted"
    with pytest.raises(PermissionDenied):
        services.practice_step(practice=card, step="publish", by=partner)
    with pytest.raises(PermissionDenied):  # a submitted card is no longer its draft
        services.practice_save(by=partner, practice=card, title_fr="Autre titre")
    with translation.override("fr"):
        public = card.get_absolute_url()
    assert client.get(public).status_code == 404
    assert "Nettoyage de la plage" not in client.get(reverse("practices:list")).content.decode()
    # Its own organisation sees it; another partner's representative does not.
    client.force_login(partner)
    assert client.get(card.get_manage_url()).status_code == 200
    stranger = users["association"]
    client.force_login(stranger)
    assert client.get(card.get_manage_url()).status_code == 404
    assert "Nettoyage" not in client.get(reverse("knowledge:practice-list")).content.decode()
    # The commune sends it back with remarks, the partner reads them, submits again.
    officer = users["officer"]
    with pytest.raises(ValidationError):
        services.practice_step(practice=card, step="return", by=officer)
    services.practice_step(practice=card, step="return", by=officer, note="Ajoutez les chiffres.")
    client.force_login(partner)
    assert "Ajoutez les chiffres." in client.get(card.get_manage_url()).content.decode()
    card = services.practice_save(by=partner, practice=card, results_fr="3 tonnes en été.")
    services.practice_step(practice=card, step="submit", by=partner)
    services.practice_save(by=officer, practice=card, internal_note=SECRET)
    for step in ("validate", "publish"):
        card = services.practice_step(practice=card, step=step, by=officer)
    assert client.get(card.get_manage_url()).content.decode().count(SECRET) == 0
    client.logout()
    assert client.get(public).status_code == 200


def test_steps_out_of_order_are_refused_with_the_reason(users):
    card = services.practice_save(by=users["officer"], **CARD)
    with pytest.raises(ValidationError, match="cannot take this step"):
        services.practice_step(practice=card, step="publish", by=users["officer"])
    with pytest.raises(ValidationError, match="Unknown step"):
        services.practice_step(practice=card, step="explode", by=users["officer"])


def test_files_are_checked_and_public_only_with_a_published_card(client, users):
    officer = users["officer"]
    card = services.practice_save(by=officer, locality=LocalityFactory(), **CARD)
    fake = SimpleUploadedFile("photo.jpg", b"MZ not an image", content_type="image/jpeg")
    with pytest.raises(ValidationError, match="whatever its name says"):
        services.practice_file_add(practice=card, upload=fake, kind="photo", by=officer)
    pdf = SimpleUploadedFile("rapport.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    item = services.practice_file_add(practice=card, upload=pdf, kind="evaluation", by=officer)
    assert item.content_type == "application/pdf"
    url = reverse("practices:file", args=[item.pk])
    assert client.get(url).status_code == 404
    for step in ("validate", "publish"):
        services.practice_step(practice=card, step=step, by=officer)
    assert client.get(url).status_code == 200


def test_the_open_dataset_carries_published_cards_and_their_replications_only(client, users):
    officer = users["officer"]
    card = services.practice_save(by=officer, internal_note=SECRET, **CARD)
    services.replication_save(by=officer, practice=card, replicator_fr="Commune voisine")
    services.replication_save(
        by=officer, practice=card, replicator_fr="Autre", state="abandoned",
        abandon_reason="Pas de budget",
    )  # fmt: skip
    draft = services.practice_save(by=officer, **{**CARD, "title_fr": "Brouillon-Secret"})
    assert draft.state == "draft"
    for step in ("validate", "publish"):
        services.practice_step(practice=card, step=step, by=officer)
    url = reverse("opendata:dataset", kwargs={"name": "practices", "fmt": "csv"})
    text = b"".join(client.get(url).streaming_content).decode("utf-8-sig")
    header, row = text.strip().splitlines()
    assert row.endswith(",1")  # replicated once: the abandoned one is not counted
    assert "Nettoyage de la plage" in row and "Brouillon-Secret" not in text
    assert SECRET not in text


def test_the_api_gives_published_cards_their_public_links_and_replications(client, users):
    officer = users["officer"]
    hidden = ProjectFactory(title_fr="Projet non publié", is_public=False)
    card = services.practice_save(by=officer, project=hidden, internal_note=SECRET, **CARD)
    taghazout = PartnerFactory(kind="commune", name_ar="جماعة تغازوت", name_fr="Taghazout")
    services.replication_save(by=officer, practice=card, partner=taghazout, state="completed")
    services.replication_save(
        by=officer, practice=card, replicator_fr="Autre", state="abandoned",
        abandon_reason="Pas de budget",
    )  # fmt: skip
    draft = services.practice_save(by=officer, **{**CARD, "title_fr": "Brouillon-Secret"})
    assert client.get(f"/api/v1/practices/{card.pk}/").status_code == 404  # a draft
    for step in ("validate", "publish"):
        services.practice_step(practice=card, step=step, by=officer)
    listing = client.get("/api/v1/practices/")
    assert listing.status_code == 200 and listing.json()["count"] == 1
    item = client.get(f"/api/v1/practices/{card.pk}/").json()
    assert item["title_fr"] == CARD["title_fr"] and item["replicated"] == 1
    assert item["project"] is None  # its project is not published
    replicators = {(r["replicator"], r["state"]) for r in item["replications"]}
    # The API speaks Arabic unless asked otherwise; a name typed by hand is as typed.
    assert replicators == {("جماعة تغازوت", "completed"), ("Autre", "abandoned")}
    assert SECRET not in listing.content.decode() and "internal_note" not in item
    assert client.get(f"/api/v1/practices/{draft.pk}/").status_code == 404
    hidden.is_public = True
    hidden.save()
    assert client.get(f"/api/v1/practices/{card.pk}/").json()["project"] == hidden.pk


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_atom_feed_carries_published_cards_with_their_replications(client, users, language):
    import xml.etree.ElementTree as ET

    officer = users["officer"]
    card = services.practice_save(by=officer, internal_note=SECRET, **CARD)
    services.replication_save(by=officer, practice=card, replicator_fr="Commune voisine")
    services.practice_save(by=officer, **{**CARD, "title_fr": "Brouillon-Secret"})
    url = reverse("opendata:practices-feed", kwargs={"language": language})
    assert (
        ET.fromstring(client.get(url).content).findall("{http://www.w3.org/2005/Atom}entry") == []
    )
    for step in ("validate", "publish"):
        services.practice_step(practice=card, step=step, by=officer)
    response = client.get(url)
    assert response["Content-Type"].startswith("application/atom+xml")
    (entry,) = ET.fromstring(response.content).findall("{http://www.w3.org/2005/Atom}entry")
    title = entry.find("{http://www.w3.org/2005/Atom}title").text
    summary = entry.find("{http://www.w3.org/2005/Atom}summary").text
    assert title == CARD[f"title_{language}"]
    expected = {"ar": "أُعيد تطبيقها مرة واحدة", "fr": "répliquée 1 fois"}[language]
    assert summary.startswith(CARD[f"summary_{language}"]) and expected in summary
    text = response.content.decode()
    assert "Brouillon-Secret" not in text and SECRET not in text
    with translation.override(language):
        address = card.get_absolute_url()
    assert entry.find("{http://www.w3.org/2005/Atom}link").get("href").endswith(address)
    practice_list = client.get(reverse("practices:list")).content.decode()
    assert 'type="application/atom+xml"' in practice_list
