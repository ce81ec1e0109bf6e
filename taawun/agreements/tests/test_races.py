"""Two people acting at once (security review, findings 3 and 4): real threads, each with its own
database connection, released together by a barrier.

On PostgreSQL the threads share the test database. On SQLite they cannot share the in-memory
test database (its shared cache fails a busy lock at once instead of waiting, and BEGIN
IMMEDIATE is what serializes writers), so `race_db` copies it into a file and points the
test's connections at that file for the test's duration: the same settings as production
(WAL, BEGIN IMMEDIATE, a busy timeout). Run them on both:

    .venv/bin/python -m pytest taawun/agreements/tests/test_races.py
    DATABASE_URL=postgres://…/taawun_races .venv/bin/python -m pytest --create-db taawun/agreements/tests/test_races.py
"""

import sqlite3
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.utils import timezone, translation

from taawun.agreements import services
from taawun.agreements.choices import EventAction, ObligationStatus, Stage
from taawun.agreements.models import Agreement, AgreementKind, Delivery, Event, Obligation
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory

# serialized_rollback: the rows the migrations wrote (agreement kinds...) come back after the
# flush of each test, for the modules that run after this one in the same process.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("restores_migration_rows"),
]

THREADS = 4


@pytest.fixture
def race_db(transactional_db, tmp_path):
    """The database the threads share: the test database itself on PostgreSQL, a file copy of
    it on SQLite (the main thread's connection follows, so the test reads what they wrote)."""
    # A transactional test empties the tables after it, the migrations' kinds with them.
    AgreementKind.objects.get_or_create(
        code="partnership", defaults={"name_fr": "Partenariat", "name_ar": "شراكة"}
    )
    if connection.vendor != "sqlite":
        yield
        return
    connection.ensure_connection()
    path = tmp_path / "races.sqlite3"
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    memory_settings, memory = connections.settings["default"], connections["default"]
    connections.settings["default"] = {**memory_settings, "NAME": str(path)}
    on_file = connections.create_connection("default")
    connections["default"] = on_file
    try:
        yield
    finally:
        on_file.close()
        connections["default"] = memory
        connections.settings["default"] = memory_settings


