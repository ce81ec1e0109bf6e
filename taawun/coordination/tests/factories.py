"""Factories and a ready-made committee for the coordination tests."""

from datetime import timedelta

import factory
from django.utils import timezone

from taawun.partners.tests.factories import PartnerFactory

from ..models import Committee, Membership


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee

    kind = "steering"
    name_ar = factory.Sequence(lambda n: f"لجنة القيادة {n}")
    name_fr = factory.Sequence(lambda n: f"Comité de pilotage {n}")
    is_public = True


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    committee = factory.SubFactory(CommitteeFactory)
    person_name = factory.Sequence(lambda n: f"Membre {n}")
    partner = factory.SubFactory(PartnerFactory)
    role = "member"
    voting = True
    email = factory.Sequence(lambda n: f"membre{n}@example.org")
    phone = "+212 6 61 22 33 44"


def meeting_data(days=-7, hours=2, **extra):
    """Keyword data for meeting_save: a meeting `days` from now (past by default)."""
    start = timezone.now().replace(microsecond=0) + timedelta(days=days)
    return {"starts_at": start, "ends_at": start + timedelta(hours=hours), **extra}
