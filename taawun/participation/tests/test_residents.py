"""Residents' accounts: sign-up with the Law 09-08 notice, confirmation by e-mail, the
resident's own page, their data downloaded and their account deleted."""

import io
import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.urls import reverse
from django.utils import translation

from taawun.accounts.models import User
from taawun.accounts.tests.test_notifications import run_queued
from taawun.participation import services
from taawun.participation.models import Priority, Resident, Support
from taawun.territory.tests.factories import LocalityFactory

from .factories import PriorityFactory, ResidentUserFactory, published

pytestmark = pytest.mark.django_db

PASSWORD = "Tafoukt-2026-aourir"


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def sign_up_data(**changes):
    return {
        "display_name": "فاطمة",
        "email": "fatima@example.ma",
        "locality": LocalityFactory().pk,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "notice": "on",
        "website": "",
        **changes,
    }


def confirmation_link(message):
    return re.search(r"https?://\S+/confirm/(\S+?)/", message.body).group(1)


def test_sign_up_makes_an_inactive_account_and_mails_the_link_in_arabic(client):
    page = client.get(url("residents:sign-up"))
    assert page.status_code == 200
    assert "CNDP" in page.content.decode()  # the information notice, on the form itself
    response = client.post(url("residents:sign-up"), sign_up_data())
    assert response.status_code == 302
    user = User.objects.get(email="fatima@example.ma")
    assert (user.role, user.is_active, user.language) == ("resident", False, "ar")
    assert user.resident.display_name == "فاطمة"
    assert user.resident.notice_version == "2026-12"
    assert mail.outbox == []  # not in the request: the worker sends it
    assert run_queued() == [True]
    (message,) = mail.outbox
    assert message.to == ["fatima@example.ma"]
    assert "تأكيد" in message.subject
    token = confirmation_link(message)
    # Following the link shows a button: a link checker fetching it confirms nothing.
    assert client.get(url("residents:confirm", token=token)).status_code == 200
    user.refresh_from_db()
    assert not user.is_active
    assert client.post(url("residents:confirm", token=token)).status_code == 302
    user.refresh_from_db()
    assert user.is_active and user.resident.email_confirmed_at is not None
    assert user.resident.level == 1


