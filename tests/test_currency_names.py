"""Currency names in the reader's language (issue 10, item 8): "الأورو" / "euro" where the
interface names a currency, أورو after an amount in Arabic; the ISO code where a code is needed."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.core.i18n import amount, currency_name
from taawun.finance.models import ExchangeRate, currency_choices

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("lang", "name", "unit"), [("ar", "الأورو", "أورو"), ("fr", "euro", "EUR")]
)
def test_a_currency_is_named_in_the_readers_language(lang, name, unit):
    with translation.override(lang):
        assert currency_name("EUR") == name
        assert amount(Decimal("1200"), "EUR").endswith(f" {unit}")
        assert ("EUR", f"EUR — {name}") in currency_choices()


def test_arabic_names_the_dollar_after_an_amount_and_keeps_the_dirham():
    with translation.override("ar"):
        assert amount(Decimal("1200"), "USD") == f"1{NBSP}200 دولار أمريكي"
        assert amount(Decimal("1200")) == f"1{NBSP}200 درهم"
        assert "USD" not in amount(5, "USD")


def test_a_currency_without_a_name_keeps_its_iati_name_in_the_choices():
    with translation.override("fr"):
        assert ("XOF", "XOF — Cfa Franc Bceao") in currency_choices()


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "name"), [("ar", "الأورو"), ("fr", "euro")])
def test_the_exchange_rates_page_names_each_currency_and_keeps_its_code(
    client_for, users, lang, name
):
    ExchangeRate.objects.create(currency="EUR", rate_to_mad="10.85", valid_from=date(2026, 1, 1))
    with translation.override(lang):
        url = reverse("finance:rates")
    html = client_for("finance").get(url).content.decode()
    assert f"<td>{name} <span" in html
    assert "<bdi>EUR</bdi>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "name", "unit"), [("ar", "الأورو", "أورو"), ("fr", "euro", "EUR")]
)
def test_the_agreement_page_and_sheet_name_an_obligations_currency(
    client_for, commune, lang, name, unit
):
    from taawun.agreements.tests.factories import (
        AgreementFactory,
        ObligationFactory,
        PartyFactory,
    )

    ExchangeRate.objects.create(currency="EUR", rate_to_mad="10.85", valid_from=date(2020, 1, 1))
    agreement = AgreementFactory(reference="CONV-2025-044")
    party = PartyFactory(agreement=agreement, partner=commune)
    ObligationFactory(party=party, amount=Decimal("20000"), currency="EUR")
    client = client_for("officer")
    with translation.override(lang):
        page = client.get(agreement.get_manage_url()).content.decode()
        sheet = client.get(reverse("agreements:sheet", kwargs={"pk": agreement.pk}))
    assert f"20{NBSP}000 {unit}</bdi>" in page
    assert f"<td>{name}</td>" in sheet.content.decode()
