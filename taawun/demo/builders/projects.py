"""Builds a demo project through the projects services, as an officer and the finance officer would.

The project with its places and participants (services.project_create), its funding plan (the
obligations of its agreements, otherwise what each partner committed: services.contribution_save), its
transactions (services.transaction_save, at the demo rate of their date), then milestones, updates and
indicators (services.milestone_save, update_post, indicator_save, period_save). A transaction dated
after today, or one the service only warns about, stops the loader, so the demo's dates stay consistent.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from taawun.agreements.choices import ObligationKind, ObligationStatus
from taawun.agreements.models import Agreement, Obligation
from taawun.core.forms import cleaned
from taawun.projects import services
from taawun.projects.choices import ContributionKind, TransactionType
from taawun.projects.forms import (
    ContributionForm,
    IndicatorForm,
    MilestoneForm,
    PeriodForm,
    ProjectForm,
    TransactionForm,
    UpdateForm,
)
from taawun.territory.models import CommuneProfile, Domain, Locality, PacAxis

from .base import DemoError, _iso, _valid

COMMUNE = None  # the partner name that stands for the commune itself

FLAGS = ("expertise_exchange", "integration", "innovation")
ORDER = {
    TransactionType.COMMITMENT: 0,
    TransactionType.DISBURSEMENT: 1,
    TransactionType.EXPENDITURE: 2,
}


class ProjectBuilder:
    def __init__(self, *, partners, officer, finance):
        self.partners = partners  # {demo French name: Partner}
        self.officer = officer
        self.finance = finance
        self.commune = CommuneProfile.current().partner
        self.domains = dict(Domain.objects.values_list("code", "pk"))
        self.axes = dict(PacAxis.objects.values_list("number", "pk"))
        self.localities = {locality.slug: locality for locality in Locality.objects.all()}
        self.today = timezone.localdate()
        self.transactions = 0

    def build(self, row):
        project = self.create(row)
        self.funding_plan(project, row)
        # Commitments before the payments of the same day: the service checks one against the other.
        for spec in sorted(
            row["transactions"], key=lambda spec: (spec["date"], ORDER[spec["type"]])
        ):
            self.record(project, spec)
        for spec in row["milestones"]:
            self.milestone(project, spec)
        for spec in row["updates"]:
            self.update(project, spec)
        for spec in row["indicators"]:
            self.indicator(project, spec)
        return project

    # --- steps ---

    def create(self, row):
        (planned_start, planned_end), (actual_start, actual_end) = row["planned"], row["actual"]
        social, economic, environmental = row["weights"]
        data = {
            "code": row["code"],
            "status": row["status"],
            "owner": self.partner(row["owner"]).pk,
            "agreements": list(
                Agreement.objects.filter(reference__in=row["agreements"]).values_list(
                    "pk", flat=True
                )
            ),
            "domains": [self.domains[code] for code in row["domains"]],
            "pac_axis": self.axes.get(row["pac_axis"], ""),
            "budget": str(row["budget"]),
            "beneficiaries": row["beneficiaries"] or "",
            "planned_start": _iso(planned_start),
            "planned_end": _iso(planned_end),
            "actual_start": _iso(actual_start),
            "actual_end": _iso(actual_end),
            "progress": row["progress"],
            "social_weight": social,
            "economic_weight": economic,
            "environmental_weight": environmental,
        }
        for base in ("title", "description"):
            for code, value in zip(("ar", "fr", "en"), row[base], strict=True):
                data[f"{base}_{code}"] = value
        for flag in FLAGS:
            if flag in row["flags"]:
                data[flag] = "on"
        if row["is_public"]:
            data["is_public"] = "on"
        form = _valid(ProjectForm(data=data))
        places = [self.place(spec) for spec in row["places"]]
        people = [
            {"partner": self.partner(name), "role": role} for name, role in row["participants"]
        ]
        try:
            return services.project_create(
                by=self.officer, locations=places, participants=people, **cleaned(form)
            )
        except ValidationError as error:
            raise DemoError("; ".join(error.messages)) from error

    def place(self, spec):
        locality = self.localities[spec["locality"]]
        north, east = (Decimal(str(value)) for value in spec["offset"])
        return {
            "locality": locality,
            "latitude": str(locality.latitude + north),
            "longitude": str(locality.longitude + east),
            "description_ar": spec["description_ar"],
            "description_fr": spec["description_fr"],
        }

    def funding_plan(self, project, row):
        """The obligations of the project's agreements, what partners committed outside any
        agreement, and the promises not committed yet."""
        obligations = (
            Obligation.objects.filter(party__agreement__in=project.agreements.all())
            .exclude(status=ObligationStatus.WAIVED)
            .filter(contribution__isnull=True)  # a user may have tied one to another project
            .order_by("party__agreement__reference", "pk")
        )
        for obligation in obligations:
            data = {
                "obligation": obligation.pk,
                "kind": ContributionKind.IN_KIND
                if obligation.kind == ObligationKind.IN_KIND
                else ContributionKind.CASH,
                "currency": obligation.currency,
                "note": obligation.description_fr[:255],
            }
            self.contribute(project, data)
        lines = list(row["plan"])
        if not row["agreements"]:
            lines += [
                {
                    "partner": spec["provider"],
                    "amount": spec["amount"],
                    "currency": spec["currency"],
                    "note": spec["description"],
                    "kind": ContributionKind.IN_KIND if spec["in_kind"] else ContributionKind.CASH,
                }
                for spec in row["transactions"]
                if spec["type"] == TransactionType.COMMITMENT
            ]
        for spec in lines:
            data = {
                "partner": self.partner(spec["partner"]).pk,
                "kind": spec["kind"],
                "amount": str(spec["amount"]),
                "currency": spec["currency"],
                "note": spec["note"],
            }
            self.contribute(project, data)

    def contribute(self, project, data):
        form = _valid(ContributionForm(data=data, project=project))
        services.contribution_save(project=project, by=self.officer, **cleaned(form))

    def record(self, project, spec):
        if spec["date"] > self.today:
            raise DemoError(f"transaction dated {spec['date']}, after today")
        data = {
            "type": spec["type"],
            "date": _iso(spec["date"]),
            "provider": self.partner(spec["provider"]).pk,
            "receiver": self.partner(spec["receiver"]).pk if spec["receiver"] else "",
            "amount": str(spec["amount"]),
            "currency": spec["currency"],
            "description_ar": spec["description_ar"],
            "description_fr": spec["description"],
            "override_reason": spec["reason"],
        }
        form = _valid(TransactionForm(data=data, project=project))
        _tx, warnings = services.transaction_save(project=project, by=self.finance, **cleaned(form))
        if warnings:
            raise DemoError("; ".join(warnings))
        self.transactions += 1

    def milestone(self, project, spec):
        data = {
            "title_ar": spec["title"][0],
            "title_fr": spec["title"][1],
            "title_en": spec["title"][2],
            "planned_date": _iso(spec["planned"]),
            "actual_date": _iso(spec["actual"]),
            "progress": spec["progress"],
            "status": spec["status"],
        }
        self.save(services.milestone_save, MilestoneForm(data=data, project=project), project)

    def update(self, project, spec):
        data = {"date": _iso(spec["date"])}
        for base in ("title", "body"):
            for code, value in zip(("ar", "fr", "en"), spec[base], strict=True):
                data[f"{base}_{code}"] = value
        if spec["public"]:
            data["is_public"] = "on"
        self.save(services.update_post, UpdateForm(data=data, project=project), project)

    def indicator(self, project, spec):
        data = {
            "result_type": spec["level"],
            "measure": spec["measure"],
            "baseline": "" if spec["baseline"] is None else str(spec["baseline"]),
            "baseline_year": spec["year"] or "",
            "disaggregation": spec["by"],
        }
        for base in ("name", "unit"):
            for code, value in zip(("ar", "fr", "en"), spec[base], strict=True):
                data[f"{base}_{code}"] = value
        indicator = self.save(
            services.indicator_save, IndicatorForm(data=data, project=project), project
        )
        for part in spec["periods"]:
            data = {
                "period_start": _iso(part["start"]),
                "period_end": _iso(part["end"]),
                "target": str(part["target"]),
                "actual": "" if part["actual"] is None else str(part["actual"]),
                "comment": part["comment"],
            }
            values = [
                {"sex": sex, "age_group": age_group, "target": target, "actual": actual}
                for sex, age_group, target, actual in part["values"]
            ]
            form = _valid(PeriodForm(data=data, indicator=indicator))
            services.period_save(
                indicator=indicator, by=self.officer, values=values, **cleaned(form)
            )

    # --- helpers ---

    def save(self, service, form, project):
        """Milestones, updates and indicators: the form reads the demo's text, the service
        writes it."""
        return service(project=project, by=self.officer, **cleaned(_valid(form)))

    def partner(self, name):
        if name is COMMUNE:
            if self.commune is None:
                raise DemoError("the commune profile has no partner record")
            return self.commune
        if name not in self.partners:
            raise DemoError(f"{name!r} is not one of the demo partners")
        return self.partners[name]
