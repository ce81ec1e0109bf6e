"""The synthetic dataset of the benchmarks (manage.py generate_dataset, taawun.demo.synthetic):
its participation part — priorities with their supports, reports, answers and projects, requests
for information in every state, petitions with their signatures — consistent with the models'
rules, the same rows for a seed, and replaced by --replace without touching what it did not make.
"""

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count, F

from taawun.coordination.models import Committee
from taawun.demo.synthetic import SCALES
from taawun.participation.choices import (
    ACCEPTED,
    AnswerState,
    Moderation,
    PetitionKind,
    PetitionState,
    RequestState,
)
from taawun.participation.models import (
    InformationRequest,
    Petition,
    PetitionSignature,
    Priority,
    PriorityFlag,
    PriorityProject,
    Support,
    petition_threshold,
)

NOW = datetime(2026, 3, 16, 9, 30, tzinfo=UTC)
TODAY = NOW.date()
LOCALITIES = SCALES["commune"]["localities"]


def sequences_reset_in_transaction(name, *args, stdout, **options):
    """sqlsequencereset without its BEGIN and COMMIT (PostgreSQL), which would end the test's
    transaction: the generator resets the sequences after its own transaction, not in one."""
    out = io.StringIO()
    call_command(name, *args, stdout=out, **options)
    lines = out.getvalue().splitlines()
    stdout.write("\n".join(line for line in lines if line not in ("BEGIN;", "COMMIT;")))


def generate(**options):
    with time_machine.travel(NOW, tick=False), pytest.MonkeyPatch.context() as patch:
        patch.setattr("taawun.demo.synthetic.call_command", sequences_reset_in_transaction)
        call_command("generate_dataset", scale="commune", seed=1, stdout=io.StringIO(), **options)


def generated():
    """The generated participation rows, each model's in a fixed order, without the keys the
    database gives (the others are the generator's own)."""
    priorities = Priority.objects.filter(title__startswith="GEN-")
    petitions = Petition.objects.filter(title__startswith="GEN-")
    tables = {
        Priority: priorities,
        Support: Support.objects.filter(priority__in=priorities),
        PriorityFlag: PriorityFlag.objects.filter(priority__in=priorities),
        PriorityProject: PriorityProject.objects.filter(priority__in=priorities),
        InformationRequest: InformationRequest.objects.filter(subject__startswith="GEN-"),
        Petition: petitions,
        PetitionSignature: PetitionSignature.objects.filter(petition__in=petitions),
    }
    rows = {}
    for model, rows_of in tables.items():
        names = [f.attname for f in model._meta.concrete_fields if model._meta.pk is not f]
        if model in (Priority, InformationRequest, Petition):
            names.append("pk")  # the generator's: the others point to it
        rows[model.__name__] = list(rows_of.order_by("pk").values_list(*names))
    return rows


@pytest.fixture(scope="module")
def dataset(module_db, django_db_blocker):
    """The commune dataset, seed 1, on a database that has a request of its own already."""
    with django_db_blocker.unblock():
        with time_machine.travel(NOW, tick=False):
            InformationRequest.objects.create(
                reference="DI-2025-0001",
                year=2025,
                number=1,
                requester_name="Fatima Zahra",
                requester_contact="fz@example.ma",
                subject="Le budget 2025",
                received_on=TODAY.replace(year=2025),
                due_on=TODAY.replace(year=2025) + timedelta(days=28),
            )
        generate()
        return generated()


pytestmark = pytest.mark.django_db


def test_the_participation_tables_are_generated(dataset):
    counts = {name: len(rows) for name, rows in dataset.items()}
    assert counts["Priority"] == 4 * LOCALITIES
    assert counts["InformationRequest"] == 3 * 2 * LOCALITIES
    assert counts["Petition"] == 6  # three a year at least, over two years
    assert all(counts.values()), counts
    assert Committee.objects.filter(name_fr__startswith="GEN-").exists()  # coordination before


def test_priorities_are_published_pending_or_hidden_with_their_supports_counted():
    priorities = Priority.objects.filter(title__startswith="GEN-")
    states = dict(priorities.values_list("moderation").annotate(n=Count("pk")))
    assert set(states) == set(Moderation.values)
    assert 2 * LOCALITIES <= states[Moderation.PUBLISHED] <= 4 * LOCALITIES
    published = priorities.filter(moderation=Moderation.PUBLISHED)
    assert published.values("locality").distinct().count() > LOCALITIES // 2
    assert not published.filter(published_at=None).exists()
    assert not published.filter(support_closes_on__lt=F("support_opens_on")).exists()
    counted = priorities.annotate(n=Count("supports"))
    assert not counted.exclude(n=F("supports_count")).exists()  # the count is the rows'
    assert not counted.exclude(moderation=Moderation.PUBLISHED).filter(n__gt=0).exists()
    assert not priorities.filter(moderation=Moderation.HIDDEN, moderated_at=None).exists()
    assert not Support.objects.filter(priority__in=priorities, user__isnull=False).exists()
    total = F("supports_count") + F("paper_supports")
    owed = published.alias(total=total).filter(total__gte=settings.PRIORITY_ANSWER_THRESHOLD)
    assert owed.exists() and published.filter(paper_supports__gt=0).exists()
    assert PriorityFlag.objects.filter(priority__in=published).exists()
    assert not published.filter(latitude=None).exclude(longitude=None).exists()


