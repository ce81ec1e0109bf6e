from decimal import Decimal

import factory

from ..models import CommuneProfile, Domain, Locality


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


class CommuneProfileFactory(factory.django.DjangoModelFactory):
    """The commune running the installation (its one profile row, pk=1) and its own partner
    record. Creating it again replaces the row, as the workspace's profile form does."""

    class Meta:
        model = CommuneProfile

    name_ar = "أورير"
    name_fr = "Aourir"
    partner = factory.SubFactory(
        "taawun.partners.tests.factories.PartnerFactory",
        name_fr="Commune d'Aourir",
        name_ar="جماعة أورير",
        kind="commune",
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.pop("pk", None)
        profile, _created = model_class.objects.update_or_create(pk=1, defaults=kwargs)
        return profile
