"""The lifecycle, step by step, with its refusals; obligations, deliveries, amendments."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from taawun.agreements import services
from taawun.agreements.choices import EventAction, ObligationStatus, Stage
from taawun.agreements.forms import AgreementForm, ObligationForm
from taawun.agreements.models import Agreement
from taawun.agreements.tests.factories import (
    AgreementFactory,
    ObligationFactory,
    PartyFactory,
    kind,
)
from taawun.finance.models import ExchangeRate
from taawun.finance.services import ABSURD_MAD
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db
TODAY = date(2025, 3, 20)


@pytest.fixture(autouse=True)
def on_today(time_machine):
    """Fixtures and tests alike run on TODAY (a test may travel further)."""
    time_machine.move_to(TODAY)


def create(commune, kind_code="twinning", by=None, **extra):
    data = {
        "reference": "JUM-2025-01",
        "title_ar": "اتفاقية توأمة بين أورير ولاكانو",
        "title_fr": "Convention de jumelage Aourir – Lacanau",
        "object_ar": "تبادل الخبرات في السياحة البيئية",
        "object_fr": "Échanges d'expérience en écotourisme",
        "kind": kind(kind_code).pk,
        "renewal": "tacit",
        "is_public": "on",
        **extra,
    }
    form = AgreementForm(data=data)
    assert form.is_valid(), form.errors
    return services.agreement_create(by=by, **form.cleaned_data)


@pytest.fixture
def twinning(commune, users):
    agreement = create(commune, by=users["officer"])
    PartyFactory(
        agreement=agreement,
        partner=PartnerFactory(name_fr="Ville de Lacanau", country="FR", kind="foreign_local"),
        role="technical",
    )
    return agreement


def walk_to_visa(agreement, by):
    services.submit_to_committee(agreement=agreement, by=by)
    services.committee_done(agreement=agreement, by=by)
    services.record_deliberation(
        agreement=agreement,
        session_ar="الدورة العادية لشهر فبراير",
        session_fr="Session ordinaire de février",
        held_on=date(2025, 2, 6),
        decision_number="12/2025",
        votes_for=21,
        votes_against=2,
        votes_abstaining=1,
        by=by,
    )
    services.open_partner_approvals(agreement=agreement, by=by)
    other = agreement.parties.exclude(approval_date__isnull=False).get()
    services.record_approval(
        party=other,
        body="Conseil municipal de Lacanau",
        decision_number="2025-031",
        approved_on=date(2025, 2, 20),
        by=by,
    )
    services.finish_approvals(agreement=agreement, on=date(2025, 3, 1), by=by)


def test_a_twinning_goes_from_draft_to_in_force_with_the_visa(twinning, users):
    officer = users["officer"]
    walk_to_visa(twinning, officer)
    assert twinning.stage == Stage.VISA_PENDING
    assert twinning.visa_deadline == date(2025, 3, 21)
    assert twinning.visa_days_left == 1
    services.record_visa(
        agreement=twinning, outcome="granted", decided_on=date(2025, 3, 15), by=officer
    )
    assert twinning.stage == Stage.SIGNATURES
    for party in twinning.parties.all():
        services.sign(
            party=party, signed_on=date(2025, 3, 18), signatory="Le président", by=officer
        )
    twinning.refresh_from_db()
    assert twinning.stage == Stage.IN_FORCE
    assert twinning.entered_into_force_on == date(2025, 3, 18)
    assert twinning.start_date == date(2025, 3, 18)
    assert twinning.end_date == date(2030, 3, 18)  # the kind's default duration, 60 months
    actions = list(twinning.events.values_list("action", flat=True))
    assert actions[0] == EventAction.CREATED and actions[-1] == EventAction.STAGE
    assert EventAction.VISA_GRANTED in actions and actions.count(EventAction.SIGNED) == 2
    assert set(twinning.events.values_list("by__username", flat=True)) == {"officer"}


def test_signing_before_the_visa_is_refused_with_a_clear_message(twinning, users):
    walk_to_visa(twinning, users["officer"])
    party = twinning.parties.first()
    with translation.override("ar"), pytest.raises(services.TransitionRefused) as refused:
        services.sign(party=party, signed_on=TODAY, signatory="الرئيس", by=users["officer"])
    assert "التأشيرة" in refused.value.messages[0]
    party.refresh_from_db()
    assert party.signed_on is None


def test_no_agreement_is_in_force_before_every_party_has_signed(twinning, users):
    walk_to_visa(twinning, users["officer"])
    services.record_visa(
        agreement=twinning, outcome="granted", decided_on=TODAY, by=users["officer"]
    )
    first, second = twinning.parties.all()
    services.sign(party=first, signed_on=TODAY, signatory="Le président", by=users["officer"])
    twinning.refresh_from_db()
    assert twinning.stage == Stage.SIGNATURES
    with pytest.raises(services.TransitionRefused):
        services.sign(party=first, signed_on=TODAY, signatory="Le président", by=users["officer"])


def test_silence_for_twenty_days_is_recorded_as_a_tacit_visa(twinning, users):
    with time_machine.travel(date(2025, 3, 10)):
        walk_to_visa(twinning, users["officer"])
        with pytest.raises(services.TransitionRefused):
            services.record_tacit_visa(agreement=twinning, by=users["officer"])
    with time_machine.travel(date(2025, 3, 21)):
        services.record_tacit_visa(agreement=twinning, by=None)
    assert twinning.stage == Stage.SIGNATURES
    assert twinning.visa_outcome == "tacit"
    assert twinning.visa_date == date(2025, 3, 21)


def test_a_refused_visa_sends_the_agreement_back_to_the_committee(twinning, users):
    walk_to_visa(twinning, users["officer"])
    services.record_visa(
        agreement=twinning, outcome="refused", decided_on=TODAY, by=users["officer"]
    )
    assert twinning.stage == Stage.COMMITTEE


def test_a_partnership_needs_no_visa_and_goes_straight_to_signatures(commune, users):
    agreement = create(commune, kind_code="partnership", reference="PART-1")
    partner = PartyFactory(agreement=agreement)
    by = users["officer"]
    services.submit_to_committee(agreement=agreement, by=by)
    services.committee_done(agreement=agreement, by=by)
    services.record_deliberation(
        agreement=agreement,
        session_ar="د",
        session_fr="S",
        held_on=date(2025, 2, 6),
        decision_number="7",
        votes_for=10,
        votes_against=0,
        votes_abstaining=0,
        by=by,
    )
    services.open_partner_approvals(agreement=agreement, by=by)
    with pytest.raises(services.TransitionRefused) as refused:
        services.finish_approvals(agreement=agreement, by=by)
    assert str(partner.partner) in refused.value.messages[0]
    services.record_approval(
        party=partner, body="Conseil", decision_number="1", approved_on=date(2025, 3, 1), by=by
    )
    services.finish_approvals(agreement=agreement, by=by)
    assert agreement.stage == Stage.SIGNATURES


def test_an_agreement_needs_the_commune_and_a_partner(commune):
    agreement = create(commune, kind_code="partnership", reference="SOLO-1")
    with pytest.raises(services.TransitionRefused):
        services.submit_to_committee(agreement=agreement)
    assert Agreement.objects.get(pk=agreement.pk).stage == Stage.DRAFT


def test_a_council_that_votes_against_stops_the_agreement(twinning, users):
    """Recorded as the rejection it is (issue 10 #3; it used to be refused and lost); the
    twinning's kind ends the file there (test_rejection_and_waivers.py has the rest)."""
    services.submit_to_committee(agreement=twinning)
    services.committee_done(agreement=twinning)
    services.record_deliberation(
        agreement=twinning,
        session_ar="د",
        session_fr="S",
        held_on=TODAY,
        decision_number="9",
        votes_for=5,
        votes_against=12,
        votes_abstaining=0,
    )
    rejected = Agreement.objects.get(pk=twinning.pk)
    assert rejected.stage == Stage.REJECTED
    assert (rejected.votes_for, rejected.votes_against) == (5, 12)
    with pytest.raises(services.TransitionRefused):
        services.open_partner_approvals(agreement=rejected)


def test_the_end_date_cannot_precede_the_start(commune):
    translation.activate("en")
    form = AgreementForm(
        data={
            "reference": "X",
            "title_ar": "ا",
            "title_fr": "t",
            "object_ar": "م",
            "object_fr": "o",
            "kind": kind("other").pk,
            "renewal": "none",
            "start_date": "2025-05-01",
            "end_date": "2025-01-01",
        }
    )
    assert not form.is_valid()
    assert "The end date cannot be before the start date." in str(form.errors)


def in_force(commune):
    agreement = AgreementFactory(kind=kind("partnership"))
    agreement.stage = Stage.IN_FORCE
    agreement.save()
    return agreement


def test_deliveries_update_the_status_and_refuse_too_much(commune, users):
    obligation = ObligationFactory(
        party__agreement=in_force(commune), amount=Decimal("300000"), mad_value=Decimal("300000")
    )
    services.delivery_record(
        obligation=obligation, delivered_on=TODAY, mad_value=Decimal("100000"), by=users["finance"]
    )
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.PARTLY_DELIVERED
    assert obligation.percent_delivered == Decimal("33.3")
    for language, left, too_much in (
        ("ar", "200 000 درهم", "250 000 درهم"),
        ("en", "200,000 MAD", "250,000 MAD"),
    ):
        with translation.override(language), pytest.raises(services.TransitionRefused) as refused:
            services.delivery_record(
                obligation=obligation,
                delivered_on=TODAY,
                mad_value=Decimal("250000"),
                by=users["finance"],
            )
        message = str(refused.value.messages[0]).replace("\xa0", " ")
        assert left in message and too_much in message, message  # never "200000.00 MAD"
    services.delivery_record(
        obligation=obligation, delivered_on=TODAY, mad_value=Decimal("200000"), by=users["finance"]
    )
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DELIVERED
    assert obligation.deliveries.count() == 2


def test_an_obligation_in_euros_is_valued_at_the_rate_of_its_due_date(commune):
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("10.80"), valid_from=date(2024, 1, 1)
    )
    ExchangeRate.objects.create(
        currency="EUR", rate_to_mad=Decimal("10.95"), valid_from=date(2025, 1, 1)
    )
    party = PartyFactory(agreement=in_force(commune))
    form = ObligationForm(
        data={
            "kind": "financial",
            "amount": "50000",
            "currency": "EUR",
            "due_date": "2025-06-30",
            "tranche": "1",
        },
        instance=None,
        party=party,
    )
    assert form.is_valid(), form.errors
    obligation = services.obligation_save(party=party, **form.cleaned_data)
    assert obligation.mad_value == Decimal("547500.00")
    form = ObligationForm(
        data={"kind": "financial", "amount": "1000", "currency": "EUR", "due_date": "2023-06-30"},
        party=party,
    )
    assert form.is_valid()
    with pytest.raises(Exception) as missing:
        services.obligation_save(party=party, **form.cleaned_data)
    assert "EUR" in str(missing.value)


