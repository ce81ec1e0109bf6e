"""Builds the demo's exchange missions (taawun.demo.data.missions) through the knowledge
services, as the officer records them; a mission's last steps are taken on their day."""

from decimal import Decimal

from taawun.accounts.models import User
from taawun.agreements.models import Agreement
from taawun.knowledge import services
from taawun.knowledge.models import Mission, Practice
from taawun.territory.selectors import commune_partner

from ..data import missions as data
from .base import reported

TEXT = (
    "kind", "direction", "title_ar", "title_fr", "starts_on", "ends_on", "places_ar",
    "places_fr", "objectives_ar", "objectives_fr",
)  # fmt: skip
ORDER = ["idea", "planned", "approved", "done", "reported", "closed"]


class MissionsBuilder:
    @classmethod
    def load(cls, command):
        officer = User.objects.filter(username="officer").first() or command.admin
        for row in data.MISSIONS:
            if Mission.objects.filter(title_fr=row["title_fr"]).exists():
                command.present["exchange missions"] += 1
                continue
            with reported(f"Demo mission {row['title_fr']}"):
                build(row, command.partners, officer)
            command.created["exchange missions"] += 1


def build(row, partners, officer):
    fields = {name: row[name] for name in TEXT}
    if row.get("agreement"):
        fields["agreement"] = Agreement.objects.filter(reference=row["agreement"]).first()
    mission = services.mission_save(
        by=officer, counterpart=partners[row["counterpart"]], approval=row.get("approval", ""),
        is_public=row.get("is_public", False), **fields,
    )  # fmt: skip
    for name, role, institution, sex, category in row["members"]:
        services.member_add(mission=mission, by=officer, name=name, role=role,
                            institution=institution, sex=sex, category=category)  # fmt: skip
    commune = commune_partner()
    for item, amount, payer in row["costs"]:
        services.cost_add(mission=mission, by=officer, item=item, amount=Decimal(amount),
                          currency="MAD", payer=partners[payer] if payer else commune)  # fmt: skip
    target = ORDER.index(row["state"])
    for step, state in (("plan", "planned"), ("approve", "approved"), ("done", "done")):
        if ORDER.index(state) <= target:
            mission = services.mission_step(mission=mission, step=step, by=officer)
    if "report" in row:
        report_ar, report_fr, day = row["report"]
        mission = services.mission_report(mission=mission, by=officer, report_ar=report_ar,
                                          report_fr=report_fr, today=day)  # fmt: skip
    if row["state"] == "closed":
        mission = services.mission_step(mission=mission, step="close", by=officer)
    if row.get("learned"):
        practice = Practice.objects.filter(title_fr=row["learned"]).first()
        if practice is not None:
            services.practice_save(by=officer, practice=practice, mission=mission)
    return mission