def race(function, arguments):
    """Run `function(argument)` for each argument in its own thread, all released at once;
    returns what each returned or raised, in order."""
    barrier = threading.Barrier(len(arguments))
    results = [None] * len(arguments)

    def run(index, argument):
        try:
            with translation.override("fr"):
                barrier.wait(timeout=30)
                results[index] = function(argument)
        except Exception as error:  # what the loser gets is what the test looks at
            results[index] = error
        finally:
            connections.close_all()  # this thread's own connection

    threads = [
        threading.Thread(target=run, args=(index, argument))
        for index, argument in enumerate(arguments)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return results


@pytest.fixture
def people(race_db):
    from conftest import make_users

    return make_users()


@pytest.fixture
def commune(race_db):
    from taawun.territory.tests.factories import CommuneProfileFactory

    return CommuneProfileFactory().partner


def in_force(commune):
    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    agreement.stage = Stage.IN_FORCE
    agreement.save()
    return agreement


def refused(results):
    return [r for r in results if isinstance(r, ValidationError)]


def test_one_of_parallel_deliveries_that_each_fill_the_obligation_is_accepted(commune, people):
    obligation = ObligationFactory(
        party__agreement=in_force(commune), amount=Decimal("10000"), mad_value=Decimal("10000")
    )
    today = timezone.localdate()

    def deliver(user):
        stale = Obligation.objects.select_related("party__agreement").get(pk=obligation.pk)
        return services.delivery_record(
            obligation=stale, delivered_on=today, mad_value=Decimal("10000"), by=user
        )

    results = race(deliver, [people["finance"], people["officer"]] * (THREADS // 2))

    assert sum(isinstance(r, Delivery) for r in results) == 1
    assert len(refused(results)) == THREADS - 1, results
    for error in refused(results):
        assert error.messages[0] == "Cet engagement a été entièrement réalisé."
    obligation.refresh_from_db()
    assert obligation.delivered_mad == Decimal("10000")
    assert obligation.status == ObligationStatus.DELIVERED
    assert obligation.deliveries.count() == 1


STAGE_REFUSAL = "Cette action n'est pas possible tant que la convention est à l'étape « %s »."


def test_close_and_suspend_together_one_wins_the_other_is_refused(commune, people):
    """Both pages showed the agreement in force. Close first: suspending is then refused (a
    terminated agreement is never suspended, so never resumed). Suspend first: closing a
    suspended agreement is lawful (BINDING), the agreement ends terminated all the same; the
    second suspend or close of each pair is refused. Run a few times to meet both orders."""
    for _ in range(3):
        agreement = in_force(commune)

        def act(step, pk=agreement.pk):
            stale = Agreement.objects.select_related("kind").get(pk=pk)
            if step == "close":
                return services.close(
                    agreement=stale,
                    outcome=Stage.TERMINATED,
                    on=timezone.localdate(),
                    by=people["officer"],
                )
            return services.suspend(agreement=stale, reason="r", by=people["officer"])

        results = race(act, ["close", "suspend", "close", "suspend"])

        agreement.refresh_from_db()
        assert agreement.stage == Stage.TERMINATED
        actions = list(agreement.events.values_list("action", flat=True))
        assert actions.count(EventAction.CLOSED) == 1
        assert actions.count(EventAction.SUSPENDED) <= 1
        if EventAction.SUSPENDED in actions:  # suspended first, then closed
            assert actions.index(EventAction.SUSPENDED) < actions.index(EventAction.CLOSED)
        won = [r for r in results if isinstance(r, Agreement)]
        losers = refused(results)
        assert len(won) + len(losers) == 4 and len(won) in (1, 2)
        for error in losers:
            assert error.messages[0] in (
                STAGE_REFUSAL % "Résiliée",
                STAGE_REFUSAL % "Suspendue",
            ), error.messages


def test_suspend_refused_after_close_wins_with_the_translated_stage_message(commune, people):
    agreement = in_force(commune)
    stale = Agreement.objects.select_related("kind").get(pk=agreement.pk)
    services.close(agreement=agreement, outcome=Stage.TERMINATED, on=timezone.localdate())
    with translation.override("fr"), pytest.raises(ValidationError) as error:
        services.suspend(agreement=stale)  # the page was loaded while it was in force
    assert error.value.messages == [STAGE_REFUSAL % "Résiliée"]
    stale.refresh_from_db()
    assert stale.stage == Stage.TERMINATED
    assert stale.suspended_from == ""


def test_parallel_submits_to_the_committee_create_one_event(commune, people):
    from django.test import Client

    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement)
    clients = []
    for _ in range(THREADS):
        client = Client()
        client.force_login(people["officer"])
        clients.append(client)
    url = f"/fr/manage/agreements/{agreement.pk}/step/submit/"

    results = race(lambda client: client.post(url).status_code, clients)

    assert results == [302] * THREADS
    agreement.refresh_from_db()
    assert agreement.stage == Stage.COMMITTEE
    moves = Event.objects.filter(agreement=agreement, action=EventAction.STAGE)
    assert moves.count() == 1


def test_parallel_waivers_and_a_delivery_leave_one_outcome(commune, people):
    obligation = ObligationFactory(
        party__agreement=in_force(commune), amount=Decimal("5000"), mad_value=Decimal("5000")
    )
    yesterday = timezone.localdate() - timedelta(days=1)

    def act(what):
        stale = Obligation.objects.select_related("party__agreement").get(pk=obligation.pk)
        if what == "waive":
            return services.obligation_waive(obligation=stale, reason="Accord des parties")
        return services.delivery_record(
            obligation=stale, delivered_on=yesterday, mad_value=Decimal("5000")
        )

    results = race(act, ["waive", "deliver", "waive", "deliver"])

    assert len(refused(results)) == 3, results
    obligation.refresh_from_db()
    if obligation.status == ObligationStatus.WAIVED:
        assert obligation.deliveries.count() == 0
    else:
        assert obligation.status == ObligationStatus.DELIVERED
        assert obligation.deliveries.count() == 1


def test_two_confirmations_of_one_declared_payment_record_one_delivery(commune, people):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from taawun.agreements.choices import DeclarationState
    from taawun.agreements.models import PaymentDeclaration

    obligation = ObligationFactory(
        party__agreement=in_force(commune),
        party__partner=people["partner"].partner,
        amount=Decimal("10000"),
        mad_value=Decimal("10000"),
    )
    declaration = services.payment_declare(
        obligation=obligation,
        delivered_on=timezone.localdate(),
        mad_value=Decimal("4000"),
        proof=SimpleUploadedFile("r.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
        by=people["partner"],
    )

    def confirm(user):
        stale = PaymentDeclaration.objects.select_related("obligation__party__agreement").get(
            pk=declaration.pk
        )
        return services.payment_confirm(declaration=stale, by=user)

    results = race(confirm, [people["finance"], people["admin"]] * (THREADS // 2))

    assert sum(isinstance(r, PaymentDeclaration) for r in results) == 1, results
    assert len(refused(results)) == THREADS - 1, results
    for error in refused(results):
        # French once the catalogue holds it (/tmp/tr/payments.jsonl), the msgid until then.
        assert error.messages[0] in (
            "Cette déclaration de paiement a déjà été traitée.",
            "This payment declaration has already been decided.",
        )
    declaration.refresh_from_db()
    obligation.refresh_from_db()
    assert declaration.state == DeclarationState.CONFIRMED
    assert obligation.deliveries.count() == 1
    assert obligation.delivered_mad == Decimal("4000")