def test_overdue_obligations_are_found(commune):
    agreement = in_force(commune)
    late = ObligationFactory(party__agreement=agreement, due_date=date(2025, 1, 31))
    ObligationFactory(party__agreement=agreement, due_date=date(2025, 12, 31))
    from taawun.agreements.models import Obligation

    assert list(Obligation.objects.overdue(today=TODAY)) == [late]
    assert late.is_late is True or late.due_date < TODAY


def test_an_amendment_changes_the_end_date_and_keeps_what_it_replaced(commune, users):
    from taawun.agreements.forms import AmendmentForm

    agreement = in_force(commune)
    form = AmendmentForm(
        data={
            "number": "1",
            "dated": "2025-03-01",
            "title_ar": "ملحق رقم 1",
            "title_fr": "Avenant n° 1",
            "council_date": "2025-02-06",
            "council_decision_number": "15/2025",
            "new_end_date": "2028-12-31",
        },
        agreement=agreement,
    )
    assert form.is_valid(), form.errors
    amendment = services.amendment_save(
        agreement=agreement, by=users["officer"], **form.cleaned_data
    )
    services.amendment_apply(amendment=amendment, by=users["officer"])
    agreement.refresh_from_db()
    assert agreement.end_date == date(2028, 12, 31)
    change = amendment.changes.get()
    assert "2027" in change.before and "2028" in change.after
    with pytest.raises(services.TransitionRefused):
        services.amendment_apply(amendment=amendment)


