"""Derived figures against hand-computed values, in MAD and EUR, cash and in kind."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from taawun.core.forms import cleaned
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import selectors, services
from taawun.projects.forms import ContributionForm, TransactionForm
from taawun.projects.models import Project, Transaction
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db
D = Decimal


def record(project, type, provider, amount, currency="MAD", day=date(2025, 3, 1), reason=""):
    form = TransactionForm(
        data={
            "type": type,
            "date": day.isoformat(),
            "provider": provider.pk,
            "amount": str(amount),
            "currency": currency,
            "override_reason": reason,
        },
        project=project,
    )
    assert form.is_valid(), form.errors
    return services.transaction_save(project=project, **cleaned(form))


def plan(project, partner, amount, kind="cash", currency="MAD"):
    form = ContributionForm(
        data={"partner": partner.pk, "kind": kind, "amount": str(amount), "currency": currency},
        project=project,
    )
    assert form.is_valid(), form.errors
    return services.contribution_save(project=project, **cleaned(form))


@pytest.fixture
def project(commune):
    return ProjectFactory(
        budget=D("10000000"), planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31)
    )


def test_totals_gap_funding_and_leverage_by_hand(project, commune, euro_rates):
    region = PartnerFactory(name_fr="Région Souss-Massa")
    afd = PartnerFactory(name_fr="AFD", country="FR")
    record(project, "11", commune, 2_000_000)
    record(project, "11", region, 4_000_000)
    record(project, "11", afd, 100_000, "EUR", date(2025, 3, 1))  # 100 000 × 10.80 = 1 080 000
    record(project, "3", region, 1_500_000)
    record(project, "4", commune, 300_000)
    project.refresh_from_db()
    assert project.committed_mad == D("7080000.00")
    assert project.disbursed_mad == D("1500000.00")
    assert project.spent_mad == D("300000.00")
    assert project.secured_mad == D("7080000.00")
    assert project.funding_gap == D("2920000.00")
    assert project.percent_funded == D("70.8")
    assert project.commune_mad == D("2000000.00")
    # partners 5 080 000 for the commune's 2 000 000
    assert project.leverage == D("2.54")


def test_a_disbursement_in_euros_uses_the_rate_of_its_date(project, commune, euro_rates):
    afd = PartnerFactory(name_fr="AFD", country="FR")
    record(project, "11", afd, 200_000, "EUR", date(2025, 2, 1))  # 2 160 000
    tx, warnings = record(project, "3", afd, 50_000, "EUR", date(2025, 8, 15))  # rate 11.00
    assert tx.rate == D("11.000000") and tx.mad_value == D("550000.00")
    assert warnings == []


def test_a_disbursement_above_the_commitment_needs_a_reason(project, commune):
    region = PartnerFactory(name_fr="Région")
    record(project, "11", region, 1_000_000)
    record(project, "11", commune, 1_000_000)
    with pytest.raises(services.TransactionRefused) as refused:
        record(project, "3", region, 1_200_000)
    assert "override_reason" in refused.value.message_dict
    assert Transaction.objects.filter(type="3").count() == 0
    record(project, "3", region, 1_200_000, reason="Avenant n° 1 en cours de signature")
    project.refresh_from_db()
    # the region secured 1.2 M (paid beyond its commitment): gap and leverage move
    assert project.secured_mad == D("2200000.00")
    assert project.funding_gap == D("7800000.00")
    assert project.leverage == D("1.20")


def test_negative_or_absurd_amounts_are_refused(project, commune):
    form = TransactionForm(
        data={
            "type": "11",
            "date": "2025-03-01",
            "provider": commune.pk,
            "amount": "-5",
            "currency": "MAD",
        },
        project=project,
    )
    assert not form.is_valid() and "amount" in form.errors
    with pytest.raises(services.TransactionRefused):
        record(project, "11", commune, D("20000000000"))
    assert not Transaction.objects.exists()


def test_a_date_outside_the_project_is_only_a_warning(project, commune):
    tx, warnings = record(project, "11", commune, 1000, day=date(2024, 6, 1))
    assert tx.pk and len(warnings) == 1


def test_a_missing_rate_is_explained(project, commune):
    with pytest.raises(Exception) as missing:
        record(project, "11", commune, 1000, "USD")
    assert "USD" in str(missing.value)


def test_cash_against_in_kind_in_the_funding_plan(project, commune, euro_rates):
    plan(project, commune, 1_000_000)
    plan(project, commune, 500_000, kind="in_kind")  # land
    plan(project, PartnerFactory(name_fr="GIZ"), 50_000, currency="EUR")  # planned_start rate 10.80
    project.refresh_from_db()
    assert project.planned_mad == D("2040000.00")
    assert project.in_kind_mad == D("500000.00")
    assert project.cash_mad == D("1540000.00")


def test_a_contribution_from_an_obligation_follows_it(project, commune):
    from taawun.agreements import services as agreement_services
    from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory

    agreement = AgreementFactory()
    project.agreements.add(agreement)
    obligation = ObligationFactory(
        party=PartyFactory(agreement=agreement), amount=D("300000"), mad_value=D("300000")
    )
    form = ContributionForm(
        data={"obligation": obligation.pk, "kind": "cash", "currency": "MAD"}, project=project
    )
    assert form.is_valid(), form.errors
    contribution = services.contribution_save(project=project, **cleaned(form))
    assert (
        contribution.mad_value == D("300000") and contribution.partner == obligation.party.partner
    )
    agreement_services.obligation_save(
        party=obligation.party,
        obligation=obligation,
        kind="financial",
        amount=D("450000"),
        currency="MAD",
        due_date=date(2025, 6, 30),
    )
    contribution.refresh_from_db()
    project.refresh_from_db()
    assert contribution.amount == D("450000") and contribution.mad_value == D("450000")
    assert project.planned_mad == D("450000")


def test_portfolio_figures_by_partner_domain_year_and_locality(commune):
    water = DomainFactory(code="water")
    tamraght = LocalityFactory(name_fr="Tamraght", population=10_000)
    centre = LocalityFactory(name_fr="Aourir centre", population=20_000)
    region = PartnerFactory(name_fr="Région")
    one = ProjectFactory(budget=D("3000000"))
    two = ProjectFactory(
        budget=D("1000000"),
        social_weight=100,
        economic_weight=0,
        environmental_weight=0,
        innovation=True,
    )
    one.domains.add(water)
    LocationFactory(project=one, locality=tamraght)
    LocationFactory(project=one, locality=centre)
    LocationFactory(project=two, locality=centre)
    record(one, "11", commune, 1_000_000)
    record(one, "11", region, 2_000_000)
    record(two, "11", region, 500_000, day=date(2026, 2, 1))
    record(two, "3", region, 500_000, day=date(2026, 3, 1))
    projects = Project.objects.all()
    figures = selectors.key_figures(projects)
    assert figures["secured"] == D("3500000") and figures["gap"] == D("500000")
    assert figures["leverage"] == D("2.50")
    partners = selectors.by_partner(projects)
    assert [(r["provider__name_fr"], r["total"], r["share"]) for r in partners] == [
        ("Région", D("2500000"), D("71.4")),
        ("Commune d'Aourir", D("1000000"), D("28.6")),
    ]
    assert [(r["domains__code"], r["secured"]) for r in selectors.by_domain(projects)] == [
        ("water", D("3000000"))
    ]
    assert selectors.by_year(projects) == [{"year": 2026, "total": D("500000")}]
    rows = {r["locality"].name_fr: r for r in selectors.by_locality(projects)}
    # one: 3 000 000 split over 2 places; two: 500 000 at the centre
    assert rows["Tamraght"]["total"] == D("1500000.00")
    assert rows["Tamraght"]["per_inhabitant"] == D("150.00")
    assert rows["Aourir centre"]["total"] == D("2000000.00")
    assert rows["Aourir centre"]["per_inhabitant"] == D("100.00")
    # A locality's own page reads only its projects' places, with the same split.
    (alone,) = selectors.by_locality(projects, localities=[tamraght])
    assert alone == rows["Tamraght"]
    balance = selectors.objectives_balance(projects)
    # social: (34 × 3 M + 100 × 1 M) / 4 M = 50.5
    assert balance["social"] == D("50.5") and balance["innovation"] == 1
    gaps = list(selectors.largest_gaps(projects))
    assert [(p.pk, p.gap) for p in gaps] == [(two.pk, D("500000"))]


def test_paying_in_euros_what_was_committed_in_euros_is_not_an_overpayment(
    project, commune, euro_rates
):
    afd = PartnerFactory(name_fr="AFD", country="FR")
    record(project, "11", afd, 100_000, "EUR", date(2025, 2, 1))  # 10.80
    tx, _ = record(project, "3", afd, 100_000, "EUR", date(2025, 8, 1))  # 11.00: more MAD, same EUR
    assert tx.mad_value == D("1100000.00")
    with pytest.raises(services.TransactionRefused):
        record(project, "3", afd, 1, "EUR", date(2025, 8, 2))


def test_a_transaction_dated_in_the_future_is_refused(project, commune):
    from django.utils import timezone

    with pytest.raises(services.TransactionRefused) as refused:
        record(project, "11", commune, 1000, day=timezone.localdate() + timedelta(days=3))
    assert "date" in refused.value.message_dict
