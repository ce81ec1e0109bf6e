"""What is internal is the commune's (issue 10 #2, security review finding 11): the internal
notes of an agreement and of a partner, the reason a transaction went beyond a commitment, who
recorded what, and the updates that are not public are read by the commune's people (staff and
council), never by a partner's representative — on the workspace pages, in the API and on the
history pages. Each app declares its staff-only fields once (rules.STAFF_ONLY_FIELDS)."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

COMMUNE_PEOPLE = ["admin", "officer", "finance", "council"]
REPRESENTATIVES = ["partner", "association"]

SECRETS = {
    "agreement": ["NOTE-CONVENTION-INTERNE", "agent-saisie"],
    "project": ["RAISON-DEPASSEMENT", "Actualite-Interne", "agent-saisie"],
    "partner": ["NOTE-PARTENAIRE-INTERNE", "agent-saisie"],
}


@pytest.fixture
def world(users, commune):
    from taawun.accounts.tests.factories import UserFactory
    from taawun.agreements.choices import EventAction, Stage
    from taawun.agreements.models import Event
    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
    from taawun.core.history import stamp
    from taawun.projects.models import Participant, Transaction, Update
    from taawun.projects.tests.factories import ProjectFactory

    clerk = UserFactory(username="agent-saisie", role="officer")
    partner, association = users["partner"].partner, users["association"].partner
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    for party in (commune, partner, association):
        PartyFactory(agreement=agreement, partner=party)
    agreement.internal_notes = "NOTE-CONVENTION-INTERNE"
    stamp(agreement, clerk).save()
    Event.objects.create(
        agreement=agreement, by=clerk, action=EventAction.CREATED, stage=Stage.DRAFT
    )
    project = ProjectFactory(owner=partner)
    Participant.objects.create(project=project, partner=association, role="4")
    transaction = Transaction(
        project=project,
        type="3",
        date=date(2025, 3, 1),
        provider=partner,
        amount=Decimal("20"),
        currency="MAD",
        rate=1,
        mad_value=Decimal("20"),
        recorded_by=clerk,
    )
    stamp(transaction, clerk).save()
    transaction.override_reason = "RAISON-DEPASSEMENT"
    stamp(transaction, clerk).save()
    stamp(
        Update(
            project=project,
            date=date(2025, 4, 2),
            title_ar="داخلي",
            title_fr="Actualite-Interne",
            is_public=False,
        ),
        clerk,
    ).save()
    Update.objects.create(
        project=project, date=date(2025, 4, 3), title_fr="Chantier public", is_public=True
    )
    partner.notes = "NOTE-PARTENAIRE-INTERNE"
    stamp(partner, clerk).save()
    return {"agreement": agreement, "project": project, "partner": partner}


PAGES = {
    "agreement": ["agreements:detail", "agreements:history", "api:agreement-detail"],
    "project": ["projects:detail", "projects:history", "api:project-detail"],
    "partner": ["partners:detail", "partners:history", "api:partner-detail"],
}


def cases():
    for record, names in PAGES.items():
        for name in names:
            for role in [*COMMUNE_PEOPLE, *REPRESENTATIVES, None]:
                yield record, name, role


@pytest.mark.parametrize(("record", "name", "role"), list(cases()))
def test_staff_only_fields_are_the_communes(client_for, world, record, name, role):
    if record == "partner" and role == "association":
        pytest.skip("an association's representative does not see another organisation")
    url = reverse(name, kwargs={"pk": world[record].pk})
    response = client_for(role).get(url, HTTP_ACCEPT_LANGUAGE="fr")
    text = response.content.decode()
    if role is None:  # anonymous: the workspace sends to the login page, the API is public
        assert response.status_code in (200, 302, 404), url
    else:
        assert response.status_code == 200, url
    shown = [secret for secret in SECRETS[record] if secret in text]
    if role in COMMUNE_PEOPLE:
        expected = [secret for secret in SECRETS[record] if not _optional(name, secret)]
        missing = [secret for secret in expected if secret not in shown]
        assert not missing, f"{role} misses {missing} on {url}"
    else:
        assert not shown, f"{role or 'anonymous'} reads {shown} on {url}"


def _optional(name, secret):
    """Where a commune reader is not shown a secret at all, by design of the page."""
    if secret == "agent-saisie":  # the API and the partner's page name no user
        return name.startswith("api:") or name == "partners:detail"
    if secret == "Actualite-Interne":
        return name == "api:project-detail"  # the API has no updates
    return False


def test_the_public_project_page_in_the_workspace_keeps_public_updates_for_representatives(
    client_for, world
):
    text = client_for("partner").get(reverse("projects:detail", args=[world["project"].pk]))
    assert "Chantier public" in text.content.decode()
