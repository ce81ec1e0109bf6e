import factory
from django.utils import timezone

from taawun.accounts.tests.factories import UserFactory
from taawun.participation.models import Priority, Resident
from taawun.territory.tests.factories import DomainFactory, LocalityFactory


class ResidentUserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"resident{n}")
    role = "resident"

    @factory.post_generation
    def resident(obj, create, extracted, **kwargs):
        if create:
            Resident.objects.create(
                user=obj,
                display_name=f"Habitant {obj.pk}",
                email_confirmed_at=timezone.now(),
                notice_version="test",
            )


class PriorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Priority

    title = factory.Sequence(lambda n: f"Éclairage du douar {n}")
    description = (
        "Les ruelles du douar sont sombres la nuit ; les enfants rentrent de l'école à pied."
    )
    language = "fr"
    domain = factory.SubFactory(DomainFactory)
    locality = factory.SubFactory(LocalityFactory)
    author = factory.SubFactory(ResidentUserFactory)


def published(priority, by, today=None):
    """The priority published by `by` (an editor), through the service."""
    from taawun.participation import services

    return services.priority_moderate(priority=priority, publish=True, by=by)
