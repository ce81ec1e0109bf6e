"""What a requester of information receives: the answer by e-mail in the language they wrote in
(by the worker, once, when the request is closed; the extension too), the document given behind
a signed link that a reference cannot open; and the retention periods that erase requesters and
petitioners once their case is long closed."""

import io
import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from taawun.accounts.tests.test_notifications import run_queued
from taawun.participation import services
from taawun.participation.models import InformationRequest, PetitionSignature
from taawun.participation.services.retention import ERASED, retention_purge

from .factories import ResidentUserFactory
from .test_petitions import citizens, signatures
from .test_requests import file

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf():
    return SimpleUploadedFile("budget transport.pdf", PDF, content_type="application/pdf")


def answered_with_document(by, **changes):
    request = file(language="fr", **changes)
    return services.request_answer(
        request=request,
        by=by,
        state="answered",
        answer="Voici la convention et son budget.",
        document=pdf(),
    )


def test_the_requester_gets_the_answer_and_a_private_link_to_the_document(
    client, users, mailoutbox
):
    request = answered_with_document(users["officer"])
    assert request.answer_document.name.startswith("information-requests/")
    assert request.answer_document_type == "application/pdf"
    assert run_queued() == [True]
    (mail,) = mailoutbox
    assert mail.to == ["fatima.requerante@example.ma"]
    assert request.reference in mail.subject and "réponse" in mail.subject  # in French
    assert "Voici la convention" in mail.body
    (link,) = re.findall(r"https?://\S+", mail.body)
    path = urlsplit(link).path
    assert path.startswith("/fr/information-requests/answers/")
    response = client.get(path)  # anonymous: the link is the key
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert request.reference in response["Content-Disposition"]
    # a correction of the answer writes no second e-mail
    services.request_answer(request=request, by=users["officer"], state="answered", answer="Bis")
    assert run_queued() == []


def test_a_reference_or_a_forged_token_opens_nothing(client, users):
    request = answered_with_document(users["officer"])
    for token in (request.reference, "1", services.document_token(request)[:-2] + "xx"):
        assert client.get(reverse("information:document", kwargs={"token": token})).status_code == (
            404
        )
    bare = file()  # a request without a document: its valid token opens nothing either
    url = reverse("information:document", kwargs={"token": services.document_token(bare)})
    assert client.get(url).status_code == 404


def test_a_file_that_is_not_a_document_is_refused_and_nothing_changes(client, users):
    request = file()
    client.force_login(users["officer"])
    with translation.override("en"):
        url = reverse("participation:request-answer", kwargs={"pk": request.pk})
        response = client.post(
            url,
            {
                "state": "answered",
                "answer": "",
                "version": request.version,
                "document": SimpleUploadedFile("answer.pdf", b"MZ\x90\x00 not a pdf"),
            },
        )
    assert response.status_code == 400
    assert "whatever its name says" in response.content.decode()
    request.refresh_from_db()
    assert request.state == "received" and not request.answer_document


def test_the_staff_download_the_document_and_other_roles_do_not(client, users):
    request = answered_with_document(users["officer"])
    url = reverse("participation:request-document", kwargs={"pk": request.pk})
    client.force_login(users["officer"])
    assert client.get(url).status_code == 200
    for role in ("partner", "association", "resident"):
        client.force_login(users[role])
        assert client.get(url).status_code in (403, 404), role
    client.logout()
    assert client.get(url).status_code == 302  # to sign-in


def test_an_extension_is_written_to_the_requester_and_a_postal_contact_gets_no_mail(
    users, mailoutbox
):
    request = file(language="ar")
    services.request_extend(request=request, reason="Documents à réunir", by=users["officer"])
    postal = file(requester_contact="Douar Tamraght, BP 12, Aourir")
    services.request_answer(request=postal, by=users["officer"], state="answered", answer="Oui")
    assert run_queued() == [True]
    (mail,) = mailoutbox
    assert "تمديد" in mail.subject or "تمديد" in mail.body  # in Arabic
    assert "Documents à réunir" in mail.body


def test_a_resident_finds_their_requests_and_the_document_on_their_page(client, users):
    user = ResidentUserFactory(email="amina@example.ma")
    request = answered_with_document(users["officer"], requester=user)
    client.force_login(user)
    page = client.get(reverse("residents:me")).content.decode()
    assert request.reference in page
    assert (
        reverse("information:document", kwargs={"token": services.document_token(request)})[3:]
        in page
    )


def test_closed_requests_and_petitions_lose_their_names_after_the_retention_period(users, settings):
    settings.INFORMATION_REQUEST_RETENTION_DAYS = 365
    settings.PETITION_RETENTION_DAYS = 365
    old = services.request_answer(
        request=file(received_on=date(2024, 3, 4)),
        by=users["officer"],
        state="answered",
        answer="Oui",
        answered_on=date(2024, 3, 20),
    )
    recent = services.request_answer(
        request=file(), by=users["officer"], state="answered", answer="Oui"
    )
    still_open = file(received_on=date(2024, 3, 4))
    refused = citizens(users["officer"])
    services.petition_sign(petition=refused, rows=signatures(3), by=users["officer"])
    services.petition_refuse(
        petition=refused, reasons="Hors compétences", by=users["officer"],
        decided_on=timezone.localdate() - timedelta(days=400),
    )  # fmt: skip
    pending = citizens(users["officer"])
    services.petition_sign(petition=pending, rows=signatures(2, start=10), by=users["officer"])

    assert retention_purge() == {"accounts": 0, "requests": 1, "petitions": 1}
    old.refresh_from_db()
    assert (old.requester_name, old.requester_contact) == (ERASED, ERASED)
    history = " ".join(str(row.requester_name) for row in old.history.all())
    assert "Fatima" not in history
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.requester_name == "Fatima Requérante"
    refused.refresh_from_db()
    assert refused.proxy_name == ERASED and refused.signatures.count() == 3
    assert set(refused.signatures.values_list("full_name", flat=True)) == {ERASED}
    assert "Youssef" not in " ".join(str(row.proxy_name) for row in refused.history.all())
    assert PetitionSignature.objects.filter(petition=pending, full_name=ERASED).count() == 0
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "0 requests" in out.getvalue()  # nothing twice


def test_deleting_a_resident_erases_them_from_their_requests(client, users):
    user = ResidentUserFactory(email="amina@example.ma")
    request = file(requester=user, requester_name="Amina Requérante")
    services.resident_delete(user=user)
    request = InformationRequest.objects.get(pk=request.pk)
    assert request.requester is None and request.requester_name == ERASED
    assert "Amina" not in " ".join(str(row.requester_name) for row in request.history.all())
