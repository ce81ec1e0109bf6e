"""Petitions to the council (Organic Law 113-14, arts. 121–125): a receipt at once, each
signatory once (by the keyed hash of the national ID), admissible only from the threshold (and
an association's checks), then a point of the next ordinary session; nothing personal public."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from taawun.council.models import CouncilSession
from taawun.participation import services
from taawun.participation.forms import SignaturesForm
from taawun.participation.models import Petition, PetitionSignature, petition_threshold
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def citizens(by, **changes):
    return services.petition_deposit(
        by=by,
        kind="citizens",
        title="Un terrain de sport de proximité à Imi Miki",
        object="Les jeunes du quartier n'ont aucun espace sportif.",
        language="fr",
        proxy_name="Youssef Mandataire",
        proxy_contact="youssef.mandataire@example.ma",
        **changes,
    )


def signatures(count, start=0):
    return [(f"Signataire {n}", f"JB{100000 + n}") for n in range(start, start + count)]


def test_a_deposit_gets_its_receipt_at_once(users):
    first = citizens(users["officer"], deposited_on=date(2026, 11, 2))
    second = citizens(users["officer"], deposited_on=date(2026, 11, 3))
    assert (first.reference, second.reference) == ("PT-2026-001", "PT-2026-002")
    assert first.decision_due_on == date(2026, 11, 2) + timedelta(days=90)
    with pytest.raises(PermissionDenied):
        citizens(users["finance"])


def test_the_threshold_comes_from_the_legal_population(threshold, settings):
    assert petition_threshold() == 5
    settings.PETITION_ARRONDISSEMENTS = True
    settings.PETITION_THRESHOLD_ARRONDISSEMENTS = 9
    assert petition_threshold() == 9


def test_duplicates_by_national_id_count_once_and_the_number_is_kept_nowhere(users, threshold):
    petition = citizens(users["officer"])
    rows = signatures(3) + [("Autre nom", "jb 100001"), ("Sans numéro", "123"), ("", "K99")]
    result = services.petition_sign(petition=petition, rows=rows, by=users["officer"])
    assert result == {"added": 3, "duplicates": 1, "refused": [5, 6]}
    again = services.petition_sign(petition=petition, rows=signatures(2), by=users["officer"])
    assert again["added"] == 0 and again["duplicates"] == 2
    assert petition.signatures.count() == 3
    stored = " ".join(
        str(v) for v in PetitionSignature.objects.values_list("full_name", "national_id_hash")
    )
    assert "100001" not in stored


def test_one_signature_short_of_the_threshold_is_not_admissible(users, threshold):
    petition = citizens(users["officer"])
    services.petition_sign(petition=petition, rows=signatures(threshold - 1), by=users["officer"])
    with translation.override("en"), pytest.raises(ValidationError, match="needs 5"):
        services.petition_admit(petition=petition, by=users["officer"])
    services.petition_sign(petition=petition, rows=signatures(1, start=50), by=users["officer"])
    services.petition_admit(petition=petition, by=users["officer"])
    assert petition.state == "admissible"
    with pytest.raises(ValidationError):
        services.petition_sign(petition=petition, rows=signatures(1, start=90), by=users["officer"])


def test_an_association_needs_the_three_checks(users):
    association = PartnerFactory(kind="association", name_fr="Association Tamraght")
    petition = services.petition_deposit(
        by=users["officer"], kind="association", association=association,
        title="Nettoyage mensuel de la plage", object="…", proxy_name="Président",
        proxy_contact="president@example.ma",
    )  # fmt: skip
    with pytest.raises(ValidationError):
        services.petition_admit(
            petition=petition, by=users["officer"], association_over_three_years=True,
            association_seat_in_commune=True,
        )  # fmt: skip
    services.petition_admit(
        petition=petition, by=users["officer"], association_over_three_years=True,
        association_seat_in_commune=True, association_activity_related=True,
    )  # fmt: skip
    assert petition.state == "admissible"


def test_a_refusal_needs_its_reasons_and_admissible_goes_on_the_next_ordinary_session(
    users, threshold
):
    refused = citizens(users["officer"])
    with pytest.raises(ValidationError):
        services.petition_refuse(petition=refused, reasons="", by=users["officer"])
    services.petition_refuse(
        petition=refused, reasons="Hors des compétences de la commune.", by=users["officer"]
    )
    assert refused.state == "inadmissible" and refused.decided_on == timezone.localdate()

    petition = citizens(users["officer"])
    services.petition_sign(petition=petition, rows=signatures(5), by=users["officer"])
    services.petition_admit(petition=petition, by=users["officer"])
    year = timezone.localdate().year + 1
    past = CouncilSession.objects.create(name_ar="س", name_fr="Passée", opens_on=date(2025, 2, 4))
    session = CouncilSession.objects.create(
        name_ar="الدورة العادية لشهر فبراير",
        name_fr="Session de février",
        opens_on=date(year, 2, 2),
    )
    with pytest.raises(ValidationError):
        services.petition_place(petition=petition, session=past, by=users["officer"])
    services.petition_place(petition=petition, session=session, by=users["officer"])
    assert petition.state == "placed"
    point = session.points.get()
    assert petition.reference in point.title_fr and petition.session_point == point


def test_the_public_page_shows_counts_never_names(client, users, threshold):
    petition = citizens(users["officer"])
    services.petition_sign(petition=petition, rows=signatures(4), by=users["officer"])
    page = client.get(
        reverse("petitions:detail", kwargs={"pk": petition.pk, "slug": petition.slug})
    )
    body = page.content.decode()
    assert page.status_code == 200 and petition.title in body
    for private in ("Youssef Mandataire", "youssef.mandataire@example.ma", "Signataire", "JB100"):
        assert private not in body
    listing = client.get(reverse("petitions:list")).content.decode()
    assert petition.reference in listing
    assert Petition.objects.count() == 1


def test_signatures_typed_on_an_arabic_keyboard_are_read(users):
    petition = citizens(users["officer"])
    rows = SignaturesForm(
        {"rows": "فاطمة أيت وعزيز؛ JB١٢٣٤٥٦\nBrahim Oudaden\tJB654321\nHind; JB123456"}
    )
    assert rows.is_valid(), rows.errors
    result = services.petition_sign(
        petition=petition, rows=rows.cleaned_data["rows"], by=users["officer"]
    )
    assert result == {"added": 2, "duplicates": 1, "refused": []}  # ١٢٣٤٥٦ is 123456
