"""The one text rule (core.text): no C0 control character and no bidi control in any text field of
any model, whichever way the text comes in — a page, the API, an import, a service."""

from datetime import date
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from rest_framework.test import APIClient

from taawun.core.text import CONTROL_CHARACTERS, CleanText, check_text, isolate, strip_controls
from taawun.core.text import text_fields as model_text_fields

RLO, VT = "\u202e", "\x0b"
BAD = {"U+202E": f"Aourir{RLO}2026 MAD", "U+000B": f"Aourir{VT}2026"}


def taawun_models():
    """Every concrete model of the project's apps (simple-history's copies left out)."""
    return [
        model
        for model in apps.get_models()
        if model.__module__.startswith("taawun.")
        and not model.__name__.startswith("Historical")
        and model_text_fields(model)
    ]


def every_text_field():
    return [(model, field) for model in taawun_models() for field in model_text_fields(model)]


def test_the_rule_covers_what_it_says_and_nothing_else():
    forbidden = {ord(c) for c in CONTROL_CHARACTERS}
    expected = (
        (set(range(0x20)) - {0x09, 0x0A, 0x0D})
        | {0x7F}
        | set(range(0x202A, 0x202F))
        | set(range(0x2066, 0x206A))
    )
    assert forbidden == expected
    check_text("Tab\tnew line\ncarriage\r return, عربية 2026, zero-width joiner \u200d")
    with pytest.raises(ValidationError) as raised:
        check_text(f"a{RLO}b", field="Name")
    assert "U+202E" in raised.value.messages[0] and "Name" in raised.value.messages[0]
    assert strip_controls(f"a{RLO}b{VT}c\x1b\x7f\u2066d\te") == "abcd\te"
    assert isolate(f"Riad{RLO}") == "\u2068Riad\u2069"


def test_every_model_of_taawun_follows_the_rule():
    missing = [m.__name__ for m in taawun_models() if not issubclass(m, CleanText)]
    assert missing == [], "models without core.text.CleanText"
    # The walk really walks: the registers' names are in it.
    names = {(m._meta.label, f.name) for m, f in every_text_field()}
    assert {("partners.Partner", "name_fr"), ("projects.Update", "body_ar")} <= names


@pytest.mark.parametrize(
    ("model", "field"), every_text_field(), ids=lambda x: getattr(x, "name", None) or str(x)
)
@pytest.mark.parametrize("code", sorted(BAD))
def test_each_text_field_refuses_a_control_character_naming_itself(model, field, code):
    instance = model()
    field.save_form_data(instance, BAD[code])
    others = [f.name for f in model._meta.fields if f.name != field.name]
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        instance.clean_fields(exclude=others)
    errors = raised.value.message_dict
    assert list(errors) == [field.name]
    label = capfirst(str(field.verbose_name))
    assert any(code in message and label in message for message in errors[field.name])


