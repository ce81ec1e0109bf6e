"""Builds a demo project through the projects services, as an officer and the finance officer would.

The project with its places and participants (services.project_save), its funding plan (the
obligations of its agreements, otherwise what each partner committed: services.contribution_save), its
transactions (services.transaction_save, at the demo rate of their date), then milestones, updates and
indicators through their forms. A transaction dated after today, or one the service only warns about,
stops the loader, so the demo's dates stay consistent.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from taawun.agreements.choices import ObligationStatus
from taawun.agreements.models import Agreement, Obligation
from taawun.projects import services
from taawun.projects.choices import ContributionKind, TransactionType
from taawun.projects.forms import (
    ContributionForm,
    IndicatorForm,
    LocationFormSet,
    MilestoneForm,
    ParticipantFormSet,
    PeriodForm,
    ProjectForm,
    TransactionForm,
    UpdateForm,
)
from taawun.projects.models import IndicatorValue
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
            {"partner": self.partner(name).pk, "role": role} for name, role in row["participants"]
        ]
        locations = LocationFormSet(data=_formset("locations", places))
        participants = ParticipantFormSet(data=_formset("participants", people))
        try:
            return services.project_save(
                form=form, locations=locations, participants=participants, by=self.officer
            )
        except ValidationError as error:
            details = [e for e in (*locations.errors, *participants.errors) if e]
            raise DemoError(f"{'; '.join(error.messages)} {details}") from error

    def place(self, spec):
        locality = self.localities[spec["locality"]]
        north, east = (Decimal(str(value)) for value in spec["offset"])
        return {
            "locality": locality.pk,
            "latitude": str(locality.latitude + north),
            "longitude": str(locality.longitude + east),
            "description": spec["description"],
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
                if obligation.kind == "in_kind"
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
        services.contribution_save(form=form, by=self.officer)

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
            "description": spec["description"],
            "override_reason": spec["reason"],
        }
        form = _valid(TransactionForm(data=data, project=project))
        _tx, warnings = services.transaction_save(form=form, by=self.finance)
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
        self.save(MilestoneForm(data=data, project=project))

    def update(self, project, spec):
        data = {"date": _iso(spec["date"])}
        for base in ("title", "body"):
            for code, value in zip(("ar", "fr", "en"), spec[base], strict=True):
                data[f"{base}_{code}"] = value
        if spec["public"]:
            data["is_public"] = "on"
        self.save(UpdateForm(data=data, project=project))

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
        indicator = self.save(IndicatorForm(data=data, project=project))
        for part in spec["periods"]:
            data = {
                "period_start": _iso(part["start"]),
                "period_end": _iso(part["end"]),
                "target": str(part["target"]),
                "actual": "" if part["actual"] is None else str(part["actual"]),
                "comment": part["comment"],
            }
            period = self.save(PeriodForm(data=data, indicator=indicator))
            for sex, age_group, target, actual in part["values"]:
                value = IndicatorValue(
                    period=period, sex=sex, age_group=age_group, target=target, actual=actual
                )
                value.full_clean()
                value.save()

    # --- helpers ---

    def save(self, form):
        """Milestones, updates and indicators have no service: the form, validated, then saved."""
        instance = _valid(form).save(commit=False)
        instance._history_user = self.officer
        instance.full_clean()
        instance.save()
        return instance

    def partner(self, name):
        if name is COMMUNE:
            if self.commune is None:
                raise DemoError("the commune profile has no partner record")
            return self.commune
        if name not in self.partners:
            raise DemoError(f"{name!r} is not one of the demo partners")
        return self.partners[name]


def _formset(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data