def test_a_resident_signs_in_to_their_own_page_not_the_workspace(client):
    ResidentUserFactory(username="amina")
    response = client.post(
        url("accounts:login"), {"username": "amina", "password": "taawun-demo"}, follow=True
    )
    assert response.redirect_chain[-1][0] == url("residents:me")
    assert client.get(url("partners:list")).status_code == 403


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"notice": ""}, "notice"),
        ({"password2": "autre-chose-2026"}, "password2"),
        ({"email": "pas-une-adresse"}, "email"),
        ({"password1": "123", "password2": "123"}, "password1"),
        ({"display_name": "Fatima\u202e"}, "display_name"),
    ],
)
def test_a_refused_sign_up_says_why_and_keeps_nothing(client, changes, field):
    response = client.post(url("residents:sign-up", lang="fr"), sign_up_data(**changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not User.objects.filter(role="resident").exists()


def test_the_honeypot_refuses_a_robot(client):
    response = client.post(url("residents:sign-up"), sign_up_data(website="http://spam"))
    assert response.status_code == 400
    assert not User.objects.filter(role="resident").exists()


def test_an_address_already_in_use_is_refused(client):
    ResidentUserFactory(email="fatima@example.ma")
    response = client.post(url("residents:sign-up"), sign_up_data())
    assert response.status_code == 400
    assert "email" in response.context["form"].errors


def test_a_second_unconfirmed_sign_up_replaces_the_first(client):
    client.post(url("residents:sign-up"), sign_up_data())
    client.post(url("residents:sign-up"), sign_up_data(display_name="Fatima Z."))
    (user,) = User.objects.filter(email="fatima@example.ma")
    assert user.resident.display_name == "Fatima Z."


def test_sign_ups_from_one_address_are_limited(client, settings):
    settings.PARTICIPATION_RATES = {**settings.PARTICIPATION_RATES, "sign-up": (2, 3600)}
    for n in range(2):
        assert (
            client.post(url("residents:sign-up"), sign_up_data(email=f"r{n}@x.ma")).status_code
            == 302
        )
    response = client.post(url("residents:sign-up"), sign_up_data(email="r9@x.ma"))
    assert response.status_code == 400
    assert "r9@x.ma" not in str(User.objects.values_list("email", flat=True))


def test_an_expired_or_altered_link_is_refused(client):
    client.post(url("residents:sign-up"), sign_up_data())
    user = User.objects.get(email="fatima@example.ma")
    token = services.confirmation_token(user)
    assert client.post(url("residents:confirm", token=token + "x")).status_code == 400
    with time_machine.travel(user.date_joined + timedelta(days=8)):
        response = client.post(url("residents:confirm", token=token))
    assert response.status_code == 400
    user.refresh_from_db()
    assert not user.is_active
    # a token for another address (the account changed it) confirms nothing
    other = signing.dumps({"u": user.pk, "e": "x@y.ma"}, salt=services.residents.CONFIRMATION_SALT)
    assert client.post(url("residents:confirm", token=other)).status_code == 400


def test_the_download_holds_the_residents_data_and_no_national_id(client, users):
    resident = ResidentUserFactory(email="amina@example.ma")
    services.resident_verify(
        resident=resident.resident, national_id="JB 123456", by=users["officer"]
    )
    mine = PriorityFactory(author=resident, title="Terrain de sport à Tamraght")
    other = published(PriorityFactory(), users["officer"])
    services.priority_support(priority=other, by=resident)
    services.request_file(
        requester_name="Amina", requester_contact="amina@example.ma", subject="Les budgets",
        requester=resident,
    )  # fmt: skip
    client.force_login(resident)
    response = client.get(url("residents:my-data"))
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "amina@example.ma"
    assert [p["id"] for p in data["priorities_proposed"]] == [mine.pk]
    assert [s["id"] for s in data["priorities_supported"]] == [other.pk]
    assert data["resident"]["verified_in_person_on"]
    assert [r["information_requested"] for r in data["information_requests"]] == ["Les budgets"]
    body = response.content.decode()
    assert "123456" not in body and resident.resident.national_id_hash not in body


def test_deleting_the_account_leaves_the_priorities_anonymous_and_the_supports_counted(
    client, users
):
    resident = ResidentUserFactory(email="amina@example.ma")
    mine = published(PriorityFactory(author=resident), users["officer"])
    other = published(PriorityFactory(), users["officer"])
    services.priority_support(priority=other, by=resident)
    client.force_login(resident)
    wrong = client.post(url("residents:delete"), {"password": "pas-le-bon"})
    assert wrong.status_code == 400
    assert User.objects.filter(pk=resident.pk).exists()
    response = client.post(url("residents:delete"), {"password": "taawun-demo"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=resident.pk).exists()
    assert not Resident.objects.filter(user_id=resident.pk).exists()
    mine.refresh_from_db()
    assert mine.author_id is None and mine.is_published
    assert not Priority.history.filter(author_id=resident.pk).exists()
    assert not Priority.history.filter(history_user_id=resident.pk).exists()
    other.refresh_from_db()
    assert other.supports_count == 1 and Support.objects.get(priority=other).user_id is None
    assert not User.objects.filter(email="amina@example.ma").exists()


def test_verification_in_person_keeps_a_keyed_hash_never_the_number(users):
    first = ResidentUserFactory().resident
    services.resident_verify(resident=first, national_id="jb-123456", by=users["officer"])
    first.refresh_from_db()
    assert first.level == 2
    assert len(first.national_id_hash) == 64 and "123456" not in first.national_id_hash
    assert first.national_id_hash == services.national_id_hash("JB123456")
    second = ResidentUserFactory().resident
    with translation.override("en"), pytest.raises(Exception, match="already verified"):
        services.resident_verify(resident=second, national_id="JB 123456", by=users["officer"])
    with translation.override("en"), pytest.raises(Exception, match="one or two letters"):
        services.resident_verify(resident=second, national_id="123", by=users["officer"])
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied: not an editor
        services.resident_verify(resident=second, national_id="K1", by=users["partner"])


def test_accounts_never_confirmed_are_deleted_after_the_delay(client, settings):
    settings.RESIDENT_CONFIRMATION_DAYS = 7
    client.post(url("residents:sign-up"), sign_up_data())
    kept = ResidentUserFactory(email="confirmed@example.ma")
    user = User.objects.get(email="fatima@example.ma")
    from django.core.management import call_command

    with time_machine.travel(user.date_joined + timedelta(days=6)):
        call_command("purge_personal_data", stdout=io.StringIO())
    assert User.objects.filter(pk=user.pk).exists()
    out = io.StringIO()
    with time_machine.travel(user.date_joined + timedelta(days=8)):
        call_command("purge_personal_data", stdout=out)
    assert "Deleted 1" in out.getvalue()
    assert not User.objects.filter(pk=user.pk).exists()
    assert User.objects.filter(pk=kept.pk).exists()


def test_the_officer_verifies_a_resident_at_the_office_and_the_number_is_nowhere(client, users):
    resident = ResidentUserFactory(email="amina@example.ma")
    client.force_login(users["officer"])
    page = url("participation:verify", lang="fr")
    unknown = client.post(page, {"email": "nobody@example.ma", "national_id": "JB123456"})
    assert unknown.status_code == 400
    bad = client.post(page, {"email": "amina@example.ma", "national_id": "123"})
    assert bad.status_code == 400 and "123" not in str(Resident.objects.values())
    response = client.post(
        page, {"email": "AMINA@example.ma", "national_id": "JB 123456"}, follow=True
    )
    assert response.status_code == 200
    resident.resident.refresh_from_db()
    assert resident.resident.level == 2
    # The number, in any spelling (a bare "JB" could be in the form's random CSRF token: CI drew
    # one that held it).
    main = response.content.decode().split("<main")[1].split("</main>")[0]
    assert "123456" not in main and "JB 12" not in main
    client.force_login(users["finance"])
    assert client.get(page).status_code == 403


def test_a_resident_switches_off_the_answer_e_mails_from_their_page(client, users):
    from taawun.accounts.notifications import is_enabled
    from taawun.participation.notifications import ANSWERED

    resident = ResidentUserFactory()
    client.force_login(resident)
    assert 'name="answered" checked' in client.get(url("residents:me")).content.decode()
    assert client.post(url("residents:my-emails"), {}).status_code == 302
    assert not is_enabled(resident, ANSWERED)
    assert 'name="answered" checked' not in client.get(url("residents:me")).content.decode()
    client.post(url("residents:my-emails"), {"answered": "on"})
    assert is_enabled(resident, ANSWERED)
