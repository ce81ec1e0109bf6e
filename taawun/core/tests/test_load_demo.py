"""`manage.py load_demo`: realistic Aourir data, safe to re-run, never overwrites users' changes."""

import io
import re

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from taawun.accounts.models import User
from taawun.core import demo_data
from taawun.partners.choices import PartnerKind
from taawun.partners.models import Contact, Partner
from taawun.territory.models import (
    CommuneProfile,
    Domain,
    Locality,
    NeighbouringCollectivity,
    PacAxis,
)

MODELS = [
    CommuneProfile,
    Locality,
    Domain,
    PacAxis,
    Partner,
    Contact,
    NeighbouringCollectivity,
    User,
]
pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_second_run_adds_nothing_and_keeps_what_users_changed():
    load_demo()
    first = counts()
    partner = Partner.objects.get(name_fr="Agence urbaine d'Agadir")
    partner.name_fr = "Agence urbaine du Grand Agadir"
    partner.save()
    Locality.objects.filter(slug="tamraght").update(population=10500)
    User.objects.filter(username="officer").update(first_name="Fatima-Zahra")

    output = load_demo()

    assert counts() == first
    partner.refresh_from_db()
    assert partner.name_fr == "Agence urbaine du Grand Agadir"
    assert not Partner.objects.filter(name_fr="Agence urbaine d'Agadir").exists()
    assert Locality.objects.get(slug="tamraght").population == 10500
    assert User.objects.get(username="officer").first_name == "Fatima-Zahra"
    assert set(re.findall(r"created\s+(\d+),", output)) == {"0"}
    for row in demo_data.USERS:
        assert row["username"] in output


def test_demo_content_is_valid_and_covers_every_kind():
    load_demo()
    public = Partner.public_objects.all()
    assert public.count() >= 40
    assert len(set(public.values_list("kind", flat=True))) >= 6
    assert set(Partner.objects.values_list("kind", flat=True)) == set(PartnerKind.values)
    for domain in Domain.objects.all():
        domain.full_clean()
    for partner in Partner.objects.prefetch_related("contacts"):
        assert 1 <= len(partner.contacts.all()) <= 2, partner
        for contact in partner.contacts.all():
            assert contact.email.rsplit("@", 1)[1].endswith((".example.org", ".example.ma"))
    assert Partner.objects.filter(name_fr=demo_data.TAMRAGHT_ASSOCIATION).exists()
    profile = CommuneProfile.objects.get(pk=1)
    assert (profile.name_fr, profile.population, profile.iati_identifier) == ("Aourir", 46032, "")
    assert sum(Locality.objects.values_list("population", flat=True)) == 46032
    assert NeighbouringCollectivity.objects.get(name_fr="Taghazout").partner.kind == "commune"


def test_each_demo_account_signs_in_with_the_demo_password():
    load_demo()
    factory = RequestFactory()
    for row in demo_data.USERS:
        request = factory.post("/en/accounts/login/")
        user = authenticate(request, username=row["username"], password="taawun-demo")
        assert user is not None, row["username"]
        assert user.role == row["role"]
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="partner-indh").partner.acronym == "INDH"
    assert (
        User.objects.get(username="assoc-tamraght").partner.name_fr
        == "Association Tamraght pour le développement local"
    )
