"""The agreement page never offers a step that the service refuses, and offers every step it
accepts: at every stage, for kinds with and without the visa or the council's deliberation, with
the visa clock running or lapsed, for each party, obligation and amendment on the page."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements import lifecycle, services
from taawun.agreements.choices import (
    AmendmentStatus,
    EventAction,
    ObligationStatus,
    Stage,
    VisaOutcome,
)
from taawun.agreements.lifecycle import STEPS, TransitionRefused
from taawun.agreements.models import Agreement, AgreementKind, Amendment, Obligation, Party
from taawun.agreements.tests.factories import (
    AgreementFactory,
    ObligationFactory,
    PartyFactory,
    kind,
)
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db

KINDS = {
    "twinning": lambda: kind("twinning"),  # deliberation and visa
    "partnership": lambda: kind("partnership"),  # deliberation, no visa
    "no_deliberation": lambda: AgreementKind.objects.create(
        code="memorandum",
        name_ar="مذكرة تفاهم",
        name_fr="Mémorandum",
        needs_council_deliberation=False,
        needs_governor_visa=False,
    ),
}
CASES = [
    (stage, kind_name, lapsed)
    for stage in Stage
    for kind_name in KINDS
    for lapsed in ((False, True) if stage == Stage.VISA_PENDING else (False,))
    if stage != Stage.VISA_PENDING or kind_name == "twinning"
]


class Undo(Exception):
    """Raised to roll back what a service did, once it has accepted."""


def build(stage, kind_name, lapsed, commune):
    today = timezone.localdate()
    agreement = AgreementFactory(
        kind=KINDS[kind_name](),
        stage=stage,
        visa_submitted_on=today - timedelta(days=21 if lapsed else 3)
        if stage == Stage.VISA_PENDING
        else None,
    )
    after_deliberation = stage not in lifecycle.BEFORE_DELIBERATION
    PartyFactory(
        agreement=agreement,
        partner=commune,
        role="project_owner",
        approval_date=today - timedelta(days=30) if after_deliberation else None,
    )
    waiting = PartyFactory(agreement=agreement, partner=PartnerFactory(name_fr="En attente"))
    PartyFactory(
        agreement=agreement,
        partner=PartnerFactory(name_fr="Déjà signé"),
        approval_date=today - timedelta(days=20),
        signed_on=today - timedelta(days=1) if stage == Stage.SIGNATURES else None,
    )
    for status, delivered in (
        (ObligationStatus.DUE, "0"),
        (ObligationStatus.PARTLY_DELIVERED, "40000"),
        (ObligationStatus.DELIVERED, "100000"),
        (ObligationStatus.WAIVED, "0"),
    ):
        ObligationFactory(party=waiting, status=status, delivered_mad=Decimal(delivered))
    for number, deliberated, status in (
        (1, True, AmendmentStatus.DRAFT),
        (2, False, AmendmentStatus.DRAFT),
        (3, True, AmendmentStatus.APPROVED),
    ):
        Amendment.objects.create(
            agreement=agreement,
            number=number,
            dated=today,
            title_ar="ملحق",
            title_fr="Avenant",
            council_date=today - timedelta(days=2) if deliberated else None,
            council_decision_number="5/2025" if deliberated else "",
            status=status,
        )
    return agreement


def take(step, subject, by):
    """Call the step's service on `subject` with plausible data (dates of today)."""
    today = timezone.localdate()
    data = {
        "deliberation": {
            "session_ar": "د",
            "session_fr": "S",
            "held_on": today - timedelta(days=1),
            "decision_number": "9",
            "votes_for": 10,
            "votes_against": 0,
            "votes_abstaining": 0,
        },
        "finish-approvals": {"on": today},
        "visa": {"outcome": "granted", "decided_on": today},
        "suspend": {"reason": "x", "on": today},
        "close": {"outcome": Stage.COMPLETED, "on": today},
        "approval": {"body": "Conseil", "decision_number": "1", "approved_on": today},
        "sign": {"signed_on": today, "signatory": "Le président"},
        "add-party": {"partner": PartnerFactory(name_fr="Nouveau"), "role": "funder"},
        "obligation": {"kind": "financial", "amount": Decimal("1000"), "currency": "MAD"}
        | {"due_date": today},
        "deliver": {"delivered_on": today, "mad_value": Decimal("1")},
        "amend": {"number": 9, "dated": today, "title_ar": "ملحق", "title_fr": "Avenant"},
        "waive": {"reason": "Accord des parties"},
        "undo-waiver": {"reason": "Erreur"},
    }.get(step.name, {})
    return step.function(**{step.subject: subject}, by=by, **data)


def accepted(step, subject, by):
    """Whether the service accepts the step (its work is rolled back either way)."""
    try:
        with transaction.atomic():
            take(step, subject, by)
            raise Undo
    except Undo:
        return True
    except TransitionRefused:
        return False


def fresh(agreement_pk):
    return Agreement.objects.select_related("kind").get(pk=agreement_pk)


