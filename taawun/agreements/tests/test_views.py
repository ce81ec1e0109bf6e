import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from rest_framework.test import APIClient

from taawun.agreements.choices import ObligationStatus, Stage
from taawun.agreements.models import Agreement, Delivery, Document, Obligation
from taawun.agreements.tests.factories import (
    AgreementFactory,
    ObligationFactory,
    PartyFactory,
    kind,
)
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def in_force_with(partner, commune, **obligation):
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.IN_FORCE)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    party = PartyFactory(agreement=agreement, partner=partner)
    return agreement, ObligationFactory(party=party, **obligation)


def test_an_officer_creates_an_agreement_in_arabic_and_the_commune_is_its_first_party(
    client_for, commune
):
    client = client_for("officer")
    response = client.post(
        url("agreements:create"),
        {
            "reference": "JUM-2026-01",
            "kind": kind("twinning").pk,
            "renewal": "tacit",
            "title_ar": "توأمة أورير ولاكانو",
            "title_fr": "Jumelage Aourir – Lacanau",
            "object_ar": "تبادل الخبرات",
            "object_fr": "Échanges d'expérience",
            "is_public": "on",
        },
    )
    agreement = Agreement.objects.get(reference="JUM-2026-01")
    assert response.status_code == 302
    assert [p.partner for p in agreement.parties.all()] == [commune]
    page = client.get(agreement.get_manage_url()).content.decode()
    assert "توأمة أورير ولاكانو" in page
    assert 'lang="ar"' in page


def test_a_bad_agreement_form_changes_nothing(client_for, commune):
    response = client_for("officer").post(
        url("agreements:create"),
        {
            "reference": "",
            "kind": kind("twinning").pk,
            "renewal": "none",
            "title_ar": "",
            "title_fr": "X",
            "object_ar": "",
            "object_fr": "Y",
            "start_date": "2026-05-01",
            "end_date": "2025-01-01",
        },
    )
    assert response.status_code == 400
    assert not Agreement.objects.exists()


def test_signing_before_the_visa_is_refused_with_the_reason_and_changes_nothing(
    client_for, commune
):
    agreement = AgreementFactory(
        kind=kind("twinning"),
        stage=Stage.VISA_PENDING,
        visa_submitted_on=timezone.localdate() - timedelta(days=3),
    )
    party = PartyFactory(agreement=agreement, partner=commune)
    response = client_for("officer").post(
        url("agreements:party-step", pk=party.pk, step="sign"),
        {"signed_on": timezone.localdate().isoformat(), "signatory": "رئيس المجلس"},
    )
    assert response.status_code == 400
    assert "التأشيرة" in response.content.decode()
    party.refresh_from_db()
    assert party.signed_on is None


def test_the_visa_countdown_is_shown(client_for, commune):
    agreement = AgreementFactory(
        kind=kind("twinning"),
        stage=Stage.VISA_PENDING,
        visa_submitted_on=timezone.localdate() - timedelta(days=17),
    )
    PartyFactory(agreement=agreement, partner=commune)
    page = client_for("officer").get(url("agreements:detail", lang="fr", pk=agreement.pk))
    assert "<strong>3</strong>" in page.content.decode()


def test_steps_walk_the_agreement_and_the_timeline_names_the_officer(client_for, commune):
    agreement = AgreementFactory(kind=kind("partnership"))
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement)
    client = client_for("officer")
    assert client.post(url("agreements:step", pk=agreement.pk, step="submit")).status_code == 302
    assert (
        client.post(url("agreements:step", pk=agreement.pk, step="committee-done")).status_code
        == 302
    )
    response = client.post(
        url("agreements:step", pk=agreement.pk, step="deliberation"),
        {
            "session_ar": "الدورة العادية لشهر فبراير",
            "session_fr": "Session ordinaire de février",
            "held_on": "2026-02-05",
            "decision_number": "14",
            "votes_for": "20",
            "votes_against": "1",
            "votes_abstaining": "2",
        },
    )
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.stage == Stage.COUNCIL_APPROVED
    assert set(agreement.events.values_list("by__username", flat=True)) == {"officer"}
    page = client.get(agreement.get_manage_url()).content.decode()
    assert "officer" in page


def test_an_unknown_step_is_not_found(client_for, commune):
    agreement = AgreementFactory()
    assert (
        client_for("officer")
        .post(url("agreements:step", pk=agreement.pk, step="teleport"))
        .status_code
        == 404
    )


