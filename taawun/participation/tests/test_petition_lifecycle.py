"""A petition's signature lists imported from a spreadsheet (checked first, all or nothing, the
numbers never kept, not even in the session), its referral to a council committee when placed
on a session, and its withdrawal."""

import io
from datetime import date

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from taawun.coordination.tests.factories import CommitteeFactory
from taawun.council.models import CouncilSession
from taawun.participation import services
from taawun.participation.models import Petition

from .test_petitions import citizens, signatures

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):  # the addresses and messages in English
        yield


def csv_file(text, name="signatures.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return SimpleUploadedFile("signatures.xlsx", data.getvalue())


def preview(client, petition, upload):
    return client.post(
        reverse("participation:petition-import", args=[petition.pk]), {"file": upload}
    )


def commit(client, petition):
    return client.post(reverse("participation:petition-import-commit", args=[petition.pk]))


def test_a_file_with_a_wrong_row_imports_nothing_and_says_which(client, users):
    petition = citizens(users["officer"])
    client.force_login(users["officer"])
    page = preview(
        client,
        petition,
        csv_file("full_name,national_id\nFatima Ait Ouaziz,JB100001\nBrahim,123\n,JB100003\n"),
    )
    body = page.content.decode()
    assert page.status_code == 200
    assert "A national ID number is one or two letters, then digits." in body
    assert "The signatory&#x27;s full name is missing." in body
    assert "JB100001" not in body and "100003" not in body
    assert f"petition-signatures-{petition.pk}" not in client.session
    response = commit(client, petition)
    assert response.status_code == 302 and petition.signatures.count() == 0


def test_a_clean_file_is_previewed_then_imported_each_person_once(client, users):
    petition = citizens(users["officer"])
    services.petition_sign(petition=petition, rows=signatures(1), by=users["officer"])
    client.force_login(users["officer"])
    page = preview(
        client,
        petition,
        xlsx_file(
            [
                ["الاسم", "رقم البطاقة"],  # the Arabic names of the columns are read too
                ["Signataire déjà compté", "JB100000"],
                ["فاطمة أيت وعزيز", "jb 200001"],
                ["Fatima Ait Ouaziz", "JB200001"],
                ["Brahim Oudaden", "J200002"],
            ]
        ),
    )
    body = page.content.decode()
    assert "Already counted for this petition" in body and "The same person as row 3" in body
    assert "Import now" in body and "200001" not in body
    staged = str(client.session[f"petition-signatures-{petition.pk}"])
    assert "200001" not in staged and "200002" not in staged  # hashes only, never a number
    response = commit(client, petition)
    assert response.status_code == 302
    assert response.url == petition.get_manage_url()
    assert petition.signatures.count() == 3
    assert sorted(petition.signatures.values_list("full_name", flat=True)) == [
        "Brahim Oudaden",
        "Signataire 0",
        "فاطمة أيت وعزيز",
    ]
    assert f"petition-signatures-{petition.pk}" not in client.session  # used once


def test_a_file_without_the_columns_or_a_decision_meanwhile_imports_nothing(
    client, users, threshold
):
    petition = citizens(users["officer"])
    client.force_login(users["officer"])
    body = preview(client, petition, csv_file("nom;téléphone\nA;0600\n")).content.decode()
    assert "The file needs two columns: full_name and national_id." in body
    preview(client, petition, csv_file("full_name,national_id\nA,JB1\nB,JB2\nC,JB3\nD,JB4\n"))
    services.petition_sign(petition=petition, rows=signatures(5), by=users["officer"])
    services.petition_admit(petition=petition, by=users["officer"])
    response = commit(client, petition)
    assert response.status_code == 302 and petition.signatures.count() == 5
    follow = client.get(response.url).content.decode()
    assert "no more signatures are entered" in follow


def test_only_the_commune_imports_and_the_template_has_the_two_columns(client, users):
    petition = citizens(users["officer"])
    url = reverse("participation:petition-import", args=[petition.pk])
    for role in ("finance", "partner", "association", "resident"):
        client.force_login(users[role])
        assert client.get(url).status_code in (403, 404), role
        assert preview(
            client, petition, csv_file("full_name,national_id\nA,JB1\n")
        ).status_code in (
            403,
            404,
        )
    client.force_login(users["officer"])
    assert client.get(url).status_code == 200
    template = client.get(reverse("participation:petition-import-template", args=[petition.pk]))
    assert b"".join(template.streaming_content).decode("utf-8-sig").strip() == (
        "full_name,national_id"
    )
    missing = reverse("participation:petition-import", args=[petition.pk + 99])
    assert client.get(missing).status_code == 404


def placed_session():
    return CouncilSession.objects.create(
        name_ar="الدورة العادية لشهر فبراير",
        name_fr="Session de février",
        opens_on=date(timezone.localdate().year + 1, 2, 2),
        is_public=True,
    )


def test_a_placed_petition_is_referred_to_a_council_committee(client, users, threshold):
    petition = citizens(users["officer"])
    services.petition_sign(petition=petition, rows=signatures(5), by=users["officer"])
    services.petition_admit(petition=petition, by=users["officer"])
    session = placed_session()
    steering = CommitteeFactory(kind="steering")
    with pytest.raises(ValidationError):
        services.petition_place(
            petition=petition, session=session, committee=steering, by=users["officer"]
        )
    committee = CommitteeFactory(
        kind="council", name_fr="Commission du développement humain", name_ar="لجنة التنمية"
    )
    client.force_login(users["officer"])
    form = client.get(reverse("participation:petition-place", args=[petition.pk]))
    assert "Commission du développement humain" in form.content.decode()
    assert steering.name_fr not in form.content.decode()
    response = client.post(
        reverse("participation:petition-place", args=[petition.pk]),
        {"session": session.pk, "committee": committee.pk},
    )
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.state == "placed" and petition.committee == committee
    client.logout()
    page = client.get(
        reverse("petitions:detail", kwargs={"pk": petition.pk, "slug": petition.slug})
    ).content.decode()
    assert committee.name_fr in page
    committee.is_public = False
    committee.save()
    page = client.get(
        reverse("petitions:detail", kwargs={"pk": petition.pk, "slug": petition.slug})
    ).content.decode()
    assert committee.name_fr not in page  # a committee not public is not named


def test_a_withdrawal_needs_its_reason_and_leaves_the_public_side(client, users, threshold):
    petition = citizens(users["officer"])
    url = reverse("participation:petition-withdraw", args=[petition.pk])
    client.force_login(users["officer"])
    response = client.post(url, {"withdrawal_reason": "  "})
    assert response.status_code == 400
    petition.refresh_from_db()
    assert petition.state == "deposited"
    response = client.post(url, {"withdrawal_reason": "Lettre du mandataire du 3 décembre."})
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.state == "withdrawn"
    assert petition.history.first().history_user == users["officer"]
    client.logout()
    assert petition.reference not in client.get(reverse("petitions:list")).content.decode()
    assert petition.reference.lower() not in client.get("/sitemap.xml").content.decode()
    with pytest.raises(ValidationError):  # once withdrawn, nothing more
        services.petition_withdraw(petition=petition, reason="encore", by=users["officer"])


def test_a_petition_on_a_session_is_not_withdrawn_and_the_sitemap_lists_petitions(
    client, users, threshold
):
    petition = citizens(users["officer"])
    services.petition_sign(petition=petition, rows=signatures(5), by=users["officer"])
    services.petition_admit(petition=petition, by=users["officer"])
    services.petition_place(petition=petition, session=placed_session(), by=users["officer"])
    with pytest.raises(ValidationError, match="not yet on a session"):
        services.petition_withdraw(petition=petition, reason="Lettre", by=users["officer"])
    assert Petition.objects.get().state == "placed"
    assert f"/en/petitions/{petition.pk}/" in client.get("/sitemap.xml").content.decode()
