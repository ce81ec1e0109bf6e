"""A partner's representative declares a tranche paid, with its proof; it counts only once
finance confirms it."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from taawun.accounts.permissions import can
from taawun.agreements import services
from taawun.agreements.choices import DeclarationState, EventAction, ObligationStatus, Stage
from taawun.agreements.models import Delivery
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TODAY = timezone.localdate()


def proof():
    return SimpleUploadedFile("receipt.pdf", PDF, content_type="application/pdf")


@pytest.fixture
def obligation(users, commune):
    agreement = AgreementFactory()
    agreement.stage = Stage.IN_FORCE
    agreement.save()
    return ObligationFactory(
        party__agreement=agreement,
        party__partner=users["partner"].partner,
        amount=Decimal("300000"),
        mad_value=Decimal("300000"),
    )


def declare(obligation, user, value="100000", **kwargs):
    return services.payment_declare(
        obligation=obligation,
        delivered_on=kwargs.pop("delivered_on", TODAY),
        mad_value=Decimal(value),
        proof=kwargs.pop("proof", proof()),
        by=user,
        **kwargs,
    )


def test_a_declared_payment_counts_only_once_finance_confirms_it(obligation, users):
    declaration = declare(obligation, users["partner"], note="Virement 12")
    obligation.refresh_from_db()
    assert declaration.state == DeclarationState.PENDING
    assert obligation.delivered_mad == 0 and not Delivery.objects.exists()
    assert obligation.party.agreement.events.filter(action=EventAction.PAYMENT_DECLARED).exists()

    services.payment_confirm(declaration=declaration, by=users["finance"])

    declaration.refresh_from_db()
    obligation.refresh_from_db()
    assert declaration.state == DeclarationState.CONFIRMED
    assert declaration.decided_by == users["finance"]
    assert Delivery.objects.count() == 1
    assert declaration.delivery.proof == declaration.proof  # reused, not uploaded twice
    assert obligation.delivered_mad == Decimal("100000")
    assert obligation.status == ObligationStatus.PARTLY_DELIVERED
    assert obligation.party.agreement.documents.count() == 1


def test_a_refused_payment_never_counts_and_needs_a_reason(obligation, users):
    declaration = declare(obligation, users["partner"])
    with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
        services.payment_refuse(declaration=declaration, reason=" ", by=users["finance"])
    assert refused.value.messages == ["Say why the payment is refused."]
    services.payment_refuse(declaration=declaration, reason="No such transfer", by=users["finance"])
    declaration.refresh_from_db()
    obligation.refresh_from_db()
    assert declaration.state == DeclarationState.REFUSED
    assert declaration.refusal_reason == "No such transfer"
    assert obligation.delivered_mad == 0 and not Delivery.objects.exists()


def test_a_decided_declaration_cannot_be_decided_again(obligation, users):
    declaration = declare(obligation, users["partner"])
    services.payment_confirm(declaration=declaration, by=users["finance"])
    for act in (
        lambda: services.payment_confirm(declaration=declaration, by=users["finance"]),
        lambda: services.payment_refuse(declaration=declaration, reason="r", by=users["admin"]),
    ):
        with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
            act()
        assert refused.value.messages == ["This payment declaration has already been decided."]
    assert Delivery.objects.count() == 1


def test_only_finance_or_staff_decide(obligation, users):
    declaration = declare(obligation, users["partner"])
    for role in ("partner", "council", "association"):
        with pytest.raises(services.TransitionRefused):
            services.payment_confirm(declaration=declaration, by=users[role])
    assert can(users["finance"], "agreements.decide_payment", declaration)
    assert not can(users["partner"], "agreements.decide_payment", declaration)


def test_only_the_obligations_own_organisation_declares(obligation, users):
    with pytest.raises(services.TransitionRefused):
        declare(obligation, users["association"])
    assert not can(users["association"], "agreements.declare_payment", obligation)
    assert can(users["partner"], "agreements.declare_payment", obligation)
    assert not can(users["partner"], "agreements.record_delivery", obligation)
    assert can(users["finance"], "agreements.record_delivery", obligation)


def test_declarations_refuse_no_proof_a_future_date_and_too_much(obligation, users):
    rep = users["partner"]
    with translation.override("en"):
        with pytest.raises(services.TransitionRefused) as refused:
            declare(obligation, rep, proof=None)
        assert refused.value.messages == ["A proof of the payment is required."]
        with pytest.raises(services.TransitionRefused):
            declare(obligation, rep, delivered_on=TODAY + timedelta(days=1))
        with pytest.raises(services.TransitionRefused):
            declare(obligation, rep, value="300000.01")
        with pytest.raises(services.TransitionRefused):
            declare(obligation, rep, value="0")
    assert not obligation.payment_declarations.exists()


def test_two_pending_declarations_cannot_together_exceed_what_remains(obligation, users):
    declare(obligation, users["partner"], value="200000")
    with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
        declare(obligation, users["partner"], value="150000")
    message = refused.value.messages[0].replace("\xa0", " ")
    assert "100,000 MAD" in message, message
    declare(obligation, users["partner"], value="100000")
    assert obligation.payment_declarations.count() == 2


def test_a_refused_declaration_frees_what_it_held(obligation, users):
    first = declare(obligation, users["partner"], value="300000")
    services.payment_refuse(declaration=first, reason="Wrong amount", by=users["finance"])
    declare(obligation, users["partner"], value="300000")


def test_the_finance_officers_are_told_and_the_representative_hears_back(
    obligation, users, django_capture_on_commit_callbacks, monkeypatch
):
    from taawun.agreements.services import payments

    told = []
    monkeypatch.setattr(payments, "notify", lambda user, kind, *a, **k: told.append((user, kind)))
    with django_capture_on_commit_callbacks(execute=True):
        declaration = declare(obligation, users["partner"])
    assert (users["finance"], payments.DECLARED) in told
    told.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.payment_confirm(declaration=declaration, by=users["finance"])
    assert told == [(users["partner"], payments.DECIDED)]
