"""Load the Aourir demo data (`make demo`). Safe to re-run: only what is missing is created.

Records are found by a natural key (locality slug, domain code, axis number, partner name, username,
neighbour name); an existing row is never changed, so whatever users added or edited is kept.
"""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q

from taawun.accounts.models import User
from taawun.core import demo_data
from taawun.partners import services
from taawun.partners.forms import PARTNER_FIELDS, PartnerForm
from taawun.partners.models import Contact, Partner
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
            self.load_simple(Locality, "slug", demo_data.LOCALITIES, "localities")
            self.load_simple(Domain, "code", demo_data.DOMAINS, "domains")
            self.load_simple(PacAxis, "number", demo_data.PAC_AXES, "action-programme axes")
            self.partners = self.load_partners()
            self.load_neighbours()
            self.load_users(with_partner=True)
        self.report()

    # --- helpers ---

    def save(self, obj, label):
        obj._history_user = self.admin
        obj.full_clean()
        obj.save()
        self.created[label] += 1
        return obj

    def load_simple(self, model, key, rows, label):
        for row in rows:
            if model.objects.filter(**{key: row[key]}).exists():
                self.present[label] += 1
                continue
            values = dict(row)
            if model is Locality:
                values["population_year"] = demo_data.LOCALITY_POPULATION_YEAR
            self.save(model(**values), label)

    # --- loaders ---

    def load_commune(self):
        if CommuneProfile.objects.filter(pk=1).exists():
            self.present["commune profile"] += 1
        else:
            self.save(CommuneProfile(pk=1, **demo_data.COMMUNE), "commune profile")

    def load_partners(self):
        """Create missing partners through the service; {demo French name: Partner}."""
        domains = dict(Domain.objects.values_list("code", "pk"))
        found = {}
        for row in demo_data.PARTNERS:
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
        data = {field: row.get(field, "") for field in PARTNER_FIELDS}
        data.update(
            country=row.get("country", "MA"),
            status=row.get("status", "active"),
            domains=[domains[code] for code in row["domains"]],
            is_public="on" if row.get("is_public", True) else "",
        )
        form = PartnerForm(data=data)
        if not form.is_valid():
            raise CommandError(f"{row['name_fr']}: {form.errors.as_text()}")
        partner = services.partner_save(form=form, by=self.admin)
        self.created["partners"] += 1
        for name, role, email, phone in row["contacts"]:
            contact = Contact(partner=partner, name=name, role=role, email=email, phone=phone)
            self.save(contact, "contact people")
        return partner

    def load_neighbours(self):
        for row in demo_data.NEIGHBOURS:
            if NeighbouringCollectivity.objects.filter(name_fr=row["name_fr"]).exists():
                self.present["neighbouring collectivities"] += 1
                continue
            values = {key: value for key, value in row.items() if key != "partner"}
            partner = self.partners.get(row["partner"])
            if partner and NeighbouringCollectivity.objects.filter(partner=partner).exists():
                partner = None  # a user already tied that partner to another neighbour
            neighbour = NeighbouringCollectivity(partner=partner, **values)
            self.save(neighbour, "neighbouring collectivities")

    def load_users(self, *, with_partner):
        for row in demo_data.USERS:
            if ("partner" in row) != with_partner:
                continue
            if User.objects.filter(username=row["username"]).exists():
                self.present["users"] += 1
                continue
            values = {key: value for key, value in row.items() if key != "partner"}
            if with_partner:
                values["partner"] = self.partners[row["partner"]]
            user = User(email=f"{row['username']}@example.ma", **values)
            user.set_password(demo_data.PASSWORD)
            user.full_clean()
            user.save()
            self.created["users"] += 1

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
        for row in demo_data.USERS:
            write(f"  {row['username']:<16} {row['role']:<12} {demo_data.PASSWORD}")
        write("  (set when an account is created; a password changed since is kept)")
