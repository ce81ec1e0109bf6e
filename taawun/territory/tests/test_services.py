"""The territory's registers and the commune profile are written through their services: valid
data saves and names who wrote it; bad data raises ValidationError and changes nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from taawun.partners.tests.factories import PartnerFactory
from taawun.territory import services
from taawun.territory.models import CommuneProfile, Domain, Locality, PacAxis
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db


def author(record):
    return record.history.latest().history_user


def test_a_locality_is_created_then_changed_and_names_who(users):
    officer = users["officer"]
    locality = services.register_entry_save(
        model=Locality,
        by=officer,
        name_ar="تامراغت",
        name_fr="Tamraght",
        slug="tamraght",
        kind="douar",
        latitude=Decimal("30.51"),
        longitude=Decimal("-9.68"),
    )
    assert author(locality) == officer
    services.register_entry_save(model=Locality, entry=locality, by=officer, population=4200)
    locality.refresh_from_db()
    assert locality.population == 4200 and locality.name_fr == "Tamraght"


def test_bad_entries_are_refused_and_nothing_changes(users):
    existing = LocalityFactory(slug="aourir")
    with pytest.raises(ValidationError) as refused:
        services.register_entry_save(
            model=Locality,
            by=users["officer"],
            name_ar="أورير",
            name_fr="Aourir",
            slug="aourir",  # already taken
            kind="douar",
            latitude=Decimal("95"),  # not on earth
            longitude=Decimal("-9.6"),
        )
    assert {"slug", "latitude"} <= set(refused.value.message_dict)
    assert Locality.objects.get() == existing
    with pytest.raises(ValidationError):
        services.register_entry_save(
            model=Domain, by=users["officer"], code="x", name_ar="س", name_fr="X", dac_code="1"
        )
    assert not Domain.objects.exists()
    axis = services.register_entry_save(
        model=PacAxis, by=users["officer"], number=1, name_ar="المحور", name_fr="Axe"
    )
    with pytest.raises(ValidationError):
        services.register_entry_save(model=PacAxis, entry=axis, by=users["officer"], name_fr="")
    axis.refresh_from_db()
    assert axis.name_fr == "Axe"


def test_a_register_takes_only_its_own_models():
    from taawun.partners.models import Partner

    with pytest.raises(TypeError):
        services.register_entry_save(model=Partner, name_fr="X")


def test_the_commune_profile_is_saved_once_and_forgets_its_cache(users):
    partner = PartnerFactory(name_fr="Commune d'Aourir")
    CommuneProfile.current()  # cached
    profile = services.commune_profile_save(
        by=users["admin"], name_ar="أورير", name_fr="Aourir", partner=partner
    )
    assert profile.pk == 1 and author(profile) == users["admin"]
    assert CommuneProfile.current().partner_id == partner.pk
    services.commune_profile_save(by=users["admin"], population=36000)
    assert CommuneProfile.objects.get().population == 36000
    assert CommuneProfile.objects.get().name_fr == "Aourir"


def test_a_bad_profile_is_refused_and_nothing_changes(users):
    services.commune_profile_save(by=users["admin"], name_ar="أورير", name_fr="Aourir")
    with pytest.raises(ValidationError) as refused:
        services.commune_profile_save(by=users["admin"], email="not an e-mail", name_fr="X")
    assert "email" in refused.value.message_dict
    assert CommuneProfile.objects.get().name_fr == "Aourir"
