from datetime import date
from decimal import Decimal

import factory

from taawun.partners.tests.factories import PartnerFactory

from ..models import Project, ProjectLocation


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    code = factory.Sequence(lambda n: f"PRJ-{n:04}")
    title_ar = factory.Sequence(lambda n: f"مشروع {n}")
    title_fr = factory.Sequence(lambda n: f"Projet {n}")
    status = "2"
    planned_start = date(2025, 1, 1)
    planned_end = date(2027, 12, 31)
    budget = Decimal("1000000")
    owner = factory.SubFactory(PartnerFactory)
    is_public = True


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectLocation

    project = factory.SubFactory(ProjectFactory)
    locality = factory.SubFactory("taawun.territory.tests.factories.LocalityFactory")
    latitude = factory.LazyAttribute(lambda o: o.locality.latitude)
    longitude = factory.LazyAttribute(lambda o: o.locality.longitude)