def test_alert_querysets(commune):
    today = TODAY
    soon = in_force(commune)
    soon.end_date = today + timedelta(days=30)
    soon.save()
    visa = AgreementFactory(
        kind=kind("twinning"),
        stage=Stage.VISA_PENDING,
        visa_submitted_on=today - timedelta(days=17),
    )
    assert list(Agreement.objects.expiring(today=today)) == [soon]
    assert list(Agreement.objects.visa_due(today=today)) == [visa]


@pytest.mark.parametrize("delivered", ["100000", "300000"])
def test_a_delivered_or_partly_delivered_obligation_cannot_be_waived(commune, users, delivered):
    obligation = ObligationFactory(
        party__agreement=in_force(commune), amount=Decimal("300000"), mad_value=Decimal("300000")
    )
    services.delivery_record(
        obligation=obligation,
        delivered_on=TODAY,
        mad_value=Decimal(delivered),
        by=users["finance"],
    )
    obligation.refresh_from_db()
    before = obligation.status
    with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
        services.obligation_waive(obligation=obligation, by=users["officer"])
    assert "already been delivered" in refused.value.messages[0]
    obligation.refresh_from_db()
    assert obligation.status == before != ObligationStatus.WAIVED


def test_no_obligation_of_a_closed_agreement_can_be_waived(commune, users):
    agreement = in_force(commune)
    obligation = ObligationFactory(party__agreement=agreement)
    agreement.stage = Stage.COMPLETED
    agreement.save()
    with translation.override("fr"), pytest.raises(services.TransitionRefused) as refused:
        services.obligation_waive(obligation=obligation, by=users["officer"])
    assert "clôturée" in refused.value.messages[0]
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE


def test_the_obligation_rules_hold_without_a_form(commune):
    """The API, imports, the demo and commands call the service directly: they meet the rules."""
    party = PartyFactory(agreement=in_force(commune))
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        services.obligation_save(
            party=party, kind="in_kind", amount=Decimal("1000"), currency="MAD"
        )
    with translation.override("en"):  # the messages are lazy: read them in English too
        errors = refused.value.message_dict
    assert errors["due_date"] == ["Give a due date, or at least the year."]
    assert errors["in_kind_type"] == ["Say what kind of contribution in kind this is."]
    assert errors["description_fr"] == ["Describe the contribution in kind."]
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        services.obligation_save(
            party=party,
            kind="financial",
            amount=ABSURD_MAD + 1,
            currency="MAD",
            due_year=2026,
        )
    with translation.override("en"):
        amount_errors = refused.value.message_dict["amount"]
    assert amount_errors == ["This amount is not plausible; check the figures."]
    assert not party.obligations.exists()
    obligation = services.obligation_save(
        party=party,
        kind="financial",
        in_kind_type="land",  # a financial obligation has no type of contribution in kind
        amount=ABSURD_MAD,
        currency="MAD",
        due_year=2026,
    )
    assert obligation.in_kind_type == "" and obligation.mad_value == ABSURD_MAD


def test_parties_are_added_before_the_deliberation_only(commune, users):
    agreement = create(commune, kind_code="partnership", reference="PART-9")
    services.party_save(agreement=agreement, partner=PartnerFactory(), role="funder")
    agreement.stage = Stage.COUNCIL_APPROVED
    agreement.save()
    with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
        services.party_save(agreement=agreement, partner=PartnerFactory(), role="funder")
    assert "use an amendment" in refused.value.messages[0]
    own = agreement.parties.get(partner=commune)
    services.party_save(
        agreement=agreement, party=own, by=users["officer"], representative_fr="Le président"
    )
    assert agreement.parties.count() == 2
    assert agreement.parties.get(partner=commune).representative == "Le président"


def test_an_agreement_cannot_be_its_own_framework(commune):
    agreement = create(commune, kind_code="framework", reference="CADRE-1")
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        services.agreement_update(agreement=agreement, parent=agreement)
    with translation.override("en"):
        message = str(refused.value)
    assert "its own framework agreement" in message
    assert Agreement.objects.get(pk=agreement.pk).parent is None


def test_the_timeline_names_a_party_in_the_reader_language(twinning, users, client_for):
    """An approval recorded on an Arabic page names the partner on a French page in French
    (issue 10 #9): the event keeps the party, not its name in the recorder's language."""
    Partner = type(twinning.parties.first().partner)
    lacanau = Partner.objects.get(name_fr="Ville de Lacanau")
    lacanau.name_ar = "مدينة لاكانو"
    lacanau.save()
    with translation.override("ar"):
        walk_to_visa(twinning, users["officer"])
    approval = twinning.events.get(action="approval")
    assert approval.partner == lacanau and approval.detail == ""
    officer = client_for("officer")
    with translation.override("fr"):
        french = officer.get(twinning.get_manage_url()).content.decode()
    with translation.override("ar"):
        arabic = officer.get(twinning.get_manage_url()).content.decode()
    timeline = french[french.index('class="timeline"') :]
    assert "<bdi>Ville de Lacanau</bdi>" in timeline and "مدينة لاكانو" not in timeline
    assert "<bdi>مدينة لاكانو</bdi>" in arabic[arabic.index('class="timeline"') :]
