"""Builds the demo's trainings (taawun.demo.data.trainings) through the knowledge services."""

from decimal import Decimal

from taawun.accounts.models import User
from taawun.knowledge import services
from taawun.knowledge.models import Training

from ..data import trainings as data
from .base import reported


class TrainingsBuilder:
    @classmethod
    def load(cls, command):
        officer = User.objects.filter(username="officer").first() or command.admin
        for row in data.TRAININGS:
            if Training.objects.filter(title_fr=row["title_fr"]).exists():
                command.present["trainings"] += 1
                continue
            with reported(f"Demo training {row['title_fr']}"):
                build(row, command.partners, officer)
            command.created["trainings"] += 1


def build(row, partners, officer):
    starts_on, ends_on = row["days"]
    training = services.training_save(
        by=officer, title_ar=row["title_ar"], title_fr=row["title_fr"],
        provider=partners[row["provider"]], theme=row["theme"], modality=row["modality"],
        starts_on=starts_on, ends_on=ends_on, hours=Decimal(row["hours"]), venue=row["venue"],
        state=row["state"],
    )  # fmt: skip
    for name, sex, category, service, hours, certificate in row["participants"]:
        services.participant_save(
            by=officer, training=training, name=name, sex=sex, category=category,
            service=service, certificate_number=certificate,
            hours_attended=Decimal(hours) if hours is not None else None,
        )  # fmt: skip
    return training
