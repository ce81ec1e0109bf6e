"""Load the Aourir demo data (`make demo`). Safe to re-run: only what is missing is created.

Records are found by a natural key (locality slug, domain code, axis number, partner name, username,
neighbour name, currency and day of a rate, agreement reference, project code); an existing row is
never changed, so whatever users added or edited is kept. The content is in taawun/demo/data; partners,
agreements and projects are built through their services (taawun/demo/builders); an agreement whose
reference exists, or a project whose code exists, is left as it is.
"""

from collections import Counter

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from taawun.accounts.models import User
from taawun.agreements.models import Agreement
from taawun.coordination.models import Committee
from taawun.demo.builders import records
from taawun.demo.builders.agreements import AgreementBuilder
from taawun.demo.builders.base import reported
from taawun.demo.builders.coordination import CoordinationBuilder
from taawun.demo.builders.council import CouncilBuilder
from taawun.demo.builders.funding import FundingBuilder
from taawun.demo.builders.grants import GrantsBuilder
from taawun.demo.builders.missions import MissionsBuilder
from taawun.demo.builders.participation import ParticipationBuilder
from taawun.demo.builders.practices import PracticesBuilder
from taawun.demo.builders.projects import ProjectBuilder
from taawun.demo.builders.trainings import TrainingsBuilder
from taawun.demo.data import agreements as agreement_data
from taawun.demo.data import commune, partners, rates, territory, users
from taawun.demo.data import coordination as coordination_data
from taawun.demo.data import projects as project_data
from taawun.finance.models import ExchangeRate
from taawun.finance.services import exchange_rate_record
from taawun.partners import services
from taawun.partners.columns import FORM_FIELDS
from taawun.partners.models import Partner
from taawun.projects.models import Project
from taawun.territory import services as territory_services
from taawun.territory.models import (
    CommuneProfile,
    Domain,
    Locality,
    NeighbouringCollectivity,
    PacAxis,
)

LABELS = [
    "users",
    "commune profile",
    "localities",
    "domains",
    "action-programme axes",
    "partners",
    "contact people",
    "neighbouring collectivities",
    "exchange rates",
    "agreements",
    "projects",
    "project transactions",
    "committees",
    "council sessions",
    "residents",
    "priorities",
    "requests for information",
    "petitions",
    "calls for projects",
    "grant applications",
    "grant conventions",
    "good practices",
    "funding opportunities",
    "exchange missions",
    "trainings",
]


