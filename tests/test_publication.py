"""Publication (issue 10 #7): a partner, agreement or project created in the workspace is
unpublished until one of the commune's editors publishes it from its page; unpublishing takes it
off the portal again. Each change is in the record's history with who made it; the council and
the partners' representatives cannot publish."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def make(kind, commune):
    from taawun.agreements.choices import Stage
    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
    from taawun.partners.tests.factories import PartnerFactory
    from taawun.projects.tests.factories import ProjectFactory

    if kind == "partner":
        return PartnerFactory(is_public=False)
    if kind == "agreement":
        agreement = AgreementFactory(stage=Stage.IN_FORCE, is_public=False)
        PartyFactory(agreement=agreement, partner=commune, role="project_owner")
        return agreement
    return ProjectFactory(is_public=False)


APPS = {"partner": "partners", "agreement": "agreements", "project": "projects"}


def public_status(client, record):
    with translation.override("fr"):
        return client.get(record.get_absolute_url()).status_code


@pytest.mark.parametrize("kind", APPS)
def test_an_editor_publishes_then_unpublishes_a_record(client, client_for, commune, kind):
    record = make(kind, commune)
    officer = client_for("officer")
    assert public_status(client, record) == 404
    page = officer.get(record.get_manage_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert reverse(f"{APPS[kind]}:publish", args=[record.pk]) in page
    response = officer.post(reverse(f"{APPS[kind]}:publish", args=[record.pk]))
    assert response.status_code == 302 and response.url == record.get_manage_url()
    record.refresh_from_db()
    assert record.is_public
    assert public_status(client, record) == 200
    latest = record.history.first()
    assert latest.history_user.username == "officer" and latest.is_public
    page = officer.get(record.get_manage_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert reverse(f"{APPS[kind]}:unpublish", args=[record.pk]) in page
    officer.post(reverse(f"{APPS[kind]}:unpublish", args=[record.pk]))
    record.refresh_from_db()
    assert not record.is_public
    assert public_status(client, record) == 404


@pytest.mark.parametrize("kind", APPS)
@pytest.mark.parametrize("role", ["council", "finance", "partner"])
def test_only_editors_publish(client_for, commune, kind, role):
    record = make(kind, commune)
    versions = record.history.count()
    response = client_for(role).post(reverse(f"{APPS[kind]}:publish", args=[record.pk]))
    assert response.status_code == 403
    record.refresh_from_db()
    assert not record.is_public and record.history.count() == versions


def test_publishing_what_is_published_writes_nothing(client_for, commune):
    record = make("project", commune)
    officer = client_for("officer")
    officer.post(reverse("projects:publish", args=[record.pk]))
    versions = record.history.count()
    officer.post(reverse("projects:publish", args=[record.pk]))
    assert record.history.count() == versions


def test_a_page_says_whether_the_record_is_published(client_for, commune):
    record = make("agreement", commune)
    with translation.override("fr"):
        page = client_for("council").get(record.get_manage_url()).content.decode()
    assert "Non publié" in page or "Not published" in page
    assert reverse("agreements:publish", args=[record.pk]) not in page  # the council can't
