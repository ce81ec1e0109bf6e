"""Builds the demo's funding opportunities (taawun.demo.data.funding) through the funding
services, as the officer records them, illustrative and shown on the portal."""

import datetime
from decimal import Decimal

from django.utils import timezone

from taawun.accounts.models import User
from taawun.funding import services
from taawun.funding.matching import match_projects
from taawun.funding.models import FundingOpportunity
from taawun.territory.models import Domain, PacAxis

from ..data import funding as data
from .base import reported

MONEY = ("min_amount", "max_amount", "envelope", "min_cofinancing", "max_funding_rate")
PLAIN = (
    "programme_ar", "programme_fr", "programme_en", "summary_ar", "summary_fr", "instrument",
    "applicants", "lead_kind", "lead_country", "currency", "min_months", "max_months",
    "source", "url", "state",
)  # fmt: skip


class FundingBuilder:
    @classmethod
    def load(cls, command):
        officer = User.objects.filter(username="officer").first() or command.admin
        for row in data.OPPORTUNITIES:
            if FundingOpportunity.objects.filter(programme_fr=row["programme_fr"]).exists():
                command.present["funding opportunities"] += 1
                continue
            with reported(f"Demo funding opportunity {row['programme_fr']}"):
                build(row, command.partners, officer)
            command.created["funding opportunities"] += 1


def build(row, partners, officer):
    fields = {name: row[name] for name in PLAIN if name in row}
    fields.update({name: Decimal(row[name]) for name in MONEY if name in row})
    opportunity = services.opportunity_save(
        by=officer,
        donor=partners[row["donor"]],
        illustrative=True,
        is_public=True,
        last_checked_on=timezone.localdate(),
        domains=list(Domain.objects.filter(code__in=row["domains"])),
        pac_axes=list(PacAxis.objects.filter(number__in=row["pac_axes"])),
        **fields,
    )
    for days, clock, zone, stage in row["deadlines"]:
        hour, minute = (int(part) for part in clock.split(":"))
        services.deadline_add(
            opportunity=opportunity,
            by=officer,
            day=timezone.localdate() + datetime.timedelta(days=days),
            time=datetime.time(hour, minute),
            tzid=zone,
            stage=stage,
        )
    if row.get("bid"):  # the commune's bid for the project that fits best, submitted
        fitting = [m for m in match_projects(opportunity) if m.fits]
        if fitting:
            match = fitting[0]
            bid = services.bid_save(
                by=officer, opportunity=opportunity, project=match.project,
                amount=match.ask_mad, note=row["bid"],
            )  # fmt: skip
            services.bid_step(
                bid=bid, step="submit", by=officer,
                on=timezone.localdate() - datetime.timedelta(days=6),
            )  # fmt: skip
    return opportunity