def test_some_priorities_are_answered_and_the_accepted_ones_linked_to_projects():
    priorities = Priority.objects.filter(title__startswith="GEN-")
    answered = priorities.exclude(answer_state=AnswerState.NOT_ANSWERED)
    assert answered.count() >= 5
    assert not answered.filter(answer_fr="").exists() and not answered.filter(answer_ar="").exists()
    assert not answered.filter(answered_at=None).exists()
    assert answered.filter(answer_published_at__isnull=False).exists()
    assert not answered.exclude(moderation=Moderation.PUBLISHED).exists()
    merged = answered.filter(answer_state=AnswerState.MERGED)
    assert merged.exists()
    for priority in merged:
        assert priority.merged_into.locality_id == priority.locality_id
        assert priority.merged_into.pk < priority.pk  # the locality's first published one
    links = PriorityProject.objects.filter(priority__in=priorities)
    assert links.exists() and not links.exclude(project__code__startswith="GEN-").exists()
    linked = {*ACCEPTED, AnswerState.PARTLY}
    assert not links.exclude(priority__answer_state__in=linked).exists()
    traced = priorities.filter(links__project__is_public=True, answer_published_at__isnull=False)
    assert traced.exists()  # the benchmark's priority page has a chain to show
    for priority in priorities:
        priority.full_clean()


def test_requests_over_two_years_in_every_state_with_their_numbers():
    mine = InformationRequest.objects.exclude(subject__startswith="GEN-")
    assert list(mine.values_list("reference", flat=True)) == ["DI-2025-0001"]
    requests = InformationRequest.objects.filter(subject__startswith="GEN-")
    assert set(requests.values_list("state", flat=True)) == set(RequestState.values)
    assert set(requests.values_list("year", flat=True)) == {2024, 2025, 2026}
    assert not requests.filter(year=2025, number=1).exists()  # numbered after the one there
    for request in requests:
        assert request.reference == f"DI-{request.year}-{request.number:04}"
        assert request.received_on.year == request.year
        assert TODAY - timedelta(days=730) < request.received_on <= TODAY
        # approximately 20 working days (3 urgent), twice that once extended
        delay = (5 if request.urgent else 28) * (2 if request.extended else 1)
        assert request.due_on == request.received_on + timedelta(days=delay)
        assert (request.answered_on is None) == (request.state == RequestState.RECEIVED)
        if request.answered_on:
            assert request.received_on <= request.answered_on <= TODAY
            assert request.public_summary_fr and request.public_summary_ar
        assert bool(request.extension_reason) == request.extended
        request.full_clean()
    assert InformationRequest.objects.overdue(today=TODAY).filter(pk__in=requests).exists()


def test_petitions_have_their_numbers_states_and_signatures():
    threshold = petition_threshold()
    petitions = Petition.objects.filter(title__startswith="GEN-").annotate(n=Count("signatures"))
    assert set(petitions.values_list("year", flat=True)) <= {2024, 2025, 2026}
    assert PetitionState.PLACED not in set(petitions.values_list("state", flat=True))
    for petition in petitions:
        assert petition.reference == f"PT-{petition.year}-{petition.number:03}"
        assert petition.decision_due_on == petition.deposited_on + timedelta(days=90)
        if petition.kind == PetitionKind.ASSOCIATION:
            assert petition.association_id and petition.n == 0
        elif petition.state == PetitionState.ADMISSIBLE:
            assert petition.n >= threshold
        decided = petition.state in (PetitionState.ADMISSIBLE, PetitionState.INADMISSIBLE)
        assert (petition.decided_on is not None) == decided
        petition.full_clean()
    signatures = PetitionSignature.objects.filter(petition__in=petitions)
    assert signatures.exists() and not signatures.exclude(full_name__startswith="GEN-").exists()
    hashes = signatures.values_list("national_id_hash", flat=True)
    assert all(re.fullmatch(r"[0-9a-f]{64}", value) for value in hashes)
    assert len(set(hashes)) == len(hashes)


def test_the_same_rows_for_a_seed_and_replace_clears_the_previous_ones(dataset):
    generate(replace=True)
    assert generated() == dataset  # nothing left of the first run, the same rows again
    mine = InformationRequest.objects.exclude(subject__startswith="GEN-")
    assert list(mine.values_list("reference", flat=True)) == ["DI-2025-0001"]


def test_the_rows_are_the_same_when_inserted_by_small_batches(dataset, monkeypatch):
    monkeypatch.setattr("taawun.demo.synthetic_participation.ROWS_IN_MEMORY", 100)
    generate(replace=True)
    assert generated() == dataset


def test_agreements_projects_and_priorities_carry_the_axes_the_alignment_matrix_reads():
    from taawun.agreements.models import Agreement
    from taawun.projects.models import Project
    from taawun.reports.alignment import alignment

    for records in (
        Agreement.objects.filter(reference__startswith="GEN-"),
        Project.objects.filter(code__startswith="GEN-"),
        Priority.objects.filter(title__startswith="GEN-"),
    ):
        with_axis = records.filter(pac_axis__isnull=False).count()
        assert 0.7 * records.count() <= with_axis < records.count()  # one in ten has none
    assert not Project.objects.filter(code__startswith="GEN-", domains=None).exists()
    rows, totals = alignment()
    assert totals.projects == Project.objects.count() and totals.agreements
    assert any(row.interested for row in rows)  # partners interested without a commitment
    assert rows[-1].axis is None  # commitments outside any axis (the tenth without one)