# The paths people use ---------------------------------------------------------------------------


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize("code", sorted(BAD))
def test_the_partner_form_refuses_it_next_to_the_field_and_saves_nothing(client_for, code):
    from taawun.partners.models import Partner
    from taawun.partners.tests.factories import PartnerFactory

    partner = PartnerFactory(name_fr="Ville de Lacanau", name_ar="مدينة لاكانو", kind="commune")
    data = {
        "kind": "commune",
        "name_ar": "مدينة لاكانو",
        "name_fr": BAD[code],
        "status": "active",
        "country": "FR",
        "city": "Lacanau",
        "is_public": "on",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
        "contacts-MIN_NUM_FORMS": "0",
        "contacts-MAX_NUM_FORMS": "20",
    }
    response = client_for("officer").post(url("partners:update", pk=partner.pk), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert code in " ".join(errors["name_fr"]) and "Name (French)" in " ".join(errors["name_fr"])
    assert Partner.objects.get(pk=partner.pk).name_fr == "Ville de Lacanau"


@pytest.mark.django_db
@pytest.mark.parametrize("code", sorted(BAD))
def test_the_api_refuses_it_for_a_representative_and_saves_nothing(users, code):
    own = users["partner"].partner
    client = APIClient()
    client.force_authenticate(users["partner"])
    response = client.patch(
        f"/api/v1/partners/{own.pk}/", {"description_en": BAD[code]}, format="json"
    )
    assert response.status_code == 400, response.content
    assert code in " ".join(response.json()["description_en"])
    own.refresh_from_db()
    assert own.description_en == ""


@pytest.mark.django_db
def test_an_import_shows_it_on_its_row_and_imports_nothing(client_for):
    from taawun.partners.models import Partner

    before = Partner.objects.count()
    text = (
        "kind,name_ar,name_fr,name_en,country,city,website,domains\n"
        "commune,جماعة أمسكرود,Commune d'Amskroud,,MA,Amskroud,,\n"
        f"commune,جماعة إيمي مقورن,Commune d'Imi{RLO} Mqourn,,MA,Imi Mqourn,,\n"
    )
    upload = SimpleUploadedFile("partners.csv", text.encode("utf-8"), content_type="text/csv")
    response = client_for("officer").post(url("partners:import"), {"file": upload})
    assert response.status_code in (200, 400)
    preview = response.context["preview"]
    bad = [row for row in preview.rows if row.errors]
    assert [row.number for row in bad] == [3]
    assert "U+202E" in str(bad[0].errors)
    assert Partner.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("code", sorted(BAD))
def test_a_project_update_form_refuses_it(client_for, commune, code):
    from taawun.projects.models import Update
    from taawun.projects.tests.factories import ProjectFactory

    project = ProjectFactory()
    data = {"date": "2025-05-10", "title_ar": "تسليم الحافلة", "title_fr": BAD[code]}
    response = client_for("officer").post(url("projects:update-create", pk=project.pk), data)
    assert response.status_code == 400
    assert code in " ".join(response.context["form"].errors["title_fr"])
    assert not Update.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("code", sorted(BAD))
def test_the_services_of_agreements_territory_and_finance_refuse_it(commune, users, code):
    from taawun.agreements.services import agreement_update
    from taawun.agreements.tests.factories import AgreementFactory
    from taawun.finance.services import exchange_rate_record
    from taawun.territory.models import Locality
    from taawun.territory.services import register_entry_save

    agreement = AgreementFactory()
    with pytest.raises(ValidationError) as raised:
        agreement_update(agreement=agreement, title_fr=BAD[code], by=users["officer"])
    assert "title_fr" in raised.value.message_dict
    with pytest.raises(ValidationError) as raised:
        register_entry_save(
            model=Locality, name_ar="تامراغت", name_fr=BAD[code], slug="tamraght", kind="douar"
        )
    assert "name_fr" in raised.value.message_dict
    with pytest.raises(ValidationError) as raised:
        exchange_rate_record(
            currency="EUR",
            rate_to_mad=Decimal("10.9"),
            valid_from=date(2026, 1, 1),
            source=BAD[code],
        )
    assert "source" in raised.value.message_dict
    assert not Locality.objects.filter(slug="tamraght").exists()


@pytest.mark.django_db
def test_a_user_name_with_a_bidi_control_is_refused(users):
    user = users["officer"]
    user.first_name = f"Khadija{RLO}"
    with pytest.raises(ValidationError) as raised:
        user.full_clean()
    assert "first_name" in raised.value.message_dict


@pytest.mark.django_db
def test_a_reason_typed_in_a_step_form_follows_the_rule_and_the_timeline_never_holds_one(
    commune, users
):
    from taawun.agreements.choices import Stage
    from taawun.agreements.services import obligation_waive
    from taawun.agreements.services.lifecycle import _event
    from taawun.agreements.tests.factories import (
        AgreementFactory,
        ObligationFactory,
        PartyFactory,
    )

    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    obligation = ObligationFactory(party=PartyFactory(agreement=agreement))
    with pytest.raises(ValidationError) as raised:
        obligation_waive(obligation=obligation, reason=f"Abandon{RLO} 2026", by=users["officer"])
    assert "U+202E" in " ".join(raised.value.messages)
    obligation.refresh_from_db()
    assert obligation.status != "waived"
    _event(agreement, "signed", None, detail=f"Riad{RLO}{VT} du Village")
    assert agreement.events.get(action="signed").detail == "Riad du Village"