def test_a_representative_sees_only_agreements_its_organisation_is_party_to(
    client_for, users, commune
):
    own = users["partner"].partner
    mine, _ = in_force_with(own, commune)
    other, _ = in_force_with(PartnerFactory(name_fr="Autre"), commune)
    client = client_for("partner")
    page = client.get(url("agreements:list", lang="fr")).content.decode()
    assert mine.title_fr in page and other.title_fr not in page
    assert client.get(url("agreements:detail", pk=other.pk)).status_code == 404
    assert client.get(url("agreements:detail", pk=mine.pk)).status_code == 200
    api = APIClient()
    api.force_authenticate(users["partner"])
    ids = [a["id"] for a in api.get("/api/v1/agreements/").json()["results"]]
    assert ids == [mine.pk]
    assert api.get(f"/api/v1/agreements/{other.pk}/").status_code == 404


def test_a_representative_no_longer_records_a_delivery_it_declares_payments_instead(
    client_for, users, commune
):
    own = users["partner"].partner
    _, obligation = in_force_with(
        own, commune, amount=Decimal("500000"), mad_value=Decimal("500000")
    )
    _, foreign = in_force_with(PartnerFactory(name_fr="Autre"), commune)
    client = client_for("partner")
    proof = SimpleUploadedFile("virement.pdf", PDF, content_type="application/pdf")
    response = client.post(
        url("agreements:delivery-create", pk=obligation.pk),
        {
            "delivered_on": timezone.localdate().isoformat(),
            "mad_value": "200000",
            "proof": proof,
        },
    )
    # Deliveries are finance's: a partner's payment counts once confirmed (PaymentDeclaration).
    assert response.status_code == 403
    assert not Delivery.objects.exists()
    obligation.refresh_from_db()
    assert obligation.status != "partly_delivered"
    assert client.get(url("agreements:delivery-create", pk=foreign.pk)).status_code == 404
    # nothing else: no step, no edit, no document upload
    assert (
        client.post(
            url("agreements:step", pk=obligation.party.agreement_id, step="suspend"),
            {"reason": "x"},
        ).status_code
        == 403
    )
    assert client.get(url("agreements:obligation-update", pk=obligation.pk)).status_code == 403


