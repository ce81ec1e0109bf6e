"""A call's rules as data and an association's application under them: the default grid and
documents, the rules frozen once published, a submission that says every rule it breaks, the
deadline kept by the server's clock in Morocco's time, each association seeing only its own."""

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from taawun.accounts.tests.factories import UserFactory
from taawun.grants import services
from taawun.grants.models import Application
from taawun.partners.tests.factories import PartnerFactory

from .conftest import complete, draft

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_a_call_starts_with_the_default_grid_and_keeps_its_rules_once_published(call, users):
    assert call.reference.startswith("AP-") and call.state == "published"
    assert call.criteria.count() == 10 and call.total_weight == 100
    assert call.criteria.filter(eliminatory=True).count() == 3
    assert call.required_documents.filter(required=True).count() == 5
    with pytest.raises(ValidationError, match="keeps the rules"):
        services.call_update(call=call, by=users["officer"], envelope=Decimal("1"))
    with pytest.raises(PermissionDenied):
        services.call_step(call=call, step="close", by=users["association"])
    with pytest.raises(ValidationError, match="open until its deadline"):
        services.call_step(call=call, step="close", by=users["officer"])


def test_a_complete_application_is_submitted_with_a_receipt(call, users, locality):
    application = complete(users["association"], call, locality)
    assert application.totals() == {
        "requested": Decimal("30000"),
        "own": Decimal("5000"),
        "others": Decimal("0"),
        "budget": Decimal("35000"),
    }
    services.application_submit(application=application, by=users["association"])
    application.refresh_from_db()
    assert application.state == "submitted" and application.reference.startswith("DS-")
    assert application.submitted_at is not None
    assert application.history.first().history_user == users["association"]
    with pytest.raises(ValidationError, match="can no longer be changed"):
        services.application_save(application=application, by=users["association"], title="X")


def test_every_rule_broken_is_said_and_nothing_changes(call, users, locality):
    application = draft(
        users["association"],
        call,
        locality,
        no_double_funding=False,
        founded_on=call.opens_at.date(),
    )
    services.budget_set(
        application=application,
        by=users["association"],
        lines=[{"label": "Matériel", "requested": Decimal("60000")}],
    )
    with pytest.raises(ValidationError) as raised:
        services.application_submit(application=application, by=users["association"])
    messages = raised.value.messages
    assert "Declare that no other public funding covers the same expenses." in messages
    assert "The call asks for applicants constituted for 2 years at least." in messages
    assert "The grant asked must be between 10,000 and 50,000 MAD." in messages
    assert "Your own contribution must be at least 10% of the budget." in messages
    assert "The commune pays at most 90% of the budget." in messages
    assert sum(m.startswith("Join this document") for m in messages) == 5
    application.refresh_from_db()
    assert application.state == "draft" and not application.reference


def test_a_submission_after_the_deadline_is_refused_with_the_reason(call, users, locality):
    application = complete(users["association"], call, locality)
    late = time_machine.travel(call.closes_at + timedelta(seconds=1))
    with late, pytest.raises(ValidationError) as raised:
        services.application_submit(application=application, by=users["association"])
    (message,) = raised.value.messages
    assert message.startswith("The call closed on") and "(Morocco time)" in message
    application.refresh_from_db()
    assert application.state == "draft"
    with time_machine.travel(call.closes_at - timedelta(seconds=1)):
        services.application_submit(application=application, by=users["association"])
    assert Application.objects.get().state == "submitted"


def test_an_association_sees_and_changes_only_its_own_applications(call, users, locality):
    mine = complete(users["association"], call, locality)
    other = UserFactory(
        username="assoc-autre",
        role="association",
        partner=PartnerFactory(kind="association", name_fr="Association Imi Miki"),
    )
    theirs = draft(other, call, locality, title="Tournoi de quartier")
    assert list(Application.objects.visible_to(users["association"])) == [mine]
    assert list(Application.objects.visible_to(other)) == [theirs]
    assert Application.objects.visible_to(users["partner"]).count() == 0
    assert Application.objects.visible_to(users["council"]).count() == 2
    with pytest.raises(PermissionDenied):
        services.application_save(application=theirs, by=users["association"], title="Pris")
    with pytest.raises(PermissionDenied):
        services.application_withdraw(application=theirs, by=users["association"])
    with pytest.raises(PermissionDenied):  # the commune's staff do not apply
        draft(users["officer"], call, locality)


def test_a_document_that_is_not_one_is_refused(call, users, locality):
    from django.core.files.uploadedfile import SimpleUploadedFile

    application = draft(users["association"], call, locality)
    with pytest.raises(ValidationError, match="whatever its name says"):
        services.document_join(
            application=application,
            upload=SimpleUploadedFile("statuts.pdf", b"MZ\x90\x00 an executable"),
            title="Statuts",
            by=users["association"],
        )
    assert application.documents.count() == 0


def test_a_call_with_themes_asks_the_projects_theme_among_them(users, call, locality):
    from taawun.territory.tests.factories import DomainFactory

    sport, other = DomainFactory(code="sport-a"), DomainFactory(code="other-a")
    call.domains.set([sport])
    application = draft(users["association"], call, locality)
    message = "Choose the project's theme among the call's."
    with translation.override("en"):
        assert message in services.rule_breaches(application)
        application = services.application_save(
            by=users["association"], application=application, domain=other
        )
        assert message in services.rule_breaches(application)
        application = services.application_save(
            by=users["association"], application=application, domain=sport
        )
        assert message not in services.rule_breaches(application)
