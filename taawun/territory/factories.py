from decimal import Decimal

import factory

from .models import Domain, Locality


class LocalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locality

    name_ar = factory.Sequence(lambda n: f"دوار {n}")
    name_fr = factory.Sequence(lambda n: f"Douar {n}")
    slug = factory.Sequence(lambda n: f"douar-{n}")
    kind = "douar"
    population = 1200
    latitude = Decimal("30.48300")
    longitude = Decimal("-9.63300")


class DomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Domain
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"domain-{n}")
    name_ar = factory.Sequence(lambda n: f"مجال {n}")
    name_fr = factory.Sequence(lambda n: f"Domaine {n}")
    dac_code = "14030"
    sdg_goal = 6
