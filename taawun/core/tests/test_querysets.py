"""core.querysets.ScopedQuerySet: the name search over every language and the scope hook."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from taawun.core.querysets import scope_of
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_the_search_reads_every_language_and_the_plain_columns():
    english = PartnerFactory(name_fr="Fondation", name_en="Argan Foundation")
    arabic = PartnerFactory(name_fr="Association", name_ar="جمعية أركان")
    acronym = PartnerFactory(name_fr="Agence", acronym="ARGN")
    PartnerFactory(name_fr="Autre")
    assert set(Partner.objects.search("argan")) == {english}
    assert set(Partner.objects.search("أركان")) == {arabic}
    assert set(Partner.objects.search("argn")) == {acronym}
    assert Partner.objects.search("  ").count() == 4


def test_the_scope_comes_from_the_backends_and_an_unknown_one_is_said(users):
    assert scope_of(users["officer"], "partners.view_partner") is not None
    assert scope_of(users["partner"], "partners.view_partner") is not None
    with pytest.raises(ImproperlyConfigured):
        scope_of(users["officer"], "partners.fly_partner")


def test_restrict_and_visible_to_are_one(users):
    PartnerFactory.create_batch(2)
    for user in users.values():
        assert list(Partner.objects.visible_to(user)) == list(Partner.objects.restrict(user))
