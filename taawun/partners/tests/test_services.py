"""partner_create / partner_update take keyword data: valid data saves and names who wrote it;
bad data raises ValidationError and changes nothing."""

import pytest
from django.core.exceptions import ValidationError

from taawun.partners import columns, services
from taawun.partners.forms import PartnerForm, RepresentativePartnerForm
from taawun.partners.imports import COLUMNS
from taawun.partners.models import Contact, Partner
from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.territory.tests.factories import DomainFactory

pytestmark = pytest.mark.django_db


def author(record):
    return record.history.latest().history_user


def test_a_partner_is_created_with_its_domains_and_contacts_and_names_who(users):
    officer = users["officer"]
    water = DomainFactory(code="water")
    partner = services.partner_create(
        by=officer,
        kind="association",
        name_ar="جمعية الماء",
        name_fr="Association de l'eau",
        domains=[water],
        contacts=[{"name": "Fatima", "role": "Présidente", "email": "f@example.org"}],
    )
    assert author(partner) == officer
    assert list(partner.domains.all()) == [water]
    contact = partner.contacts.get()
    assert contact.name == "Fatima" and author(contact) == officer


def test_bad_data_is_refused_and_nothing_is_saved(users):
    with pytest.raises(ValidationError) as refused:
        services.partner_create(
            by=users["officer"],
            kind="association",
            name_ar="جمعية",
            name_fr="Association",
            website="not a url",
            contacts=[{"name": "Ali"}],
        )
    assert "website" in refused.value.message_dict
    assert not Partner.objects.filter(name_fr="Association").exists()
    assert not Contact.objects.exists()


def test_a_bad_contact_rolls_the_partner_back(users):
    with pytest.raises(ValidationError):
        services.partner_create(
            by=users["officer"],
            kind="association",
            name_ar="جمعية",
            name_fr="Association",
            contacts=[{"name": "Ali", "phone": "not a phone"}],
        )
    assert not Partner.objects.filter(name_fr="Association").exists()


def test_a_duplicate_name_is_refused(users):
    PartnerFactory(name_fr="Commune d'Agadir")
    with pytest.raises(ValidationError):
        services.partner_create(
            by=users["officer"], kind="commune", name_ar="جماعة أكادير", name_fr="commune d'agadir"
        )
    assert Partner.objects.filter(name_fr__iexact="commune d'agadir").count() == 1


def test_an_update_changes_only_the_fields_given_and_applies_contact_rows(users):
    partner = PartnerFactory(city="Aourir", notes="interne")
    kept, gone = ContactFactory(partner=partner), ContactFactory(partner=partner)
    services.partner_update(
        partner=partner,
        by=users["officer"],
        city="Agadir",
        contacts=[{"id": gone.pk, "delete": True}, {"id": kept.pk, "role": "Maire"}],
    )
    partner.refresh_from_db()
    kept.refresh_from_db()
    assert partner.city == "Agadir" and partner.notes == "interne"
    assert list(partner.contacts.all()) == [kept] and kept.role == "Maire"
    assert author(partner) == users["officer"]


def test_a_representative_may_not_change_the_commune_s_fields(users):
    own = users["partner"].partner
    with pytest.raises(ValidationError) as refused:
        services.partner_update(partner=own, by=users["partner"], notes="mine", city="Tiznit")
    assert "notes" in refused.value.message_dict
    own.refresh_from_db()
    assert own.notes != "mine" and own.city != "Tiznit"
    services.partner_update(partner=own, by=users["partner"], city="Tiznit")
    own.refresh_from_db()
    assert own.city == "Tiznit"


def test_one_column_spec_for_the_form_the_export_and_the_import():
    assert PartnerForm._meta.fields == columns.FORM_FIELDS
    assert RepresentativePartnerForm._meta.fields == columns.REPRESENTATIVE_FIELDS
    assert COLUMNS == columns.IMPORT_COLUMNS
    assert set(columns.REPRESENTATIVE_FIELDS) <= set(columns.FORM_FIELDS)
    assert set(columns.IMPORT_COLUMNS) <= set(columns.FORM_FIELDS)
