"""Synthetic data at the scale of a commune, a region or the whole country, for benchmarks.

    manage.py generate_dataset --scale national --seed 1

Deterministic for a seed (fixed base date, seeded random). Works on SQLite and PostgreSQL.
Everything it creates carries the "GEN-" prefix in its code or reference.

The writes bypass the services on purpose, unlike the demo (taawun.demo.builders): bulk inserts
with explicit keys are what lets a national dataset (hundreds of thousands of rows) load in
minutes. What the services would keep consistent is done here instead: history rows for the core
records, the projects' money summary computed as it goes, the data version moved on by hand (bulk
inserts send no signals) and the PostgreSQL sequences reset after the explicit keys.
"""

import random
import time
from datetime import date, timedelta
from decimal import Decimal

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.utils import timezone

from taawun.agreements.models import Agreement, AgreementKind, Obligation, Party
from taawun.coordination.choices import ActionStatus, MinutesStatus, Visibility
from taawun.coordination.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Committee,
    Decision,
    Meeting,
    Membership,
)
from taawun.core.caching import bump
from taawun.partners.models import Partner
from taawun.projects.choices import (
    ActivityStatus,
    Measure,
    ParticipantRole,
    ResultType,
    TransactionType,
)
from taawun.projects.models import (
    Indicator,
    IndicatorPeriod,
    Participant,
    Project,
    ProjectLocation,
    Transaction,
)
from taawun.territory.models import CommuneProfile, Domain, Locality

SCALES = {
    # partners, localities, agreements, parties/agreement, obligations/party, projects,
    # transactions/project, indicators/project, periods/indicator
    "commune": {
        "partners": 60,
        "localities": 15,
        "agreements": 20,
        "parties": 2.7,
        "obligations": 1.9,
        "projects": 30,
        "transactions": 10,
        "indicators": 1,
        "periods": 10,
    },
    # A tenth of a region: enough for `make bench-quick` to show how pages scale, in seconds.
    "district": {
        "partners": 200,
        "localities": 150,
        "agreements": 300,
        "parties": 2.7,
        "obligations": 1.9,
        "projects": 1_000,
        "transactions": 10,
        "indicators": 1,
        "periods": 3,
    },
    "region": {
        "partners": 2_000,
        "localities": 1_500,
        "agreements": 3_000,
        "parties": 2.7,
        "obligations": 1.9,
        "projects": 10_000,
        "transactions": 10,
        "indicators": 1,
        "periods": 3,
    },
    "national": {
        "partners": 20_000,
        "localities": 16_000,
        "agreements": 30_000,
        "parties": 2.67,
        "obligations": 1.875,
        "projects": 100_000,
        "transactions": 10,
        "indicators": 1,
        "periods": 3,
    },
}
BASE = date(2020, 1, 1)
# Coordination, in proportion at every scale: a steering committee for every other agreement,
# its parties as members, four meetings each (three held with approved minutes), three agenda
# items and one decision per held meeting, two action items per decision.
COMMITTEE_SHARE = 0.5
MEETINGS_PER_COMMITTEE = 4
AGENDA_PER_MEETING = 3
ACTIONS_PER_DECISION = 2
ACTION_STATUSES = [
    ActionStatus.OPEN,
    ActionStatus.OPEN,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.DONE,
    ActionStatus.BLOCKED,
]
GEN_DOMAINS = [  # (DAC code, SDG goal), when the database has no domain yet
    ("14030", 6),
    ("11220", 4),
    ("21020", 9),
    ("14050", 11),
    ("33210", 8),
    ("16066", 11),
    ("23230", 7),
    ("43030", 11),
]
# Drawn with these weights: mostly under way
PROJECT_STATUSES = [
    ActivityStatus.PIPELINE,
    *[ActivityStatus.IMPLEMENTATION] * 4,
    ActivityStatus.FINALISATION,
    ActivityStatus.CLOSED,
]
# The roles of a project's four providers, the commune first
PARTICIPANT_ROLES = [
    ParticipantRole.FUNDING,
    ParticipantRole.ACCOUNTABLE,
    ParticipantRole.EXTENDING,
    ParticipantRole.IMPLEMENTING,
]
BATCH = 5_000
KINDS = [
    "commune",
    "province",
    "region",
    "association",
    "company",
    "state",
    "public_institution",
    "international",
    "cooperation_agency",
    "foreign_local",
    "university",
    "cooperative",
]
STAGES = ["in_force"] * 6 + [
    "signatures",
    "partner_approvals",
    "completed",
    "draft",
    "committee",
    "expired",
    "suspended",
    "visa_pending",
]
WORDS_FR = [
    "Aménagement",
    "Réhabilitation",
    "Construction",
    "Appui",
    "Programme",
    "Étude",
    "Équipement",
    "Mise à niveau",
    "Renforcement",
    "Promotion",
]
OBJECTS_FR = [
    "de la route rurale",
    "du réseau d'assainissement",
    "du souk hebdomadaire",
    "du transport scolaire",
    "de l'éclairage public",
    "des associations de jeunes",
    "du patrimoine amazigh",
    "de la gestion des déchets",
    "de l'eau potable",
    "du terrain de sport",
    "de l'écotourisme",
    "des coopératives féminines",
]
WORDS_AR = [
    "تهيئة",
    "إعادة تأهيل",
    "بناء",
    "دعم",
    "برنامج",
    "دراسة",
    "تجهيز",
    "تأهيل",
    "تعزيز",
    "إنعاش",
]
OBJECTS_AR = [
    "الطريق القروية",
    "شبكة التطهير",
    "السوق الأسبوعي",
    "النقل المدرسي",
    "الإنارة العمومية",
    "جمعيات الشباب",
    "التراث الأمازيغي",
    "تدبير النفايات",
    "الماء الصالح للشرب",
    "الملعب",
    "السياحة البيئية",
    "التعاونيات النسائية",
]