def subjects(step, agreement_pk):
    """Every record of the agreement the step may be asked about, read afresh."""
    agreement = fresh(agreement_pk)
    if step.subject == "party" and step.name != "obligation":
        return list(
            Party.objects.select_related("agreement__kind", "partner").filter(agreement=agreement)
        )
    if step.name == "obligation":
        return list(Party.objects.select_related("agreement__kind").filter(agreement=agreement))
    if step.subject == "obligation":
        return list(
            Obligation.objects.select_related("party__agreement__kind", "party__partner").filter(
                party__agreement=agreement
            )
        )
    if step.subject == "amendment":
        return list(Amendment.objects.select_related("agreement__kind").filter(agreement=agreement))
    return [agreement]


def url_of(step, agreement, subject):
    """The address the page links or posts to for this step on this record."""
    names = {
        "add-party": ("agreements:party-create", agreement.pk),
        "amend": ("agreements:amendment-create", agreement.pk),
        "obligation": ("agreements:obligation-create", subject.pk),
        "deliver": ("agreements:delivery-create", subject.pk),
        "waive": ("agreements:obligation-waive", subject.pk),
        "undo-waiver": ("agreements:obligation-unwaive", subject.pk),
        "apply-amendment": ("agreements:amendment-apply", subject.pk),
    }
    with translation.override("ar"):
        if step.route == "agreement":
            return reverse("agreements:step", kwargs={"pk": agreement.pk, "step": step.name})
        if step.route == "party":
            return reverse("agreements:party-step", kwargs={"pk": subject.pk, "step": step.name})
        name, pk = names[step.name]
        return reverse(name, kwargs={"pk": pk})


@pytest.mark.parametrize(("stage", "kind_name", "lapsed"), CASES)
def test_the_page_offers_exactly_the_steps_the_services_accept(
    stage, kind_name, lapsed, commune, users, client_for
):
    agreement = build(stage, kind_name, lapsed, commune)
    officer = users["officer"]
    with translation.override("ar"):
        page = client_for("officer").get(agreement.get_manage_url()).content.decode()
    offered_somewhere = 0
    for step in STEPS.values():
        for subject in subjects(step, agreement.pk):
            agreement = fresh(agreement.pk)
            offered = url_of(step, agreement, subject) in page
            allowed = lifecycle.allows(agreement, step.name, subject)
            where = f"{step.name} on {subject!r} at {stage} ({kind_name})"
            assert offered == allowed, f"offered={offered}, lifecycle allows={allowed}: {where}"
            if allowed:
                lifecycle.require(agreement, step.name, subject)
            else:
                with pytest.raises(TransitionRefused):
                    lifecycle.require(agreement, step.name, subject)
            assert accepted(step, subject, officer) == allowed, f"the service disagrees: {where}"
            offered_somewhere += offered
    assert fresh(agreement.pk).stage == stage  # every service call was rolled back
    assert offered_somewhere or stage in lifecycle.ENDED


def test_no_stage_is_left_out_of_the_table():
    """Every open stage has a step; once ended (closed, or rejected by the council), only late
    deliveries of a completed agreement are recorded. Every step names a service (and a form,
    when it has one) that exist."""
    reached = set().union(*(step.stages for step in STEPS.values()))
    assert reached | lifecycle.ENDED == set(Stage)
    assert reached & lifecycle.ENDED == {Stage.COMPLETED}
    assert [name for name, step in STEPS.items() if Stage.COMPLETED in step.stages] == ["deliver"]
    for step in STEPS.values():
        assert callable(step.function), step.name
        assert step.form is None or step.form_class is not None, step.name


def test_signing_is_never_offered_while_the_visa_is_awaited(commune, users):
    agreement = build(Stage.VISA_PENDING, "twinning", False, commune)
    assert not lifecycle.capabilities(agreement)["sign"]
    for party in agreement.parties.all():
        assert lifecycle.party_steps(agreement, party, users["officer"]) == {
            "approval": False,
            "sign": False,
        }


def test_messages_take_the_number_of_days_from_the_clock(commune, monkeypatch):
    agreement = build(Stage.VISA_PENDING, "twinning", False, commune)
    monkeypatch.setattr(lifecycle.stages, "VISA_DAYS", 30)
    monkeypatch.setattr(services.lifecycle, "VISA_DAYS", 30)  # the same constant, imported
    with translation.override("en"):
        assert "has 30 days" in lifecycle.refusal(agreement, "tacit-visa")
        assert lifecycle.visa_clock(agreement).days == 30
        assert str(VisaOutcome.TACIT.label) == "Tacit visa (no answer within 30 days)"
        assert str(EventAction.VISA_TACIT.label) == "Tacit visa: no answer within 30 days"
        with pytest.raises(TransitionRefused) as refused:
            services.record_visa(
                agreement=agreement, outcome="tacit", decided_on=agreement.visa_submitted_on
            )
        assert "once 30 days have passed" in refused.value.messages[0]
