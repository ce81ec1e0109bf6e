import pytest
from django.urls import reverse
from django.utils import translation

from taawun.partners.models import Contact, Partner
from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db


def valid_post(**overrides):
    data = {
        "kind": "association",
        "name_ar": "جمعية أمواج تامراغت للبيئة",
        "name_fr": "Association Amwaj Tamraght pour l'environnement",
        "name_en": "",
        "acronym": "AATE",
        "status": "active",
        "country": "MA",
        "city": "Tamraght",
        "address": "",
        "website": "https://amwaj.example.org",
        "registration_id": "",
        "iati_identifier": "",
        "description_ar": "",
        "description_fr": "",
        "description_en": "",
        "notes": "",
        "is_public": "on",
        "contacts-TOTAL_FORMS": "1",
        "contacts-INITIAL_FORMS": "0",
        "contacts-MIN_NUM_FORMS": "0",
        "contacts-MAX_NUM_FORMS": "20",
        "contacts-0-name": "Khadija Ait Lahcen",
        "contacts-0-role": "Présidente",
        "contacts-0-email": "khadija@example.org",
        "contacts-0-phone": "+212 6 61 23 45 67",
    }
    data.update(overrides)
    return data


def url(name, **kwargs):
    with translation.override("ar"):
        return reverse(name, kwargs=kwargs)


def test_a_malformed_email_is_refused_in_arabic_and_nothing_is_saved(client_for):
    client = client_for("officer")
    response = client.post(url("partners:create"), valid_post(**{"contacts-0-email": "khadija@"}))
    assert response.status_code == 400
    page = response.content.decode()
    assert "يرجى إدخال عنوان بريد إلكتروني صحيح." in page
    assert 'lang="ar"' in page
    assert not Partner.objects.filter(name_fr__startswith="Association Amwaj").exists()
    assert not Contact.objects.exists()


def test_a_valid_partner_is_saved_with_its_contact_and_its_history_names_the_officer(client_for):
    client = client_for("officer")
    response = client.post(url("partners:create"), valid_post())
    partner = Partner.objects.get(name_fr__startswith="Association Amwaj")
    assert response.status_code == 302
    assert response["Location"] == url("partners:detail", pk=partner.pk)
    assert partner.contacts.get().email == "khadija@example.org"
    creation = partner.history.earliest()
    assert creation.history_type == "+"
    assert creation.history_user.username == "officer"
    history_page = client.get(url("partners:history", pk=partner.pk)).content.decode()
    assert "officer" in history_page


def test_a_duplicate_french_name_is_refused_whatever_its_case(client_for):
    PartnerFactory(name_fr="Association Amwaj Tamraght pour l'environnement")
    client = client_for("officer")
    response = client.post(
        url("partners:create"),
        valid_post(name_fr="ASSOCIATION AMWAJ TAMRAGHT POUR L'ENVIRONNEMENT", name_ar="اسم آخر"),
    )
    assert response.status_code == 400
    assert Partner.objects.count() == 1 + 2  # the two representatives' organisations


def test_a_malformed_website_is_refused(client_for):
    response = client_for("officer").post(
        url("partners:create"), valid_post(website="amwaj dot org")
    )
    assert response.status_code == 400
    assert not Partner.objects.filter(name_fr__startswith="Association Amwaj").exists()


def test_an_edit_records_what_changed_in_the_history(client_for):
    partner = PartnerFactory(name_fr="Commune de Taghazout", name_ar="جماعة تغازوت", kind="commune")
    client = client_for("officer")
    data = valid_post(
        kind="commune",
        name_fr="Commune de Taghazout",
        name_ar="جماعة تغازوت",
        city="Taghazout",
        website="",
        **{"contacts-TOTAL_FORMS": "0"},
    )
    response = client.post(url("partners:update", pk=partner.pk), data)
    assert response.status_code == 302
    page = client.get(url("partners:history", pk=partner.pk)).content.decode()
    assert "Taghazout" in page and "Aourir" in page  # the city, before and after


def test_the_representative_edits_its_own_organisation_but_not_its_kind(client_for, users):
    own = users["partner"].partner
    client = client_for("partner")
    data = valid_post(
        name_fr=own.name_fr,
        name_ar=own.name_ar,
        kind="company",
        city="Agadir",
        **{"contacts-TOTAL_FORMS": "0"},
    )
    response = client.post(url("partners:update", pk=own.pk), data)
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.city == "Agadir"
    assert own.kind == "public_institution"