class Generator:
    """Writes one synthetic dataset; `write` reports each table and the total."""

    def __init__(self, *, scale, seed, write):
        self.scale, self.seed, self.write = scale, seed, write
        self.rng = random.Random(seed)
        self.size = SCALES[scale]
        self.rows = 0

    def run(self, *, replace=False):
        self.started = time.perf_counter()
        if Partner.objects.filter(name_fr__startswith="GEN-").exists():
            if not replace:
                raise CommandError("A generated dataset exists already; use --replace.")
            self.clear()
        if not AgreementKind.objects.exists():
            raise CommandError("Run migrate first: the agreement kinds are missing.")
        self.now = timezone.now()
        with transaction.atomic():
            self.reference_data()
            self.partners()
            self.agreements()
            self.projects()
            self.coordination()
        # Bulk inserts send no signals: move the data version on by hand (cached figures, 304s).
        bump()
        if connection.vendor == "postgresql":
            self.reset_sequences()
        with connection.cursor() as cursor:  # the planners' statistics, on both databases
            cursor.execute("ANALYZE")
        elapsed = time.perf_counter() - self.started
        self.write(
            f"{self.scale} dataset, seed {self.seed}: {self.rows:,} rows in {elapsed:.1f} s "
            f"({self.rows / elapsed:,.0f} rows/s) on {connection.vendor}"
        )

    # helpers ------------------------------------------------------------------------------------

    def next_id(self, model):
        last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
        return (last or 0) + 1

    def insert(self, model, objs, history=False):
        for start in range(0, len(objs), BATCH):
            model.objects.bulk_create(objs[start : start + BATCH], batch_size=BATCH)
        if history:
            model.history.bulk_history_create(objs, batch_size=BATCH, default_date=self.now)
            self.rows += len(objs)
        self.rows += len(objs)
        self.write(f"  {model._meta.label}: {len(objs):,}")

    def day(self, spread_days):
        return BASE + timedelta(days=self.rng.randrange(spread_days))

    def clear(self):
        self.write("Deleting the previous generated dataset…")
        committees = Committee.objects.filter(name_fr__startswith="GEN-")
        ActionItem.objects.filter(committee__in=committees).delete()
        Decision.objects.filter(committee__in=committees).delete()
        Attendance.objects.filter(meeting__committee__in=committees).delete()
        AgendaItem.objects.filter(meeting__committee__in=committees).delete()
        Meeting.objects.filter(committee__in=committees).delete()
        Membership.objects.filter(committee__in=committees).delete()
        committees.delete()
        projects = Project.objects.filter(code__startswith="GEN-")
        Transaction.objects.filter(project__in=projects).delete()
        projects.delete()
        agreements = Agreement.objects.filter(reference__startswith="GEN-")
        Obligation.objects.filter(party__agreement__in=agreements).delete()
        Party.objects.filter(agreement__in=agreements).delete()
        agreements.delete()
        Partner.objects.filter(name_fr__startswith="GEN-").delete()
        Locality.objects.filter(slug__startswith="gen-").delete()

    def reset_sequences(self):
        from io import StringIO

        out = StringIO()
        for app in ("partners", "territory", "agreements", "projects", "coordination"):
            call_command("sqlsequencereset", app, stdout=out, no_color=True)
        with connection.cursor() as cursor:
            cursor.execute(out.getvalue())

    # the data -----------------------------------------------------------------------------------

    def reference_data(self):
        self.domains = list(Domain.objects.values_list("pk", flat=True))
        if not self.domains:
            Domain.objects.bulk_create(
                [
                    Domain(
                        code=f"gen-{code}",
                        name_ar=f"مجال {code}",
                        name_fr=f"Domaine {code}",
                        dac_code=code,
                        sdg_goal=goal,
                    )
                    for code, goal in GEN_DOMAINS
                ]
            )
            self.domains = list(Domain.objects.values_list("pk", flat=True))
        first = self.next_id(Locality)
        localities = [self.locality(first + i, i) for i in range(self.size["localities"])]
        self.insert(Locality, localities)
        self.localities = [(loc.pk, loc.latitude, loc.longitude) for loc in localities]

    def locality(self, pk, i):
        return Locality(
            pk=pk,
            name_ar=f"دوار {i}",
            name_fr=f"GEN-Douar {i}",
            slug=f"gen-{i}",
            kind="douar",
            population=self.rng.randrange(300, 12_000),
            population_year=2024,
            # Morocco, roughly: latitude 28-35.5, longitude -13 to -2
            latitude=Decimal(f"{self.rng.uniform(28.0, 35.5):.5f}"),
            longitude=Decimal(f"{self.rng.uniform(-13.0, -2.0):.5f}"),
            created_at=self.now,
            updated_at=self.now,
        )

    def partners(self):
        first = self.next_id(Partner)
        partners = [self.partner(first + i, i) for i in range(self.size["partners"])]
        self.insert(Partner, partners, history=True)
        self.partner_ids = [p.pk for p in partners]
        self.commune_id = CommuneProfile.current().partner_id or self.partner_ids[0]

    def partner(self, pk, i):
        return Partner(
            pk=pk,
            kind=self.rng.choice(KINDS),
            name_ar=f"شريك مولد {i}",
            name_fr=f"GEN-Partenaire {i}",
            name_en=f"GEN-Partner {i}",
            country="MA",
            city=f"Ville {i % 500}",
            status=self.rng.choice(["active"] * 8 + ["prospect", "dormant"]),
            is_public=self.rng.random() > 0.05,
            created_at=self.now,
            updated_at=self.now,
        )

    def agreements(self):
        self.kinds = list(AgreementKind.objects.values_list("pk", flat=True))
        first = self.next_id(Agreement)
        self.party_id, self.obligation_id = self.next_id(Party), self.next_id(Obligation)
        agreements, self.parties, self.obligations = [], [], []
        for i in range(self.size["agreements"]):
            agreements.append(self.agreement(first + i, i))
        self.agreement_rows = agreements
        self.insert(Agreement, agreements, history=True)
        self.insert(Party, self.parties)
        self.insert(Obligation, self.obligations)

    def agreement(self, pk, i):
        """One agreement; its parties and their obligations go to self.parties/obligations."""
        start = self.day(2_000)
        agreement = Agreement(
            pk=pk,
            reference=f"GEN-{i:06}",
            kind_id=self.rng.choice(self.kinds),
            title_ar=f"{self.rng.choice(WORDS_AR)} {self.rng.choice(OBJECTS_AR)}",
            title_fr=f"{self.rng.choice(WORDS_FR)} {self.rng.choice(OBJECTS_FR)} {i}",
            object_ar="اتفاقية مولدة للاختبار",
            object_fr="Convention générée pour les essais",
            start_date=start,
            end_date=start + timedelta(days=self.rng.randrange(365, 1_800)),
            stage=self.rng.choice(STAGES),
            stage_since=self.now,
            council_date=start,
            is_public=self.rng.random() > 0.1,
            created_at=self.now,
            updated_at=self.now,
        )
        count = 2 + (self.rng.random() < self.size["parties"] - 2)
        for partner in self.rng.sample(self.partner_ids, count):
            self.parties.append(
                Party(
                    pk=self.party_id,
                    agreement_id=pk,
                    partner_id=partner,
                    role=self.rng.choice(["funder", "project_owner", "technical"]),
                    approval_date=start,
                    signed_on=start,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            for tranche in range(1 + (self.rng.random() < self.size["obligations"] - 1)):
                self.obligations.append(self.obligation(start, tranche))
                self.obligation_id += 1
            self.party_id += 1
        return agreement

    def obligation(self, start, tranche):
        amount = Decimal(self.rng.randrange(50, 5_000) * 1_000)
        return Obligation(
            pk=self.obligation_id,
            party_id=self.party_id,
            kind="financial",
            amount=amount,
            currency="MAD",
            mad_value=amount,
            tranche=tranche + 1,
            due_date=start + timedelta(days=180 * (tranche + 1)),
            status=self.rng.choice(["due", "delivered", "partly_delivered"]),
            delivered_mad=Decimal("0"),
            created_at=self.now,
            updated_at=self.now,
        )

    def projects(self):
        first = self.next_id(Project)
        self.tx_id, self.indicator_id = self.next_id(Transaction), self.next_id(Indicator)
        self.batches = {
            model: []
            for model in (
                Project,
                ProjectLocation,
                Participant,
                Transaction,
                Indicator,
                IndicatorPeriod,
            )
        }
        for i in range(self.size["projects"]):
            self.project(first + i, i)
            if len(self.batches[Transaction]) >= 200_000:  # memory bounded at national scale
                self.flush()
        self.flush()

    def project(self, pk, i):
        """One project, its transactions (and the money summary they make), place, participants
        and indicators, added to self.batches."""
        start = self.day(2_000)
        budget = Decimal(self.rng.randrange(200, 60_000) * 1_000)
        providers = [self.commune_id, *self.rng.sample(self.partner_ids, 3)]
        money = self.transactions(pk, start, budget, providers)
        self.batches[Project].append(
            Project(
                pk=pk,
                code=f"GEN-{i:07}",
                status=self.rng.choice(PROJECT_STATUSES),
                title_ar=f"{self.rng.choice(WORDS_AR)} {self.rng.choice(OBJECTS_AR)}",
                title_fr=f"{self.rng.choice(WORDS_FR)} {self.rng.choice(OBJECTS_FR)} {i}",
                planned_start=start,
                planned_end=start + timedelta(days=self.rng.randrange(365, 1_500)),
                owner_id=providers[0],
                budget=budget,
                is_public=self.rng.random() > 0.05,
                social_weight=40,
                economic_weight=30,
                environmental_weight=30,
                progress=self.rng.randrange(0, 101),
                planned_mad=money["secured"],
                committed_mad=money["committed"],
                disbursed_mad=money["disbursed"],
                spent_mad=money["spent"],
                secured_mad=money["secured"],
                commune_mad=money["commune"],
                innovation=self.rng.random() < 0.2,
                integration=self.rng.random() < 0.5,
                created_at=self.now,
                updated_at=self.now,
            )
        )
        locality, lat, lon = self.rng.choice(self.localities)
        self.batches[ProjectLocation].append(
            ProjectLocation(project_id=pk, locality_id=locality, latitude=lat, longitude=lon)
        )
        for role, partner in zip(PARTICIPANT_ROLES, providers, strict=True):
            self.batches[Participant].append(
                Participant(project_id=pk, partner_id=partner, role=role)
            )
        for _ in range(self.size["indicators"]):
            self.indicator(pk)

    def transactions(self, pk, start, budget, providers):
        """A commitment by each provider, then disbursements and expenditures; the sums."""
        money = dict.fromkeys(("committed", "disbursed", "spent", "secured", "commune"), Decimal(0))
        for t in range(self.size["transactions"]):
            provider = providers[t % len(providers)]
            kind = (
                TransactionType.COMMITMENT
                if t < len(providers)
                else self.rng.choice(
                    [TransactionType.DISBURSEMENT] * 2 + [TransactionType.EXPENDITURE]
                )
            )
            amount = (
                budget / len(providers) * Decimal(self.rng.uniform(0.2, 0.5))
                if kind != TransactionType.COMMITMENT
                else budget / len(providers)
            ).quantize(Decimal("0.01"))
            self.batches[Transaction].append(
                Transaction(
                    pk=self.tx_id,
                    project_id=pk,
                    type=kind,
                    date=start + timedelta(days=self.rng.randrange(900)),
                    provider_id=provider,
                    amount=amount,
                    currency="MAD",
                    rate=Decimal("1"),
                    mad_value=amount,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            self.tx_id += 1
            if kind == TransactionType.COMMITMENT:
                money["committed"] += amount
                money["secured"] += amount
                money["commune"] += amount if provider == self.commune_id else 0
            elif kind == TransactionType.DISBURSEMENT:
                money["disbursed"] += amount
            else:
                money["spent"] += amount
        return money

    def indicator(self, project_id):
        self.batches[Indicator].append(
            Indicator(
                pk=self.indicator_id,
                project_id=project_id,
                name_ar="المستفيدون",
                name_fr="Bénéficiaires",
                result_type=ResultType.OUTPUT,
                measure=Measure.UNIT,
                baseline=Decimal("0"),
                baseline_year=2020,
                created_at=self.now,
                updated_at=self.now,
            )
        )
        for p in range(self.size["periods"]):
            period_start = date(2021 + p // 2, 1 + 6 * (p % 2), 1)
            self.batches[IndicatorPeriod].append(
                IndicatorPeriod(
                    indicator_id=self.indicator_id,
                    period_start=period_start,
                    period_end=period_start + timedelta(days=180),
                    target=Decimal(self.rng.randrange(100, 2_000)),
                    actual=Decimal(self.rng.randrange(50, 2_000)),
                )
            )
        self.indicator_id += 1

    def flush(self):
        """Insert what has accumulated, parents first, and empty the lists."""
        for model, objs in self.batches.items():
            if objs:
                self.insert(model, objs, history=model is Project)
                objs.clear()

    # coordination -----------------------------------------------------------------------------

    def coordination(self):
        """Steering committees of the agreements with their parties as members, their meetings
        (agenda, attendance, decisions) and the action items the decisions give the parties."""
        partners_of = {}
        for party in self.parties:
            partners_of.setdefault(party.agreement_id, []).append(party.partner_id)
        ids = {
            model: self.next_id(model)
            for model in (Committee, Membership, Meeting, AgendaItem, Decision)
        }
        rows = {
            model: []
            for model in (
                Committee,
                Membership,
                Meeting,
                AgendaItem,
                Attendance,
                Decision,
                ActionItem,
            )
        }
        today = timezone.localdate()
        for i, agreement in enumerate(self.agreement_rows):
            if self.rng.random() >= COMMITTEE_SHARE:
                continue
            committee = ids[Committee]
            ids[Committee] += 1
            rows[Committee].append(
                Committee(
                    pk=committee,
                    kind="steering",
                    name_ar=f"لجنة القيادة {i}",
                    name_fr=f"GEN-Comité de pilotage {i}",
                    agreement_id=agreement.pk,
                    mandate_fr="Piloter la convention",
                    is_public=agreement.is_public and self.rng.random() > 0.2,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            members = []
            for n, partner in enumerate(partners_of.get(agreement.pk, [])):
                members.append((ids[Membership], partner))
                rows[Membership].append(
                    Membership(
                        pk=ids[Membership],
                        committee_id=committee,
                        person_name=f"GEN-Membre {i}-{n}",
                        partner_id=partner,
                        role="chair" if n == 0 else "member",
                        email=f"gen-{i}-{n}@example.org",
                        created_at=self.now,
                        updated_at=self.now,
                    )
                )
                ids[Membership] += 1
            for m in range(MEETINGS_PER_COMMITTEE):
                self.meeting(ids, rows, committee, agreement, members, m, today)
        for model, objs in rows.items():
            self.insert(model, objs, history=model is Committee)

    def meeting(self, ids, rows, committee, agreement, members, m, today):
        """The m-th meeting of a committee: the last one planned, the others held last years
        with approved minutes, a decision and its action items."""
        held = m < MEETINGS_PER_COMMITTEE - 1
        start = self.now - timedelta(days=self.rng.randrange(30, 1_500))
        if not held:
            start = self.now + timedelta(days=self.rng.randrange(3, 90))
        meeting = ids[Meeting]
        ids[Meeting] += 1
        rows[Meeting].append(
            Meeting(
                pk=meeting,
                committee_id=committee,
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                venue_fr="Salle du conseil",
                visibility=self.rng.choice(
                    [Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PARTNERS, Visibility.INTERNAL]
                ),
                status="held" if held else "planned",
                minutes_status=MinutesStatus.APPROVED if held else MinutesStatus.DRAFT,
                minutes_approved_at=start + timedelta(days=10) if held else None,
                uid=f"gen-{meeting}@taawun",
                created_at=self.now,
                updated_at=self.now,
            )
        )
        first_item = ids[AgendaItem]
        for order in range(1, AGENDA_PER_MEETING + 1):
            rows[AgendaItem].append(
                AgendaItem(
                    pk=ids[AgendaItem],
                    meeting_id=meeting,
                    order=order,
                    title_ar=f"نقطة {order}",
                    title_fr=f"Point {order}",
                    kind="decision" if order == AGENDA_PER_MEETING else "discussion",
                    agreement_id=agreement.pk,
                    minutes_fr="Le comité a examiné le point." if held else "",
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            ids[AgendaItem] += 1
        if not held:
            return
        for membership, _partner in members:
            rows[Attendance].append(
                Attendance(
                    meeting_id=meeting,
                    membership_id=membership,
                    presence="present",
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
        decision = ids[Decision]
        ids[Decision] += 1
        rows[Decision].append(
            Decision(
                pk=decision,
                committee_id=committee,
                meeting_id=meeting,
                agenda_item_id=first_item + AGENDA_PER_MEETING - 1,
                year=start.year,
                # unique per committee and year: the meeting's rank stands for its number
                number=m + 1,
                text_ar="قرار اللجنة",
                text_fr="Décision du comité",
                by_consensus=True,
                agreement_id=agreement.pk,
                created_at=self.now,
                updated_at=self.now,
            )
        )
        owners = [partner for _membership, partner in members] or [None]
        for a in range(ACTIONS_PER_DECISION):
            status = self.rng.choice(ACTION_STATUSES)
            rows[ActionItem].append(
                ActionItem(
                    committee_id=committee,
                    meeting_id=meeting,
                    decision_id=decision,
                    title_ar="إجراء",
                    title_fr=f"Action {a + 1}",
                    owner_partner_id=owners[a % len(owners)],
                    owner_name="" if owners[0] else "Service technique",
                    due_on=today + timedelta(days=self.rng.randrange(-200, 120)),
                    priority="normal",
                    status=status,
                    evidence="Rapport" if status == ActionStatus.DONE else "",
                    blocked_reason="En attente" if status == ActionStatus.BLOCKED else "",
                    done_on=today if status == ActionStatus.DONE else None,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
