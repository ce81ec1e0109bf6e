"""Factories for the council tests."""

from datetime import date

import factory

from ..models import CouncilSession, SessionPoint


class CouncilSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CouncilSession

    kind = "ordinary"
    name_ar = factory.Sequence(lambda n: f"الدورة العادية لشهر فبراير {2000 + n}")
    name_fr = factory.Sequence(lambda n: f"Session ordinaire de février {2000 + n}")
    opens_on = date(2025, 2, 3)
    venue_ar = "قاعة الاجتماعات بمقر الجماعة"
    venue_fr = "Salle des délibérations, siège de la commune"
    status = "planned"
    is_public = True


class SessionPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionPoint

    session = factory.SubFactory(CouncilSessionFactory)
    order = factory.Sequence(lambda n: n + 1)
    title_ar = factory.Sequence(lambda n: f"نقطة في جدول الأعمال {n}")
    title_fr = factory.Sequence(lambda n: f"Point de l'ordre du jour {n}")