def test_archiving_hides_a_partner_from_the_portal_and_restoring_brings_it_back(client_for):
    partner = PartnerFactory(name_fr="Fondation test")
    client = client_for("officer")
    client.post(url("partners:archive", pk=partner.pk))
    partner.refresh_from_db()
    assert partner.is_archived
    anonymous = client_for(None)
    assert anonymous.get(partner.get_absolute_url()).status_code == 404
    client.post(url("partners:archive", pk=partner.pk))
    partner.refresh_from_db()
    assert not partner.is_archived
    assert anonymous.get(partner.get_absolute_url()).status_code == 200


def test_the_list_filters_by_kind_domain_and_text(client_for):
    water = DomainFactory(code="water")
    drarga = PartnerFactory(name_fr="Commune de Drarga", name_ar="جماعة الدراركة", kind="commune")
    drarga.domains.add(water)
    PartnerFactory(
        name_fr="Surf School Tamraght", name_ar="مدرسة تامراغت لركوب الأمواج", kind="company"
    )
    client = client_for("officer")
    with translation.override("fr"):
        list_url = reverse("partners:list")

    def names(**query):
        page = client.get(list_url, query).content.decode()
        return {name for name in ("Commune de Drarga", "Surf School Tamraght") if name in page}

    assert names() == {"Commune de Drarga", "Surf School Tamraght"}
    assert names(kind="commune") == {"Commune de Drarga"}
    assert names(domain=water.pk) == {"Commune de Drarga"}
    assert names(q="surf") == {"Surf School Tamraght"}
    assert names(q="الدراركة") == {"Commune de Drarga"}


def test_the_htmx_request_gets_only_the_results_fragment(client_for):
    response = client_for("officer").get(url("partners:list"), HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert 'id="results"' in page
    assert "<html" not in page


def test_exports_never_contain_contact_people(client_for):
    partner = PartnerFactory(name_fr="Ville jumelle")
    ContactFactory(partner=partner, name="Jeanne Secret", email="jeanne.secret@example.org")
    client = client_for("officer")
    csv_text = b"".join(client.get(url("partners:export", fmt="csv")).streaming_content).decode()
    assert "Ville jumelle" in csv_text
    assert "jeanne.secret" not in csv_text and "Jeanne Secret" not in csv_text
    xlsx = client.get(url("partners:export", fmt="xlsx"))
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert b"jeanne.secret" not in b"".join(xlsx.streaming_content)


def test_the_public_pages_never_show_contact_people(client_for):
    partner = PartnerFactory(name_fr="Ville jumelle")
    ContactFactory(partner=partner, name="Jeanne Secret", email="jeanne.secret@example.org")
    anonymous = client_for(None)
    for page_url in (partner.get_absolute_url(), reverse("portal:partner-list")):
        page = anonymous.get(page_url).content.decode()
        assert "jeanne.secret" not in page and "Jeanne Secret" not in page


def test_a_non_public_partner_is_not_on_the_portal(client_for):
    hidden = PartnerFactory(name_fr="Prospect confidentiel", is_public=False)
    anonymous = client_for(None)
    assert anonymous.get(hidden.get_absolute_url()).status_code == 404
    assert (
        "Prospect confidentiel"
        not in anonymous.get(reverse("portal:partner-list")).content.decode()
    )


def test_the_public_page_redirects_to_its_canonical_slug(client_for):
    partner = PartnerFactory(name_fr="Université Ibn Zohr")
    response = client_for(None).get(f"/fr/partners/{partner.pk}/wrong-slug/")
    assert response.status_code == 301
    assert response["Location"].endswith(f"/{partner.pk}/universite-ibn-zohr/")


def test_the_history_page_names_related_objects_and_its_queries_do_not_grow_with_edits(client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    water, roads = (
        DomainFactory(code="water", name_fr="Eau"),
        DomainFactory(code="roads", name_fr="Routes"),
    )
    partner = PartnerFactory(name_fr="Commune de Drarga", kind="commune")
    client = client_for("officer")
    history_url = url("partners:history", pk=partner.pk)

    def edit(n):
        partner.city = f"Drarga {n}"
        partner.save()
        partner.domains.set([water] if n % 2 else [water, roads])

    def count():
        client.get(history_url)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(history_url).content.decode()
        return len(queries), page

    edit(1)
    few, _ = count()
    for n in range(2, 12):
        edit(n)
    many, page = count()
    assert few == many
    assert "Drarga 11" in page
    assert "{'partner'" not in page  # many-to-many changes are named, not raw rows
