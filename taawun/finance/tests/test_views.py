"""The exchange-rate page: the finance officer records rates there; the commune reads them."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from taawun.finance.models import ExchangeRate

pytestmark = pytest.mark.django_db
D = Decimal


def rates_url(language="en"):
    with translation.override(language):
        return reverse("finance:rates")


def post(client, **data):
    form = {"currency": "EUR", "rate_to_mad": "10.85", "valid_from": "2026-01-01", "source": ""}
    return client.post(rates_url(), {**form, **data})


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("role", ["finance", "admin"])
def test_the_treasury_records_a_rate_and_history_names_who(client_for, users, role):
    response = post(client_for(role), source="Bank Al-Maghrib")
    assert response.status_code == 302
    assert response["Location"] == rates_url()
    rate = ExchangeRate.objects.get()
    assert (rate.currency, rate.rate_to_mad, rate.valid_from) == (
        "EUR",
        D("10.85"),
        date(2026, 1, 1),
    )
    assert rate.source == "Bank Al-Maghrib"
    assert rate.history.latest().history_user == users[role]
    assert messages_of(response) == ["The rate was recorded."]


@pytest.mark.parametrize("role", ["officer", "council"])
def test_the_rest_of_the_commune_reads_the_rates_without_the_form(client_for, role):
    ExchangeRate.objects.create(currency="EUR", rate_to_mad=D("10.8"), valid_from=date(2025, 1, 1))
    client = client_for(role)
    response = client.get(rates_url())
    assert response.status_code == 200
    assert response.context["can_edit"] is False
    assert "<form" not in response.content.decode().split("<main", 1)[1]
    assert [r.currency for r in response.context["rates"]] == ["EUR"]
    assert post(client, valid_from="2026-02-01").status_code == 403
    assert ExchangeRate.objects.count() == 1


@pytest.mark.parametrize("role", ["partner", "association", None])
def test_representatives_and_strangers_get_no_rate(client_for, role):
    response = post(client_for(role))
    assert response.status_code in (302, 403)  # anonymous: to the sign-in page
    assert not ExchangeRate.objects.exists()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"rate_to_mad": "0"}, "rate_to_mad"),
        ({"rate_to_mad": "-2"}, "rate_to_mad"),
        ({"rate_to_mad": "beaucoup"}, "rate_to_mad"),
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "MAD"}, "__all__"),  # not offered; the service refuses it too
        ({"valid_from": "2026-13-01"}, "valid_from"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(client_for, data, field):
    response = post(client_for("finance"), **data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert messages_of(response) == ["Nothing was saved: please correct the errors below."]
    assert not ExchangeRate.objects.exists()


def test_a_second_rate_for_the_same_currency_and_day_is_refused(client_for):
    client = client_for("finance")
    assert post(client).status_code == 302
    response = post(client, rate_to_mad="11.00")
    assert response.status_code == 400
    assert "A rate for this currency already starts on this day." in response.content.decode()
    assert ExchangeRate.objects.get().rate_to_mad == D("10.85")


def test_the_dirham_is_not_offered(client_for):
    form = client_for("finance").get(rates_url()).context["form"]
    offered = [code for code, _label in form.fields["currency"].widget.choices]
    assert "MAD" not in offered
    assert offered[:3] == ["EUR", "USD", "GBP"]


def test_the_table_lists_each_currency_newest_first(client_for):
    for currency, day in [("USD", "2025-01-01"), ("EUR", "2025-01-01"), ("EUR", "2025-07-01")]:
        ExchangeRate.objects.create(currency=currency, rate_to_mad=D("10"), valid_from=day)
    rates = client_for("council").get(rates_url("ar")).context["rates"]
    assert [(r.currency, r.valid_from.isoformat()) for r in rates] == [
        ("EUR", "2025-07-01"),
        ("EUR", "2025-01-01"),
        ("USD", "2025-01-01"),
    ]


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_a_rate_for_the_dirham_is_refused_in_words_not_by_the_constraints_name(
    client_for, language
):
    form = {"currency": "MAD", "rate_to_mad": "1", "valid_from": "2026-01-01", "source": ""}
    response = client_for("finance").post(rates_url(language), form)
    assert response.status_code == 400
    page = response.content.decode()
    assert "no_rate_for_the_dirham" not in page and "Constraint" not in page
    with translation.override(language):
        from django.utils.translation import gettext

        expected = gettext(
            "The dirham has no exchange rate: amounts in dirhams need no conversion."
        )
    assert escape(expected) in page
    assert not ExchangeRate.objects.exists()
