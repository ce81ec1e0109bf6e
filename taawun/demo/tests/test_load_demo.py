"""`manage.py load_demo`: realistic Aourir data, safe to re-run, never overwrites users' changes.

The demo is loaded once for the module (`demo`, on the root conftest's module_db); each test runs
in its own savepoint, so what it changes, a second run of the loader included, is undone after it.
Loading the demo at another date is in test_load_demo_later.py.
"""

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from taawun.accounts.models import User
from taawun.agreements.choices import PartyRole, Stage, VisaOutcome
from taawun.agreements.models import (
    Agreement,
    AgreementKind,
    Amendment,
    Delivery,
    Event,
    Obligation,
    Party,
)
from taawun.demo.data import names, users
from taawun.finance.models import ExchangeRate
from taawun.partners.choices import PartnerKind
from taawun.partners.models import Contact, Partner
from taawun.projects import selectors, services
from taawun.projects.choices import ActivityStatus, Measure
from taawun.projects.models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Milestone,
    Participant,
    Project,
    ProjectLocation,
    Transaction,
    Update,
)
from taawun.territory.models import (
    CommuneProfile,
    Domain,
    Locality,
    NeighbouringCollectivity,
    PacAxis,
)

MODELS = [
    CommuneProfile,
    Locality,
    Domain,
    PacAxis,
    Partner,
    Contact,
    NeighbouringCollectivity,
    User,
    ExchangeRate,
    Agreement,
    Party,
    Obligation,
    Delivery,
    Amendment,
    Event,
]
pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    """The demo as `make demo` loads it into an empty database, once for the module."""
    with django_db_blocker.unblock():
        load_demo()


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_second_run_adds_nothing_and_keeps_what_users_changed():
    first = counts()
    partner = Partner.objects.get(name_fr="Agence urbaine d'Agadir")
    partner.name_fr = "Agence urbaine du Grand Agadir"
    partner.save()
    Locality.objects.filter(slug="tamraght").update(population=10500)
    User.objects.filter(username="officer").update(first_name="Fatima-Zahra")

    output = load_demo()

    assert counts() == first
    partner.refresh_from_db()
    assert partner.name_fr == "Agence urbaine du Grand Agadir"
    assert not Partner.objects.filter(name_fr="Agence urbaine d'Agadir").exists()
    assert Locality.objects.get(slug="tamraght").population == 10500
    assert User.objects.get(username="officer").first_name == "Fatima-Zahra"
    assert set(re.findall(r"created\s+(\d+),", output)) == {"0"}
    for row in users.USERS:
        assert row["username"] in output


def test_demo_content_is_valid_and_covers_every_kind():
    public = Partner.public_objects.all()
    assert public.count() >= 40
    assert len(set(public.values_list("kind", flat=True))) >= 6
    assert set(Partner.objects.values_list("kind", flat=True)) == set(PartnerKind.values)
    for domain in Domain.objects.all():
        domain.full_clean()
    for partner in Partner.objects.prefetch_related("contacts"):
        assert 1 <= len(partner.contacts.all()) <= 2, partner
        for contact in partner.contacts.all():
            assert contact.email.rsplit("@", 1)[1].endswith((".example.org", ".example.ma"))
    assert Partner.objects.filter(name_fr=names.TAMRAGHT_ASSOCIATION).exists()
    profile = CommuneProfile.objects.get(pk=1)
    assert (profile.name_fr, profile.population, profile.iati_identifier) == ("Aourir", 46032, "")
    assert sum(Locality.objects.values_list("population", flat=True)) == 46032
    assert NeighbouringCollectivity.objects.get(name_fr="Taghazout").partner.kind == "commune"


def test_each_demo_account_signs_in_with_the_demo_password():
    factory = RequestFactory()
    for row in users.USERS:
        request = factory.post("/en/accounts/login/")
        user = authenticate(request, username=row["username"], password="taawun-demo")
        assert user is not None, row["username"]
        assert user.role == row["role"]
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="partner-indh").partner.acronym == "INDH"
    assert (
        User.objects.get(username="assoc-tamraght").partner.name_fr
        == "Association Tamraght pour le développement local"
    )


# --- Agreements ---