def test_an_executable_renamed_pdf_is_refused(client_for, commune):
    agreement = AgreementFactory()
    fake = SimpleUploadedFile("convention.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200)
    response = client_for("officer").post(
        url("agreements:document-create", lang="en", pk=agreement.pk),
        {"title_fr": "Convention signée", "category": "signed", "file": fake},
    )
    assert response.status_code == 400
    assert "not a PDF" in response.content.decode()
    assert not Document.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_the_limit_stated(client_for, commune, settings):
    settings.DOCUMENT_MAX_BYTES = 1024 * 1024
    agreement = AgreementFactory()
    big = SimpleUploadedFile("scan.pdf", PDF + b"0" * (1024 * 1024))
    response = client_for("officer").post(
        url("agreements:document-create", lang="en", pk=agreement.pk),
        {"title_fr": "Scan", "category": "signed", "file": big},
    )
    assert response.status_code == 400
    assert "the limit is 1.0\xa0MB" in response.content.decode()
    assert not Document.objects.exists()


def test_a_new_version_replaces_the_previous_one(client_for, commune, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    agreement = AgreementFactory()
    client = client_for("officer")
    create = url("agreements:document-create", pk=agreement.pk)
    client.post(
        create,
        {"title_fr": "Annexe", "category": "annex", "file": SimpleUploadedFile("a.pdf", PDF)},
    )
    first = Document.objects.get()
    client.post(
        create,
        {
            "title_fr": "Annexe",
            "category": "annex",
            "previous": first.pk,
            "file": SimpleUploadedFile("a.pdf", PDF),
        },
    )
    second = Document.objects.exclude(pk=first.pk).get()
    assert second.version == 2 and not Document.objects.get(pk=first.pk).is_current


def test_the_public_register_shows_public_agreements_only(client_for, commune):
    public = AgreementFactory(title_fr="Convention publique", stage=Stage.IN_FORCE)
    hidden = AgreementFactory(title_fr="Convention interne", stage=Stage.IN_FORCE, is_public=False)
    draft = AgreementFactory(title_fr="Projet de convention", stage=Stage.DRAFT)
    doc = Document.objects.create(
        agreement=hidden,
        title_fr="Scan",
        category="signed",
        is_public=True,
        content_type="application/pdf",
        size=10,
        file="agreements/x.pdf",
    )
    anonymous = client_for(None)
    page = anonymous.get(url("portal:agreement-list", lang="fr")).content.decode()
    assert "Convention publique" in page
    assert "Convention interne" not in page and "Projet de convention" not in page
    for agreement in (hidden, draft):
        assert anonymous.get(f"/fr/agreements/{agreement.pk}/{agreement.slug}/").status_code == 404
        assert APIClient().get(f"/api/v1/agreements/{agreement.pk}/").status_code == 404
    assert anonymous.get(url("portal:agreement-document", pk=doc.pk)).status_code == 404
    assert anonymous.get(public.get_absolute_url()).status_code == 200


def test_public_pages_and_api_never_show_internal_notes(client_for, commune):
    agreement = AgreementFactory(
        stage=Stage.IN_FORCE, internal_notes="Négociation délicate, confidentiel"
    )
    page = client_for(None).get(agreement.get_absolute_url()).content.decode()
    body = APIClient().get("/api/v1/agreements/").content.decode()
    assert "confidentiel" not in page and "confidentiel" not in body


def test_a_public_document_downloads_with_its_checked_type(client_for, commune, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from taawun.agreements import services

    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    doc = services.document_add(
        agreement=agreement,
        upload=SimpleUploadedFile("c.pdf", PDF),
        title_fr="Convention signée",
        category="signed",
        is_public=True,
    )
    response = client_for(None).get(url("portal:agreement-document", pk=doc.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF


def test_overdue_obligations_appear_on_the_dashboard_and_in_send_alerts(client_for, commune):
    partner = PartnerFactory(name_fr="Conseil régional Souss-Massa")
    in_force_with(partner, commune, due_date=timezone.localdate() - timedelta(days=40))
    page = client_for("council").get(url("reports:dashboard", lang="fr")).content.decode()
    assert "Conseil régional Souss-Massa" in page
    out = io.StringIO()
    call_command("send_alerts", "--dry-run", stdout=out)
    assert "Conseil régional Souss-Massa" in out.getvalue()


def test_an_obligation_delivered_leaves_the_dashboard_alerts_at_once(client_for, commune):
    """The alerts are cached for the day; any change to an obligation must show right away."""
    partner = PartnerFactory(name_fr="Conseil régional Souss-Massa")
    _, obligation = in_force_with(
        partner, commune, due_date=timezone.localdate() - timedelta(days=40)
    )
    council = client_for("council")
    assert (
        "Conseil régional Souss-Massa"
        in council.get(url("reports:dashboard", lang="fr")).content.decode()
    )
    obligation.status = "delivered"
    obligation.save()
    page = council.get(url("reports:dashboard", lang="fr")).content.decode()
    assert "Conseil régional Souss-Massa" not in page


@override_settings(
    TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
)
def test_send_alerts_records_tacit_visas_and_mails_the_officers(commune, users, mailoutbox):
    agreement = AgreementFactory(
        kind=kind("twinning"),
        stage=Stage.VISA_PENDING,
        visa_submitted_on=timezone.localdate() - timedelta(days=21),
    )
    call_command("send_alerts", stdout=io.StringIO())
    agreement.refresh_from_db()
    assert agreement.stage == Stage.SIGNATURES and agreement.visa_outcome == "tacit"
    # One digest each (accounts.notifications), in the recipient's language.
    assert sorted(m.to for m in mailoutbox) == [["admin@example.org"], ["officer@example.org"]]


def test_the_partner_public_page_lists_its_public_agreements(client_for, commune):
    partner = PartnerFactory(name_fr="Université Ibn Zohr")
    agreement, _ = in_force_with(partner, commune)
    with translation.override("ar"):
        page = client_for(None).get(partner.get_absolute_url()).content.decode()
    assert agreement.title_ar in page


def test_exchange_rates_are_kept_by_finance_and_refused_to_others(client_for):
    data = {"currency": "EUR", "rate_to_mad": "10.85", "valid_from": "2026-01-01", "source": "BAM"}
    assert client_for("officer").post(url("finance:rates"), data).status_code == 403
    assert client_for("finance").post(url("finance:rates"), data).status_code == 302
    response = client_for("finance").post(url("finance:rates"), {**data, "rate_to_mad": "-1"})
    assert response.status_code == 400
    from taawun.finance.models import ExchangeRate

    assert ExchangeRate.objects.get().rate_to_mad == Decimal("10.85")


def test_obligation_due_dates_in_the_past_show_as_late(commune):
    _, obligation = in_force_with(PartnerFactory(), commune, due_date=date(2020, 1, 1))
    assert Obligation.objects.get(pk=obligation.pk).is_late


def test_the_page_does_not_offer_the_signature_while_the_visa_is_awaited(client_for, commune):
    agreement = AgreementFactory(
        kind=kind("twinning"),
        stage=Stage.VISA_PENDING,
        visa_submitted_on=timezone.localdate() - timedelta(days=3),
    )
    party = PartyFactory(agreement=agreement, partner=commune)
    page = client_for("officer").get(url("agreements:detail", pk=agreement.pk)).content.decode()
    assert url("agreements:party-step", pk=party.pk, step="sign") not in page
    agreement.stage = Stage.SIGNATURES
    agreement.save()
    page = client_for("officer").get(url("agreements:detail", pk=agreement.pk)).content.decode()
    assert url("agreements:party-step", pk=party.pk, step="sign") in page


def test_waiving_a_partly_delivered_obligation_is_refused_and_changes_nothing(client_for, commune):
    _, obligation = in_force_with(
        PartnerFactory(), commune, amount=Decimal("500000"), mad_value=Decimal("500000")
    )
    Delivery.objects.create(
        obligation=obligation, delivered_on=timezone.localdate(), mad_value=Decimal("1000")
    )
    Obligation.objects.filter(pk=obligation.pk).update(
        status=ObligationStatus.PARTLY_DELIVERED, delivered_mad=Decimal("1000")
    )
    client = client_for("officer")
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id)).content.decode()
    assert url("agreements:obligation-waive", pk=obligation.pk) not in page
    response = client.post(url("agreements:obligation-waive", lang="en", pk=obligation.pk))
    assert response.status_code == 302
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.PARTLY_DELIVERED
    shown = client.get(response["Location"]).content.decode()
    assert "already been delivered" in shown


def test_a_bad_obligation_form_says_what_is_missing_and_saves_nothing(client_for, commune):
    agreement, obligation = in_force_with(PartnerFactory(), commune)
    response = client_for("officer").post(
        url("agreements:obligation-create", lang="en", pk=obligation.party_id),
        {"kind": "in_kind", "amount": "20000000000", "currency": "MAD"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    for message in (
        "Give a due date, or at least the year.",
        "Say what kind of contribution in kind this is.",
        "Describe the contribution in kind.",
        "This amount is not plausible; check the figures.",
    ):
        assert message in page
    assert Obligation.objects.filter(party__agreement=agreement).count() == 1


def test_the_register_search_finds_an_agreement_by_a_party_name_or_acronym(client_for, commune):
    """Issue 10 #11: "INDH" finds the agreements INDH is a party to; anonymous readers of the
    public register never match a party the portal does not name."""
    from taawun.agreements.choices import Stage
    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory

    indh = PartnerFactory(name_fr="Initiative nationale", acronym="INDH", is_public=True)
    hidden = PartnerFactory(name_fr="Societe-Discrete", is_public=False)
    with_indh = AgreementFactory(stage=Stage.IN_FORCE, title_fr="Transport scolaire")
    with_hidden = AgreementFactory(stage=Stage.IN_FORCE, title_fr="Parking de la plage")
    AgreementFactory(stage=Stage.IN_FORCE, title_fr="Autre convention")
    for agreement, partner in ((with_indh, indh), (with_hidden, hidden)):
        PartyFactory(agreement=agreement, partner=commune, role="project_owner")
        PartyFactory(agreement=agreement, partner=partner)

    def found(client, url, text):
        listing = client.get(url, {"q": text}, HTTP_ACCEPT_LANGUAGE="fr")
        assert listing.status_code == 200
        return {a.pk for a in listing.context["object_list"]}

    officer = client_for("officer")
    assert found(officer, reverse("agreements:list"), "indh") == {with_indh.pk}
    assert found(officer, reverse("agreements:list"), "Discrete") == {with_hidden.pk}
    assert found(officer, reverse("agreements:list"), "Transport") == {with_indh.pk}
    anonymous = client_for(None)
    with translation.override("fr"):
        public = reverse("portal:agreement-list")
    assert found(anonymous, public, "INDH") == {with_indh.pk}
    assert found(anonymous, public, "Discrete") == set()
