"""Synthetic data at the scale of a commune, a region or the whole country, for benchmarks.

    manage.py generate_dataset --scale national --seed 1

Deterministic for a seed (fixed base date, seeded random), bulk inserts with explicit keys,
history rows for the core records, the projects' money summary computed as it goes. Works on
SQLite and PostgreSQL. Everything it creates carries the "GEN-" prefix in its code or reference.
"""

import random
import time
from datetime import date, timedelta
from decimal import Decimal

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from taawun.agreements.models import Agreement, AgreementKind, Obligation, Party
from taawun.partners.models import Partner
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


class Command(BaseCommand):
    help = "Generate a deterministic synthetic dataset (commune, region or national scale)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=SCALES, default="commune")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--replace", action="store_true", help="Delete a previous generated dataset first."
        )

    def handle(self, *args, scale, seed, replace, **options):
        self.rng = random.Random(seed)
        self.size = SCALES[scale]
        self.rows = 0
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
        # Bulk inserts send no signals: move the data version on by hand (cached figures, 304s).
        from taawun.core.caching import bump

        bump()
        if connection.vendor == "postgresql":
            self.reset_sequences()
        with connection.cursor() as cursor:  # the planners' statistics, on both databases
            cursor.execute("ANALYZE")
        elapsed = time.perf_counter() - self.started
        self.stdout.write(
            f"{scale} dataset, seed {seed}: {self.rows:,} rows in {elapsed:.1f} s "
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
        self.stdout.write(f"  {model._meta.label}: {len(objs):,}")

    def day(self, spread_days):
        return BASE + timedelta(days=self.rng.randrange(spread_days))

    def clear(self):
        self.stdout.write("Deleting the previous generated dataset…")
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
        for app in ("partners", "territory", "agreements", "projects"):
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
                    for code, goal in [
                        ("14030", 6),
                        ("11220", 4),
                        ("21020", 9),
                        ("14050", 11),
                        ("33210", 8),
                        ("16066", 11),
                        ("23230", 7),
                        ("43030", 11),
                    ]
                ]
            )
            self.domains = list(Domain.objects.values_list("pk", flat=True))
        first = self.next_id(Locality)
        localities = []
        for i in range(self.size["localities"]):
            localities.append(
                Locality(
                    pk=first + i,
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
            )
        self.insert(Locality, localities)
        self.localities = [(loc.pk, loc.latitude, loc.longitude) for loc in localities]

    def partners(self):
        first = self.next_id(Partner)
        partners = []
        for i in range(self.size["partners"]):
            partners.append(
                Partner(
                    pk=first + i,
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
            )
        self.insert(Partner, partners, history=True)
        self.partner_ids = [p.pk for p in partners]
        self.commune_id = CommuneProfile.current().partner_id or self.partner_ids[0]

    def agreements(self):
        kinds = list(AgreementKind.objects.values_list("pk", flat=True))
        first, party_id, obligation_id = (
            self.next_id(Agreement),
            self.next_id(Party),
            self.next_id(Obligation),
        )
        agreements, parties, obligations = [], [], []
        for i in range(self.size["agreements"]):
            start = self.day(2_000)
            agreements.append(
                Agreement(
                    pk=first + i,
                    reference=f"GEN-{i:06}",
                    kind_id=self.rng.choice(kinds),
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
            )
            count = 2 + (self.rng.random() < self.size["parties"] - 2)
            for partner in self.rng.sample(self.partner_ids, count):
                parties.append(
                    Party(
                        pk=party_id,
                        agreement_id=first + i,
                        partner_id=partner,
                        role=self.rng.choice(["funder", "project_owner", "technical"]),
                        approval_date=start,
                        signed_on=start,
                        created_at=self.now,
                        updated_at=self.now,
                    )
                )
                for tranche in range(1 + (self.rng.random() < self.size["obligations"] - 1)):
                    amount = Decimal(self.rng.randrange(50, 5_000) * 1_000)
                    obligations.append(
                        Obligation(
                            pk=obligation_id,
                            party_id=party_id,
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
                    )
                    obligation_id += 1
                party_id += 1
        self.insert(Agreement, agreements, history=True)
        self.insert(Party, parties)
        self.insert(Obligation, obligations)

    def projects(self):
        first = self.next_id(Project)
        tx_id, indicator_id = self.next_id(Transaction), self.next_id(Indicator)
        projects, locations, participants, transactions, indicators, periods = (
            [],
            [],
            [],
            [],
            [],
            [],
        )
        for i in range(self.size["projects"]):
            pk = first + i
            start = self.day(2_000)
            budget = Decimal(self.rng.randrange(200, 60_000) * 1_000)
            providers = [self.commune_id, *self.rng.sample(self.partner_ids, 3)]
            committed = disbursed = spent = secured = commune = Decimal("0")
            n_tx = self.size["transactions"]
            for t in range(n_tx):
                provider = providers[t % len(providers)]
                kind = "11" if t < len(providers) else self.rng.choice(["3", "3", "4"])
                amount = (
                    budget / len(providers) * Decimal(self.rng.uniform(0.2, 0.5))
                    if kind != "11"
                    else budget / len(providers)
                ).quantize(Decimal("0.01"))
                transactions.append(
                    Transaction(
                        pk=tx_id,
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
                tx_id += 1
                if kind == "11":
                    committed += amount
                    secured += amount
                    commune += amount if provider == self.commune_id else 0
                elif kind == "3":
                    disbursed += amount
                else:
                    spent += amount
            projects.append(
                Project(
                    pk=pk,
                    code=f"GEN-{i:07}",
                    status=self.rng.choice("1222234"),
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
                    planned_mad=secured,
                    committed_mad=committed,
                    disbursed_mad=disbursed,
                    spent_mad=spent,
                    secured_mad=secured,
                    commune_mad=commune,
                    innovation=self.rng.random() < 0.2,
                    integration=self.rng.random() < 0.5,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            locality, lat, lon = self.rng.choice(self.localities)
            locations.append(
                ProjectLocation(project_id=pk, locality_id=locality, latitude=lat, longitude=lon)
            )
            for role, partner in zip("1234", providers, strict=True):
                participants.append(Participant(project_id=pk, partner_id=partner, role=role))
            for _ in range(self.size["indicators"]):
                indicators.append(
                    Indicator(
                        pk=indicator_id,
                        project_id=pk,
                        name_ar="المستفيدون",
                        name_fr="Bénéficiaires",
                        result_type="1",
                        measure="1",
                        baseline=Decimal("0"),
                        baseline_year=2020,
                        created_at=self.now,
                        updated_at=self.now,
                    )
                )
                for p in range(self.size["periods"]):
                    period_start = date(2021 + p // 2, 1 + 6 * (p % 2), 1)
                    periods.append(
                        IndicatorPeriod(
                            indicator_id=indicator_id,
                            period_start=period_start,
                            period_end=period_start + timedelta(days=180),
                            target=Decimal(self.rng.randrange(100, 2_000)),
                            actual=Decimal(self.rng.randrange(50, 2_000)),
                        )
                    )
                indicator_id += 1
            if len(transactions) >= 200_000:  # keep memory bounded at national scale
                self.flush(projects, locations, participants, transactions, indicators, periods)
        self.flush(projects, locations, participants, transactions, indicators, periods)

    def flush(self, *batches):
        """Insert what has accumulated, parents first, and empty the lists."""
        models = [Project, ProjectLocation, Participant, Transaction, Indicator, IndicatorPeriod]
        for model, objs in zip(models, batches, strict=True):
            if objs:
                self.insert(model, objs, history=model is Project)
                objs.clear()
