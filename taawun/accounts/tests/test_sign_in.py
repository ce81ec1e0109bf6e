"""Signing in and out, throttling (django-axes) and changing one's password."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db
PASSWORD = "taawun-demo"  # the factories' password
ADDRESS = "10.0.0.9"


def sign_in(client, username, password=PASSWORD, address=ADDRESS, **extra):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password, **extra},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_signing_in_opens_the_dashboard_in_the_readers_language(client, users):
    with translation.override("fr"):
        url = reverse("accounts:login")
        dashboard = reverse("reports:dashboard")
    response = client.post(url, {"username": "officer", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == dashboard
    assert signed_in(client)


def test_a_wrong_password_is_explained_and_signs_nobody_in(client, users):
    response = sign_in(client, "officer", "wrong")
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not signed_in(client)


def test_an_inactive_account_cannot_sign_in(client, users):
    users["officer"].is_active = False
    users["officer"].save()
    response = sign_in(client, "officer")
    assert response.status_code == 200
    assert not signed_in(client)


def test_next_is_followed_on_the_site_and_ignored_elsewhere(client, users):
    projects = reverse("projects:list")
    assert sign_in(client, "officer", next=projects)["Location"] == projects
    client.logout()
    response = sign_in(client, "officer", next="https://evil.example.org/")
    assert response["Location"] == reverse("reports:dashboard")


def test_the_lock_page_explains_itself_and_keeps_the_person_out(client, users, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        sign_in(client, "officer", "wrong")
    with translation.override("en"):
        response = sign_in(client, "officer")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert not signed_in(client)


def test_the_lock_holds_for_one_username_from_one_address(client, users, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        sign_in(client, "officer", "wrong")
    assert sign_in(client, "officer").status_code == 429
    assert sign_in(client, "finance").status_code == 302  # another account, same address
    client.logout()
    assert sign_in(client, "officer", address="10.0.0.10").status_code == 302  # elsewhere


def test_a_successful_sign_in_forgets_the_failures_before_it(client, users, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        sign_in(client, "officer", "wrong")
    assert sign_in(client, "officer").status_code == 302
    client.logout()
    for _ in range(2):
        sign_in(client, "officer", "wrong")
    assert sign_in(client, "officer").status_code == 302


def test_axes_reset_unlocks_everyone(client, users, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        sign_in(client, "officer", "wrong")
    assert sign_in(client, "officer").status_code == 429
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, "officer").status_code == 302


def test_signing_out_takes_a_post_and_returns_to_the_portal(client_for):
    client = client_for("council")
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    assert not signed_in(client)


def test_changing_the_password_needs_the_old_one_and_keeps_the_person_signed_in(client_for, users):
    client = client_for("finance")
    url = reverse("accounts:password-change")
    new = "a-new-long-passphrase-2026"
    refused = client.post(
        url, {"old_password": "wrong", "new_password1": new, "new_password2": new}
    )
    assert refused.status_code == 200
    assert refused.context["form"].errors["old_password"]
    response = client.post(
        url, {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    )
    assert response["Location"] == reverse("accounts:password-change-done")
    assert signed_in(client)
    users["finance"].refresh_from_db()
    assert users["finance"].check_password(new)
