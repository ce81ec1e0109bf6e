"""The figures of grants, against sums made by hand: a call's applications by theme and state,
its awards by locality and theme, its late reports; the money each association was awarded and
paid year by year; the pages that show them to the commune's people only."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements import services as agreements
from taawun.agreements.choices import Stage
from taawun.agreements.models import Agreement
from taawun.grants import services
from taawun.grants.figures import call_figures, money_per_association
from taawun.grants.models import Application
from taawun.territory.tests.factories import DomainFactory

from .awarded import selection_decision
from .test_reports import tranche
from .test_review import reviewing, scored  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def decided(reviewing, users, call):  # noqa: F811 - the fixture imported above
    """First: selected for 25,000 MAD, theme sport; second: on the reserve list, sport; third:
    not eligible, culture. The results published, the convention in force, its first tranche
    of 12,500 MAD paid."""
    first, second = scored(reviewing, users, call)
    third = reviewing[2]
    sport, culture = DomainFactory(code="sport-t"), DomainFactory(code="culture-t")
    call.domains.set([sport, culture])
    Application.objects.filter(pk__in=[first.pk, second.pk]).update(domain=sport)
    Application.objects.filter(pk=third.pk).update(domain=culture)
    services.select_awards(
        call=call,
        awards={first: "25000"},
        reserve=[second],
        decision=selection_decision(users["officer"]),
        by=users["officer"],
    )
    services.call_step(call=call, step="results", by=users["officer"])
    first.refresh_from_db()
    Agreement.objects.filter(pk=first.agreement_id).update(stage=Stage.IN_FORCE)
    agreements.delivery_record(
        obligation=tranche(first, 1),
        delivered_on=timezone.localdate(),
        mad_value=Decimal("12500"),
        by=users["finance"],
    )
    return {"first": first, "sport": sport, "culture": culture}


def test_a_calls_figures_equal_the_sums_made_by_hand(decided, call):
    figures = call_figures(call)
    assert figures["states"] == [
        ("Not eligible", 1),
        ("Selected for a grant", 1),
        ("On the reserve list", 1),
    ]
    sport, culture = decided["sport"], decided["culture"]
    assert sorted(figures["themes"], key=lambda row: row[0].code) == [
        (culture, [1, 0, 0], 1),
        (sport, [0, 1, 1], 2),
    ]
    assert figures["submitted"] == 3
    locality = decided["first"].locality
    assert figures["awards"]["by_locality"] == [(locality, 1, Decimal("25000"))]
    assert figures["awards"]["by_theme"] == [(sport, 1, Decimal("25000"))]
    assert figures["awarded"] == Decimal("25000")
    assert figures["share"] == Decimal("12.5")  # of the 200,000 MAD envelope
    assert figures["late"] == 0
    final = decided["first"].reports.order_by("due_on").last()
    assert call_figures(call, today=final.due_on + timedelta(days=1))["late"] == 2


def test_the_money_per_association_by_year_is_awarded_then_paid(
    decided, call, django_assert_max_num_queries
):
    year = timezone.localdate().year
    with django_assert_max_num_queries(3):
        rows, years = money_per_association()
    association = decided["first"].association
    assert years == [year]
    assert rows == [
        (
            association,
            {year: (Decimal("25000"), Decimal("12500"))},
            (Decimal("25000"), Decimal("12500")),
        )
    ]


def test_the_commune_reads_the_figures_an_association_does_not(client, decided, users, call):
    client.force_login(users["association"])
    assert client.get(reverse("grants:money")).status_code == 403
    assert "Figures of the call" not in client.get(call.get_manage_url()).content.decode()
    client.force_login(users["council"])
    page = client.get(call.get_manage_url()).content.decode()
    assert "Figures of the call" in page and "Awards by theme" in page
    money = client.get(reverse("grants:money")).content.decode()
    assert decided["first"].association.name_fr in money
    assert "25,000" in money and "12,500" in money