def test_demo_agreements_and_rates_cover_every_kind_and_stage_and_load_once():
    first = counts()
    output = load_demo()

    assert counts() == first
    assert re.search(r"agreements\s+created\s+0,", output)
    agreements = Agreement.objects.all()
    assert agreements.count() >= 15
    kinds = set(AgreementKind.objects.values_list("code", flat=True))
    assert set(agreements.values_list("kind__code", flat=True)) == kinds
    assert set(agreements.values_list("stage", flat=True)) == set(Stage.values)
    assert agreements.filter(is_public=False).count() == 2
    commune = CommuneProfile.objects.get(pk=1).partner
    assert (commune.kind, commune.name_fr, commune.city) == (
        "commune",
        "Commune d'Aourir",
        "Aourir",
    )
    for agreement in agreements.prefetch_related("parties"):
        assert agreement.parties.all()[0].partner == commune, agreement
        assert agreement.title_ar and agreement.title_fr and agreement.title_en, agreement
        assert agreement.internal_notes, agreement
    framework = agreements.get(kind__code="framework")
    assert framework.specific_agreements.count() >= 2
    for currency, low, high in (("EUR", "10.7", "11.0"), ("USD", "9.8", "10.2")):
        rates = ExchangeRate.objects.filter(currency=currency)
        assert rates.count() == 32  # one a quarter, 2019-2026
        assert rates.earliest("valid_from").valid_from == date(2019, 1, 1)
        assert rates.latest("valid_from").valid_from == date(2026, 10, 1)
        assert all(Decimal(low) <= rate.rate_to_mad <= Decimal(high) for rate in rates)


def test_urban_upgrading_waits_for_the_ministry_signature():
    load_demo()
    upgrading = Agreement.objects.get(reference=names.URBAN_UPGRADING)

    assert upgrading.stage == Stage.SIGNATURES
    assert upgrading.council_date == date(2024, 2, 6)
    unsigned = upgrading.parties.filter(signed_on__isnull=True)
    assert [party.partner.name_fr for party in unsigned] == [names.MINISTRY]
    obligations = Obligation.objects.filter(party__agreement=upgrading)
    assert obligations.totals()["committed"] == Decimal("73000000")
    by_party = {
        name: obligations.filter(party__partner__name_fr=name).totals()["committed"]
        for name in (names.MINISTRY, names.REGION, "Commune d'Aourir")
    }
    assert list(by_party.values()) == [
        Decimal("22000000"),
        Decimal("32000000"),
        Decimal("19000000"),
    ]
    holder = upgrading.parties.get(partner__name_fr=names.AL_OMRANE)
    assert holder.role in {PartyRole.DELEGATED_OWNER, PartyRole.PROJECT_OWNER}


def test_demo_agreements_feed_every_alert():
    load_demo()
    today = timezone.localdate()

    overdue = Obligation.objects.overdue()
    assert overdue.filter(party__agreement__domains__code="school-transport").exists()
    pending = Agreement.objects.filter(stage=Stage.VISA_PENDING)
    assert pending.exists()
    assert all(0 < agreement.visa_days_left <= 20 for agreement in pending)
    assert Agreement.objects.visa_due(5, today=today).exists()
    assert Agreement.objects.expiring(90, today=today).exists()
    assert Agreement.objects.stuck(60).filter(stage=Stage.COMMITTEE).exists()
    assert Agreement.objects.filter(visa_outcome=VisaOutcome.TACIT, stage=Stage.IN_FORCE).exists()
    assert Obligation.objects.filter(
        currency="EUR",
        party__agreement__kind__code="twinning",
        party__agreement__stage=Stage.IN_FORCE,
        party__agreement__visa_outcome=VisaOutcome.GRANTED,
    ).exists()
    extended = Amendment.objects.filter(status="approved", new_end_date__isnull=False)
    assert extended.exists()
    assert all(a.agreement.end_date == a.new_end_date for a in extended)
    assert Delivery.objects.filter(recorded_by__username="finance").exists()
    assert Agreement.objects.filter(kind__code="grant", stage=Stage.COMPLETED).exists()


# --- Projects ---

PROJECT_MODELS = [
    Project,
    ProjectLocation,
    Participant,
    Contribution,
    Transaction,
    Milestone,
    Update,
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
]
SUMMARY = [
    "planned_mad",
    "in_kind_mad",
    "committed_mad",
    "disbursed_mad",
    "spent_mad",
    "secured_mad",
    "commune_mad",
]


def project_counts():
    return {model.__name__: model.objects.count() for model in PROJECT_MODELS}


