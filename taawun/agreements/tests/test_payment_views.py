"""The pages of a declared payment: the representative declares it from its agreement's page,
with the proof; finance finds it in the list, confirms or refuses it with a reason."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements import services
from taawun.agreements.choices import DeclarationState, Stage
from taawun.agreements.models import Delivery, PaymentDeclaration
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TODAY = timezone.localdate()


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def proof(name="virement.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


@pytest.fixture
def obligation(users, commune):
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    return ObligationFactory(
        party__agreement=agreement,
        party__partner=users["partner"].partner,
        amount=Decimal("300000"),
        mad_value=Decimal("300000"),
        tranche=2,
    )


def declared(obligation, users, value="100000"):
    return services.payment_declare(
        obligation=obligation,
        delivered_on=TODAY,
        mad_value=Decimal(value),
        proof=proof(),
        by=users["partner"],
    )


def form(value="120000", on=None, **extra):
    return {
        "delivered_on": (on or TODAY).isoformat(),
        "mad_value": value,
        "note": "Virement 2026/118",
        "proof": proof(),
        **extra,
    }


def test_the_representative_declares_from_the_agreement_page(client, users, obligation):
    client.force_login(users["partner"])
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id))
    declare = url("agreements:payment-declare", pk=obligation.pk)
    assert declare in page.content.decode()
    assert url("agreements:delivery-create", pk=obligation.pk) not in page.content.decode()

    assert client.get(declare).status_code == 200
    answer = client.post(declare, form())

    assert answer.status_code == 302
    assert answer["Location"].endswith(f"#obligation-{obligation.pk}")
    declaration = PaymentDeclaration.objects.get()
    assert declaration.mad_value == Decimal("120000")
    assert declaration.state == DeclarationState.PENDING
    assert declaration.declared_by == users["partner"]
    assert not Delivery.objects.exists()
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id))
    assert "declared, awaiting confirmation" in page.content.decode()


def test_staff_record_deliveries_and_are_not_offered_to_declare(client, users, obligation):
    client.force_login(users["officer"])
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id)).content.decode()
    assert url("agreements:delivery-create", pk=obligation.pk) in page
    assert url("agreements:payment-declare", pk=obligation.pk) not in page


def test_a_declaration_with_errors_says_why_keeps_the_proof_and_saves_nothing(
    client, users, obligation
):
    client.force_login(users["partner"])
    declare = url("agreements:payment-declare", pk=obligation.pk)
    answer = client.post(declare, form(value="0", on=TODAY + timedelta(days=3)))
    assert answer.status_code == 400
    body = answer.content.decode()
    assert "error-summary" in body and "<title>Error:" in body
    assert "virement.pdf" in body  # the upload kept for the next try
    assert not PaymentDeclaration.objects.exists()

    too_much = client.post(declare, form(value="400000"))
    assert too_much.status_code == 400
    assert "Only 300,000 MAD remain" in too_much.content.decode()
    assert not PaymentDeclaration.objects.exists()

    no_proof = form()
    del no_proof["proof"]
    assert client.post(declare, no_proof).status_code == 400
    assert not PaymentDeclaration.objects.exists()


def test_another_organisation_reaches_neither_the_form_nor_the_declaration(
    client, users, obligation
):
    declaration = declared(obligation, users)
    client.force_login(users["association"])
    assert client.get(url("agreements:payment-declare", pk=obligation.pk)).status_code == 404
    listing = client.get(url("agreements:payment-list"))
    assert listing.status_code == 200
    assert f"paymentdeclaration-{declaration.pk}" not in listing.content.decode()
    assert client.get(url("agreements:payment-confirm", pk=declaration.pk)).status_code == 403


def test_a_stage_without_deliveries_is_a_message_not_a_form(client, users, obligation):
    agreement = obligation.party.agreement
    agreement.stage = Stage.DRAFT
    agreement.save()
    client.force_login(users["partner"])
    answer = client.get(url("agreements:payment-declare", pk=obligation.pk), follow=True)
    assert answer.redirect_chain and answer.status_code == 200
    assert "Deliveries are recorded once the agreement is in force" in answer.content.decode()
    assert (
        client.post(url("agreements:payment-declare", pk=obligation.pk), form()).status_code == 400
    )
    assert not PaymentDeclaration.objects.exists()


def test_finance_confirms_from_the_list(client, users, obligation):
    declaration = declared(obligation, users)
    client.force_login(users["finance"])
    listing = client.get(url("agreements:payment-list")).content.decode()
    confirm = url("agreements:payment-confirm", pk=declaration.pk)
    assert confirm in listing
    page = client.get(confirm)
    assert page.status_code == 200
    assert url("agreements:document", pk=declaration.proof_id) in page.content.decode()

    assert client.post(confirm).status_code == 302
    declaration.refresh_from_db()
    obligation.refresh_from_db()
    assert declaration.state == DeclarationState.CONFIRMED
    assert obligation.delivered_mad == Decimal("100000")
    # Decided: a second confirmation is a message, and records nothing more.
    again = client.post(confirm, follow=True)
    assert "already been decided" in again.content.decode()
    assert Delivery.objects.count() == 1


def test_finance_refuses_with_a_reason_the_representative_reads(client, users, obligation):
    declaration = declared(obligation, users)
    client.force_login(users["finance"])
    refuse = url("agreements:payment-refuse", pk=declaration.pk)
    blank = client.post(refuse, {"reason": "  "})
    assert blank.status_code == 400 and "error-summary" in blank.content.decode()
    declaration.refresh_from_db()
    assert declaration.state == DeclarationState.PENDING

    assert client.post(refuse, {"reason": "Aucun virement reçu à cette date"}).status_code == 302
    declaration.refresh_from_db()
    assert declaration.state == DeclarationState.REFUSED
    assert not Delivery.objects.exists()

    client.force_login(users["partner"])
    listing = client.get(url("agreements:payment-list")).content.decode()
    assert "Aucun virement reçu à cette date" in listing
    assert url("agreements:payment-confirm", pk=declaration.pk) not in listing
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id)).content.decode()
    assert "declared, refused" in page


def test_a_representative_cannot_decide_its_own_payment(client, users, obligation):
    declaration = declared(obligation, users)
    client.force_login(users["partner"])
    assert client.post(url("agreements:payment-confirm", pk=declaration.pk)).status_code == 403
    declaration.refresh_from_db()
    assert declaration.state == DeclarationState.PENDING


def test_the_list_puts_the_awaiting_first_and_filters_by_state(client, users, obligation):
    first = declared(obligation, users, "50000")
    services.payment_refuse(declaration=first, reason="Doublon", by=users["finance"])
    second = declared(obligation, users, "60000")
    client.force_login(users["finance"])
    body = client.get(url("agreements:payment-list")).content.decode()
    assert body.index(f"paymentdeclaration-{second.pk}") < body.index(
        f"paymentdeclaration-{first.pk}"
    )
    refused = client.get(url("agreements:payment-list"), {"state": "refused"}).content.decode()
    assert f"paymentdeclaration-{first.pk}" in refused
    assert f"paymentdeclaration-{second.pk}" not in refused
    # An unknown state is ignored, not an error.
    assert client.get(url("agreements:payment-list"), {"state": "x" * 300}).status_code == 200


def test_the_pages_read_in_arabic(client, users, obligation):
    declaration = declared(obligation, users)
    client.force_login(users["finance"])
    page = client.get(url("agreements:payment-confirm", "ar", pk=declaration.pk))
    body = page.content.decode()
    assert page.status_code == 200 and 'dir="rtl"' in body
    assert "MAD" not in body.split("<main", 1)[1]