class Command(BaseCommand):
    help = "Load the Aourir demo data; only missing records are created, existing ones are kept."

    def handle(self, *args, **options):
        self.created, self.present = Counter(), Counter()
        with transaction.atomic():
            self.admin = None
            self.load_users(with_partner=False)
            self.admin = User.objects.filter(username="admin").first()
            self.load_commune()
            self.load_simple(Locality, "slug", territory.LOCALITIES, "localities")
            self.load_simple(Domain, "code", territory.DOMAINS, "domains")
            self.load_simple(PacAxis, "number", territory.PAC_AXES, "action-programme axes")
            self.partners = self.load_partners()
            self.load_neighbours()
            self.load_users(with_partner=True)
            self.load_commune_partner()
            self.load_exchange_rates()
            # Data, not interface text: the few labels the services write are stored in French,
            # like the rest of the demo's single-language fields.
            with translation.override("fr"):
                self.load_agreements()
                self.load_projects()
                self.load_committees()
                CouncilBuilder.load(self)
                ParticipationBuilder.load(self)
                GrantsBuilder.load(self)
                PracticesBuilder.load(self)
                FundingBuilder.load(self)
                MissionsBuilder.load(self)
                TrainingsBuilder.load(self)
        self.report()

    # --- helpers ---

    def load_simple(self, model, key, rows, label):
        for row in rows:
            if model.objects.filter(**{key: row[key]}).exists():
                self.present[label] += 1
                continue
            values = dict(row)
            if model is Locality:
                values["population_year"] = territory.LOCALITY_POPULATION_YEAR
            territory_services.register_entry_save(model=model, by=self.admin, **values)
            self.created[label] += 1

    # --- loaders ---

    def load_commune(self):
        if CommuneProfile.objects.filter(pk=1).exists():
            self.present["commune profile"] += 1
        else:
            territory_services.commune_profile_save(
                by=self.admin, outline=territory.COMMUNE_OUTLINE, **commune.COMMUNE
            )
            self.created["commune profile"] += 1

    def load_partners(self):
        """Create missing partners through the service; {demo French name: Partner}."""
        domains = dict(Domain.objects.values_list("code", "pk"))
        found = {}
        for row in partners.PARTNERS:
            # The French and Arabic names are each unique: a user may have renamed one of them.
            partner = Partner.objects.filter(
                Q(name_fr__iexact=row["name_fr"]) | Q(name_ar=row["name_ar"])
            ).first()
            if partner is not None:
                self.present["partners"] += 1
                # Contact people come with a new partner only; those of a kept partner stay as is.
                self.present["contact people"] += partner.contacts.count()
            else:
                partner = self.create_partner(row, domains)
            found[row["name_fr"]] = partner
        return found

    def create_partner(self, row, domains):
        data = {field: row.get(field, "") for field in FORM_FIELDS}
        data.update(
            country=row.get("country", "MA"),
            status=row.get("status", "active"),
            domains=[domains[code] for code in row["domains"]],
            is_public=row.get("is_public", True),
        )
        contacts = [
            {"name": name, "role": role, "email": email, "phone": phone}
            for name, role, email, phone in row["contacts"]
        ]
        try:
            partner = services.partner_create(by=self.admin, contacts=contacts, **data)
        except ValidationError as error:
            raise CommandError(f"{row['name_fr']}: {'; '.join(error.messages)}") from error
        self.created["partners"] += 1
        self.created["contact people"] += len(contacts)
        return partner

    def load_neighbours(self):
        for row in territory.NEIGHBOURS:
            if NeighbouringCollectivity.objects.filter(name_fr=row["name_fr"]).exists():
                self.present["neighbouring collectivities"] += 1
                continue
            values = {key: value for key, value in row.items() if key != "partner"}
            partner = self.partners.get(row["partner"])
            if partner and NeighbouringCollectivity.objects.filter(partner=partner).exists():
                partner = None  # a user already tied that partner to another neighbour
            territory_services.register_entry_save(
                model=NeighbouringCollectivity, by=self.admin, partner=partner, **values
            )
            self.created["neighbouring collectivities"] += 1

    def load_users(self, *, with_partner):
        for row in users.USERS:
            if ("partner" in row) != with_partner:
                continue
            if User.objects.filter(username=row["username"]).exists():
                self.present["users"] += 1
                continue
            values = {key: value for key, value in row.items() if key != "partner"}
            if with_partner:
                values["partner"] = self.partners[row["partner"]]
            user = User(email=f"{row['username']}@example.ma", **values)
            user.set_password(users.PASSWORD)
            user.full_clean()
            user.save()
            self.created["users"] += 1

    def load_commune_partner(self):
        """The commune as a party to its own agreements: a partner the commune profile points to."""
        profile = CommuneProfile.objects.get(pk=1)
        if profile.partner_id:
            self.present["partners"] += 1
            self.present["contact people"] += profile.partner.contacts.count()
            return
        row = commune.COMMUNE_PARTNER
        partner = Partner.objects.filter(
            Q(name_fr__iexact=row["name_fr"]) | Q(name_ar=row["name_ar"])
        ).first()
        if partner is None:
            partner = self.create_partner(row, dict(Domain.objects.values_list("code", "pk")))
        else:
            self.present["partners"] += 1
            self.present["contact people"] += partner.contacts.count()
        # A signal forgets the cached profile, which the services read.
        territory_services.commune_profile_save(by=self.admin, partner=partner)

    def load_exchange_rates(self):
        finance = User.objects.filter(username="finance").first() or self.admin
        for currency, valid_from, rate in rates.EXCHANGE_RATES:
            if ExchangeRate.objects.filter(currency=currency, valid_from=valid_from).exists():
                self.present["exchange rates"] += 1
                continue
            exchange_rate_record(
                currency=currency,
                valid_from=valid_from,
                rate_to_mad=rate,
                source=rates.RATE_SOURCE,
                by=finance,
            )
            self.created["exchange rates"] += 1

    def load_agreements(self):
        """Each agreement built step by step through the services, as an officer would."""
        officer = User.objects.filter(username="officer").first() or self.admin
        finance = User.objects.filter(username="finance").first() or self.admin
        builder = AgreementBuilder(partners=self.partners, officer=officer, finance=finance)
        rows = records.agreement_rows(agreement_data.AGREEMENTS, timezone.localdate())
        for row in rows:
            if Agreement.objects.filter(reference=row["reference"]).exists():
                self.present["agreements"] += 1
                continue
            with reported(f"Demo agreement {row['reference']} ({row['title_fr']})"):
                builder.build(row)
            self.created["agreements"] += 1

    def load_projects(self):
        """Each project built through the projects services, after the agreements it belongs to."""
        officer = User.objects.filter(username="officer").first() or self.admin
        finance = User.objects.filter(username="finance").first() or self.admin
        builder = ProjectBuilder(partners=self.partners, officer=officer, finance=finance)
        for row in records.project_rows(project_data.PROJECTS):
            existing = Project.objects.filter(code=row["code"]).first()
            if existing is not None:
                self.present["projects"] += 1
                self.present["project transactions"] += existing.transactions.count()
                continue
            before = builder.transactions
            with reported(f"Demo project {row['code']} ({row['title'][1]})"):
                builder.build(row)
            self.created["projects"] += 1
            self.created["project transactions"] += builder.transactions - before

    def load_committees(self):
        """Committees with their members, meetings, minutes, decisions and action items."""
        officer = User.objects.filter(username="officer").first() or self.admin
        builder = CoordinationBuilder(partners=self.partners, officer=officer)
        for row in coordination_data.COMMITTEES:
            if Committee.objects.filter(name_fr=row["name_fr"]).exists():
                self.present["committees"] += 1
                continue
            with reported(f"Demo committee {row['name_fr']}"):
                builder.build(row)
            self.created["committees"] += 1

    # --- output ---

    def report(self):
        write = self.stdout.write
        write(self.style.SUCCESS("Aourir demo data:"))
        for label in LABELS:
            created, present = self.created[label], self.present[label]
            write(f"  {label:<30} created {created:>3}, already present {present:>3}")
        write("")
        write(self.style.SUCCESS("Demo accounts:"))
        write(f"  {'username':<16} {'role':<12} password")
        for row in users.USERS:
            write(f"  {row['username']:<16} {row['role']:<12} {users.PASSWORD}")
        write(f"  {'resident':<16} {'resident':<12} {users.PASSWORD}  (a resident of Tamraght)")
        write("  (set when an account is created; a password changed since is kept)")