def test_demo_projects_load_once_and_their_money_adds_up():
    first = project_counts()
    edited = Project.objects.get(code="PRJ-2025-06")
    edited.title_fr = "Sentiers d'écotourisme (titre revu par l'agent)"
    edited.save()
    services.transaction_delete(tx=edited.transactions.filter(type="4").last())

    output = load_demo()

    assert project_counts() == {**first, "Transaction": first["Transaction"] - 1}
    assert re.search(r"projects\s+created\s+0,", output)
    assert re.search(r"project transactions\s+created\s+0,", output)
    edited.refresh_from_db()
    assert edited.title_fr == "Sentiers d'écotourisme (titre revu par l'agent)"
    projects = Project.objects.all()
    assert projects.count() >= 25
    assert Transaction.objects.count() >= 150
    assert {"MAD", "EUR"} <= set(Transaction.objects.values_list("currency", flat=True))
    assert not Transaction.objects.filter(date__gt=timezone.localdate()).exists()
    for project in projects:
        summary = [getattr(project, field) for field in SUMMARY]
        services.project_refresh_totals(project)
        assert [getattr(project, field) for field in SUMMARY] == summary, project.code
    figures = selectors.key_figures(projects)
    assert 1 <= figures["leverage"] <= 6
    assert figures["gap"] > 0 and figures["secured"] < figures["budget"]
    assert IndicatorPeriod.objects.filter(target__isnull=False, actual__isnull=False).exists()


def test_demo_projects_cover_every_stage_with_plausible_content():
    projects = Project.objects.prefetch_related("locations__locality", "updates", "milestones")

    statuses = set(projects.values_list("status", flat=True))
    assert statuses == set(ActivityStatus.values) - {ActivityStatus.CANCELLED}
    assert projects.filter(status=ActivityStatus.SUSPENDED).count() == 1
    assert projects.filter(is_public=False).count() == 2
    assert Update.objects.filter(is_public=False).exists()
    for project in projects:
        weights = project.social_weight + project.economic_weight + project.environmental_weight
        assert weights == 100, project.code
        assert 1 <= len([u for u in project.updates.all() if u.is_public]) <= 3, project.code
        if project.budget >= 5_000_000:
            assert 2 <= len(project.milestones.all()) <= 4, project.code
        for place in project.locations.all():
            assert abs(place.latitude - place.locality.latitude) < Decimal("0.01"), project.code
            assert abs(place.longitude - place.locality.longitude) < Decimal("0.01"), project.code
    # Disaggregated counts add up to the period's figures.
    for period in IndicatorPeriod.objects.filter(
        indicator__measure=Measure.UNIT, values__isnull=False
    ).distinct():
        values = period.values.all()
        assert sum(value.target for value in values) == period.target, period.indicator
        if period.actual is not None:
            assert sum(value.actual for value in values) == period.actual, period.indicator


def test_demo_projects_follow_their_agreements():
    upgrading = Project.objects.get(agreements__reference=names.URBAN_UPGRADING)

    assert upgrading.budget == Decimal("73000000") == upgrading.planned_mad
    plan = {
        name: sum(
            upgrading.contributions.filter(partner__name_fr=name).values_list("amount", flat=True)
        )
        for name in (names.MINISTRY, names.REGION, "Commune d'Aourir")
    }
    assert list(plan.values()) == [Decimal("22000000"), Decimal("32000000"), Decimal("19000000")]
    assert upgrading.owner.name_fr == names.AL_OMRANE
    roles = set(
        upgrading.participants.filter(partner__name_fr=names.AL_OMRANE).values_list(
            "role", flat=True
        )
    )
    assert roles == {"2", "4"}
    # Unsigned by the ministry: its 22 MDH are planned, not secured.
    assert upgrading.funding_gap == Decimal("22000000")
    stadium = Project.objects.get(agreements__reference="CONV-2026-009")
    assert stadium.status == ActivityStatus.PIPELINE and stadium.funding_gap > 30_000_000
    buses = Project.objects.get(agreements__reference="CONV-2023-005")
    pupils = buses.indicators.get(name_en="Pupils transported")
    assert pupils.disaggregation == "sex" and pupils.periods.count() >= 3
    for contribution in Contribution.objects.filter(obligation__isnull=False):
        obligation = contribution.obligation
        assert contribution.project.agreements.filter(pk=obligation.party.agreement_id).exists()
        assert contribution.mad_value == obligation.mad_value


def test_every_demo_transaction_note_is_in_arabic_and_french():
    from django.db.models import Q
    from django.utils import translation

    described = Transaction.objects.exclude(description_ar="", description_fr="")
    assert described.count() >= 200
    assert not described.filter(Q(description_ar="") | Q(description_fr="")).exists()
    arabic = re.compile(r"[\u0600-\u06ff]")
    for tx in described:
        assert arabic.search(tx.description_ar), tx.description_ar
        assert not arabic.search(tx.description_fr), tx.description_fr
    payment = described.filter(description_fr__startswith="Mandat n°").first()
    number = payment.description_fr.split()[2]
    assert payment.description_ar.startswith("الأمر بالأداء رقم " + number)
    in_kind = described.filter(description_fr__startswith="En nature : ").first()
    assert in_kind.description_ar.startswith("عيناً: ")
    with translation.override("ar"):
        assert payment.description == payment.description_ar
    with translation.override("fr"):
        assert payment.description == payment.description_fr
