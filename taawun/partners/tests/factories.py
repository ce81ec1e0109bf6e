import factory

from ..models import Contact, Partner


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner
        django_get_or_create = ["name_fr"]

    kind = "association"
    name_ar = factory.Sequence(lambda n: f"شريك {n}")
    name_fr = factory.Sequence(lambda n: f"Partenaire {n}")
    country = "MA"
    city = "Aourir"
    status = "active"
    is_public = True


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    partner = factory.SubFactory(PartnerFactory)
    name = factory.Sequence(lambda n: f"Contact Person {n}")
    role = "Président"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    phone = "+212 6 61 00 00 00"
