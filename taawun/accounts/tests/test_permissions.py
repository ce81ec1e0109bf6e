"""Permissions are declared once per app (rules.py): the rule about a record and the rows a
queryset gives agree, a representative sees its own organisation only, and no rule is dead."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured

from taawun.accounts import permissions
from taawun.accounts.tests.factories import UserFactory
from taawun.agreements.models import Agreement, Obligation
from taawun.agreements.tests.factories import ObligationFactory, PartyFactory
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Participant, Project, Transaction
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

TAAWUN = Path(permissions.__file__).resolve().parents[1]


@pytest.fixture
def world(users):
    """Records of the representative's organisation, and the same of another one."""
    own, other = users["partner"].partner, PartnerFactory(name_fr="Autre organisation")
    party = PartyFactory(partner=own)
    foreign_party = PartyFactory(partner=other)
    joined = ProjectFactory(owner=other)
    Participant.objects.create(project=joined, partner=own, role="1")
    return {
        "own": own,
        "other": other,
        "agreement": party.agreement,
        "foreign_agreement": foreign_party.agreement,
        "obligation": ObligationFactory(party=party),
        "foreign_obligation": ObligationFactory(party=foreign_party),
        "owned_project": ProjectFactory(owner=own),
        "joined_project": joined,
        "foreign_project": ProjectFactory(owner=other),
    }


def readers(users):
    nobody = UserFactory(username="nobody", role="")
    return {**users, "anonymous": AnonymousUser(), "nobody": nobody}


@pytest.mark.parametrize(
    "perm, model, keys",
    [
        ("partners.view_partner", Partner, ["own", "other"]),
        ("agreements.view_agreement", Agreement, ["agreement", "foreign_agreement"]),
        (
            "projects.view_project",
            Project,
            ["owned_project", "joined_project", "foreign_project"],
        ),
    ],
)
def test_the_rule_and_the_queryset_agree_for_every_role(world, users, perm, model, keys):
    for name, user in readers(users).items():
        visible = set(model.objects.restrict(user, "view").values_list("pk", flat=True))
        for key in keys:
            record = world[key]
            assert permissions.can(user, perm, record) == (record.pk in visible), (name, key)
            assert user.has_perm(perm, record) == (record.pk in visible), (name, key)


def test_a_representative_sees_only_its_organisation(world, users):
    for role in ("partner", "association"):
        user = users[role]
        partners = Partner.objects.visible_to(user)
        assert list(partners.values_list("pk", flat=True)) == [user.partner_id]
    rep = users["partner"]
    assert set(Agreement.objects.visible_to(rep)) == {world["agreement"]}
    assert set(Obligation.objects.visible_to(rep)) == {world["obligation"]}
    assert set(Project.objects.visible_to(rep)) == {world["owned_project"], world["joined_project"]}
    # A representative declares its payments (finance confirms them), never records them.
    assert not permissions.can(rep, "agreements.record_delivery", world["obligation"])
    assert not permissions.can(rep, "agreements.declare_payment", world["foreign_obligation"])
    assert permissions.can(rep, "partners.change_partner", world["own"])
    assert not permissions.can(rep, "partners.change_partner", world["other"])


def test_the_commune_sees_everything_and_strangers_nothing(world, users):
    everything = {model: model.objects.count() for model in (Partner, Agreement, Project)}
    for role in ("admin", "officer", "finance", "council"):
        for model, count in everything.items():
            assert model.objects.visible_to(users[role]).count() == count
    for user in (AnonymousUser(), UserFactory(username="nobody", role="")):
        for model in (Partner, Agreement, Obligation, Project, Transaction):
            assert not model.objects.visible_to(user).exists()
        assert not permissions.can(user, "core.view_workspace")


def test_a_scope_nobody_declared_is_said_not_guessed(users):
    with pytest.raises(ImproperlyConfigured):
        Partner.objects.restrict(users["admin"], "erase")


def test_a_permission_declared_twice_is_refused_at_start_up():
    rule = permissions.RULES["partners.view_partner"]
    permissions.register({"partners.view_partner": rule})  # the same declaration again: fine
    with pytest.raises(ImproperlyConfigured):
        permissions.register({"partners.view_partner": lambda user, obj: True})


def test_no_rule_is_dead():
    """Every rule in the registry is asked somewhere in the application, outside rules.py."""
    sources = [
        path.read_text(encoding="utf-8")
        for path in TAAWUN.rglob("*")
        if path.suffix in {".py", ".html"} and path.name != "rules.py" and "tests" not in path.parts
    ]
    text = "\n".join(sources)
    dead = [
        name for name in permissions.RULES if not re.search(rf"[\"']{re.escape(name)}[\"']", text)
    ]
    assert dead == []
