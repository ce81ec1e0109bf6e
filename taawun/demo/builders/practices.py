"""Builds the demo's good practices (taawun.demo.data.practices) through the knowledge services:
the officer writes the commune's cards with their project's indicators and publishes them, and
records their replications; the INDH's representative submits its own."""

from decimal import Decimal

from taawun.accounts.models import User
from taawun.knowledge import services
from taawun.knowledge.models import Practice
from taawun.projects.models import Project
from taawun.territory.models import Locality

from ..data import practices as data
from .base import reported

FIELDS = (
    "title_ar", "title_fr", "summary_ar", "summary_fr", "problem_ar", "problem_fr", "steps_ar",
    "steps_fr", "results_ar", "results_fr", "lessons_ar", "lessons_fr", "prerequisites_ar",
    "prerequisites_fr", "skills_fr", "legal_basis", "services_ar", "services_fr", "started_on",
    "ended_on", "evidence",
)  # fmt: skip


class PracticesBuilder:
    def __init__(self, *, partners, officer):
        self.partners = partners
        self.officer = officer

    @classmethod
    def load(cls, command):
        officer = User.objects.filter(username="officer").first() or command.admin
        builder = cls(partners=command.partners, officer=officer)
        for row in data.PRACTICES:
            if Practice.objects.filter(title_fr=row["title_fr"]).exists():
                command.present["good practices"] += 1
                continue
            with reported(f"Demo good practice {row['title_fr']}"):
                builder.build(row)
            command.created["good practices"] += 1

    def build(self, row):
        project = Project.objects.get(code=row["project"])
        author = self.officer
        if row.get("submitted_by"):
            partner = self.partners[row["submitted_by"]]
            author = User.objects.filter(partner=partner).order_by("pk").first()
        fields = {name: row[name] for name in FIELDS if name in row}
        if row.get("cost_mad") is not None:
            fields["cost_mad"] = Decimal(row["cost_mad"])
        if row.get("locality"):
            fields["locality"] = Locality.objects.get(slug=row["locality"])
        practice = services.practice_save(
            by=author,
            project=project,
            indicators=list(project.indicators.all()),
            partners=[self.partners[name] for name in row["partners"]],
            domains=list(project.domains.all()),
            pac_axes=[project.pac_axis] if project.pac_axis_id else [],
            **fields,
        )
        if row["state"] == "submitted":
            return services.practice_step(practice=practice, step="submit", by=author)
        for replication in row["replications"]:
            services.replication_save(
                by=self.officer,
                practice=practice,
                partner=self.partners[replication["partner"]],
                country=self.partners[replication["partner"]].country,
                **{k: v for k, v in replication.items() if k != "partner"},
            )
        for step in ("validate", "publish"):
            practice = services.practice_step(practice=practice, step=step, by=self.officer)
        return practice
