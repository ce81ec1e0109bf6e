from datetime import date

import factory

from taawun.partners.tests.factories import PartnerFactory

from ..models import Agreement, AgreementKind, Obligation, Party


def kind(code):
    """The kinds come from a data migration; tests use them as a commune would."""
    return AgreementKind.objects.get(code=code)


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    reference = factory.Sequence(lambda n: f"CONV-2025-{n:03}")
    title_ar = factory.Sequence(lambda n: f"اتفاقية رقم {n}")
    title_fr = factory.Sequence(lambda n: f"Convention n° {n}")
    object_ar = "موضوع الاتفاقية"
    object_fr = "Objet de la convention"
    kind = factory.LazyFunction(lambda: kind("partnership"))
    start_date = date(2025, 1, 1)
    end_date = date(2027, 12, 31)
    is_public = True


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party

    agreement = factory.SubFactory(AgreementFactory)
    partner = factory.SubFactory(PartnerFactory)
    role = "funder"


class ObligationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Obligation

    party = factory.SubFactory(PartyFactory)
    kind = "financial"
    amount = 100000
    currency = "MAD"
    mad_value = factory.LazyAttribute(lambda o: o.amount)
    due_date = date(2025, 6, 30)
