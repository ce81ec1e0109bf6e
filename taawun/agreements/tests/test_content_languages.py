"""Content typed by people, shown in the reader's language (issue 10 #9): a party's
representative and the council session, each kept in Arabic and French."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import translation
from rest_framework.test import APIClient

from taawun.agreements.choices import Stage
from taawun.agreements.models import Event, Party
from taawun.agreements.tests.factories import AgreementFactory, PartyFactory, kind
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def test_a_representative_is_shown_in_the_reader_language_on_the_page_and_the_sheet(
    client_for, commune
):
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.IN_FORCE)
    PartyFactory(
        agreement=agreement,
        partner=commune,
        representative_ar="رئيس المجلس الجماعي",
        representative_fr="Président du conseil communal",
    )
    client = client_for("officer")
    for name in ("agreements:detail", "agreements:sheet"):
        arabic = client.get(url(name, "ar", pk=agreement.pk)).content.decode()
        french = client.get(url(name, "fr", pk=agreement.pk)).content.decode()
        assert "رئيس المجلس الجماعي" in arabic and "Président du conseil" not in arabic
        assert "Président du conseil communal" in french and "رئيس المجلس" not in french


def test_a_representative_typed_in_one_language_only_is_shown_in_the_other(client_for, commune):
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.IN_FORCE)
    PartyFactory(agreement=agreement, partner=commune, representative_fr="Le président")
    page = client_for("officer").get(url("agreements:detail", "ar", pk=agreement.pk))
    assert "Le président" in page.content.decode()


def test_the_party_form_asks_for_the_representative_in_arabic_first_then_french(
    client_for, commune
):
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.DRAFT)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    client = client_for("officer")
    form = client.get(url("agreements:party-create", pk=agreement.pk)).content.decode()
    assert form.index('name="representative_ar"') < form.index('name="representative_fr"')
    arabic_input = form[form.rindex("<input", 0, form.index('name="representative_ar"')) :]
    assert 'dir="rtl"' in arabic_input[: arabic_input.index(">")]
    partner = PartnerFactory()
    response = client.post(
        url("agreements:party-create", pk=agreement.pk),
        {
            "partner": partner.pk,
            "role": "funder",
            "representative_ar": "المدير العام",
            "representative_fr": "Directeur général",
        },
    )
    assert response.status_code == 302
    party = Party.objects.get(agreement=agreement, partner=partner)
    assert (party.representative_ar, party.representative_fr) == (
        "المدير العام",
        "Directeur général",
    )


def test_the_api_gives_the_representative_in_both_languages(commune):
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    PartyFactory(
        agreement=agreement,
        partner=commune,
        representative_ar="الرئيس",
        representative_fr="Le président",
    )
    body = APIClient().get(f"/api/v1/agreements/{agreement.pk}/").json()
    party = body["parties"][0]
    assert (party["representative_ar"], party["representative_fr"]) == ("الرئيس", "Le président")


# The council session ----------------------------------------------------------------------------


def on_the_agenda(commune):
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.AGENDA)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement, partner=PartnerFactory())
    return agreement


DELIBERATION = {
    "session_ar": "الدورة العادية لشهر ماي 2026",
    "session_fr": "Session ordinaire de mai 2026",
    "held_on": "2026-05-05",
    "decision_number": "14/2026",
    "votes_for": "20",
    "votes_against": "1",
    "votes_abstaining": "2",
}


def test_the_session_typed_in_both_languages_is_read_in_the_reader_language(client_for, commune):
    agreement = on_the_agenda(commune)
    client = client_for("officer")
    response = client.post(
        url("agreements:step", pk=agreement.pk, step="deliberation"), DELIBERATION
    )
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.stage == Stage.COUNCIL_APPROVED
    event = agreement.events.get(action="deliberation")
    assert event.facts["session_ar"] == "الدورة العادية لشهر ماي 2026"
    # the agreement's deliberation and the timeline line, on the page and on the sheet
    for name in ("agreements:detail", "agreements:sheet"):
        arabic = client.get(url(name, "ar", pk=agreement.pk)).content.decode()
        french = client.get(url(name, "fr", pk=agreement.pk)).content.decode()
        assert "الدورة العادية لشهر ماي 2026" in arabic and "Session ordinaire" not in arabic
        assert "Session ordinaire de mai 2026" in french and "الدورة العادية" not in french
    body = APIClient().get(f"/api/v1/agreements/{agreement.pk}/").json()
    assert body["council_session_ar"] == "الدورة العادية لشهر ماي 2026"
    assert body["council_session_fr"] == "Session ordinaire de mai 2026"


def test_the_deliberation_form_asks_for_the_session_in_arabic_and_saves_nothing_without_it(
    client_for, commune
):
    agreement = on_the_agenda(commune)
    client = client_for("officer")
    page = client.get(url("agreements:detail", pk=agreement.pk)).content.decode()
    assert page.index('name="session_ar"') < page.index('name="session_fr"')
    response = client.post(
        url("agreements:step", pk=agreement.pk, step="deliberation"),
        {**DELIBERATION, "session_ar": ""},
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["session_ar"]
    assert 'href="#id_session_ar"' in response.content.decode()  # the error summary links it
    agreement.refresh_from_db()
    assert agreement.stage == Stage.AGENDA
    assert not agreement.events.filter(action="deliberation").exists()


def test_a_session_recorded_before_in_one_language_is_still_shown(commune):
    migration = importlib.import_module("taawun.agreements.migrations.0010_council_session_ar_fr")
    agreement = on_the_agenda(commune)
    event = Event.objects.create(
        agreement=agreement,
        action="deliberation",
        stage=Stage.COUNCIL_APPROVED,
        facts={"session": "Session ordinaire de mai 2023", "votes_for": 20},
    )
    migration.split_facts(django_apps, None)
    event.refresh_from_db()
    assert event.facts["session_fr"] == "Session ordinaire de mai 2023"
    for language in ("ar", "fr"):
        with translation.override(language):
            assert event.session == "Session ordinaire de mai 2023"
