"""Users and roles: a representative acts for one organisation; the role a person has."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from taawun.accounts.choices import COMMUNE_ROLES, ORGANISATION_ROLES, Role
from taawun.accounts.permissions import role_of
from taawun.accounts.tests.factories import UserFactory
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", sorted(ORGANISATION_ROLES))
def test_a_representative_must_be_tied_to_an_organisation(role):
    user = UserFactory.build(username=f"rep-{role}", role=role)
    with pytest.raises(ValidationError) as refused:
        user.full_clean()
    assert "partner" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        user.save()  # the database refuses it too


def test_a_representative_tied_to_an_organisation_is_valid():
    user = UserFactory.build(username="rep", role=Role.PARTNER, partner=PartnerFactory())
    user.full_clean()
    assert user.is_representative


@pytest.mark.parametrize("role", sorted(COMMUNE_ROLES))
def test_the_communes_people_need_no_organisation(role):
    user = UserFactory(username=f"staff-{role}", role=role)
    user.full_clean()
    assert not user.is_representative


def test_the_role_a_person_has(users):
    assert {name: role_of(user) for name, user in users.items()} == {
        "admin": Role.ADMIN,
        "officer": Role.OFFICER,
        "finance": Role.FINANCE,
        "council": Role.COUNCIL,
        "partner": Role.PARTNER,
        "association": Role.ASSOCIATION,
        "resident": Role.RESIDENT,
    }


def test_a_superuser_is_an_administrator_whatever_its_role_field():
    assert role_of(UserFactory(username="root", role="", is_superuser=True)) == Role.ADMIN


def test_nobody_has_a_role_while_signed_out_inactive_or_without_one():
    assert role_of(AnonymousUser()) is None
    assert role_of(UserFactory(username="gone", role=Role.OFFICER, is_active=False)) is None
    assert role_of(UserFactory(username="none", role="")) is None
