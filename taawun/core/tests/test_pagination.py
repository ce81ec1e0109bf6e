"""Page counts kept until the data changes: never stale, never shared between scopes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.core.pagination import VersionedCountPaginator
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Project
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def counted(queryset):
    with CaptureQueriesContext(connection) as queries:
        count = VersionedCountPaginator(queryset, 20).count
    return count, len(queries)


def test_a_count_is_read_once_then_kept_until_a_record_changes():
    ProjectFactory.create_batch(3, is_public=True)
    public = Project.public_objects.all()
    assert counted(public) == (3, 1)
    assert counted(public) == (3, 0)  # kept
    ProjectFactory(is_public=True)
    assert counted(public) == (4, 1)  # the save moved the data version on


def test_each_filter_and_scope_has_its_own_count():
    ProjectFactory.create_batch(2, is_public=True, status="2")
    ProjectFactory(is_public=True, status="4")
    ProjectFactory(is_public=False, status="2")
    assert counted(Project.public_objects.filter(status="2"))[0] == 2
    assert counted(Project.public_objects.filter(status="4"))[0] == 1
    assert counted(Project.objects.filter(status="2"))[0] == 3
    assert counted(Project.objects.none()) == (0, 0)


def test_lists_and_unwatched_models_are_counted_as_usual():
    assert VersionedCountPaginator([1, 2, 3], 2).count == 3
    from taawun.accounts.models import User

    User.objects.create(username="someone")
    users = User.objects.order_by("pk")
    assert counted(users) == (1, 1)
    assert counted(users) == (1, 1)  # users do not move the data version: never kept


def test_the_public_list_shows_a_new_partner_at_once(client):
    PartnerFactory.create_batch(2)
    with translation.override("en"):
        address = reverse("portal:partner-list")
    assert "<bdi>2</bdi> partners" in client.get(address).content.decode()
    PartnerFactory()
    assert "<bdi>3</bdi> partners" in client.get(address).content.decode()
    assert Partner.public_objects.count() == 3


def test_the_data_version_moves_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A reader between a save and its commit still sees the old rows; whatever it caches under
    the version of that moment is left behind once the change commits."""
    from taawun.core.caching import data_version

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        PartnerFactory()
        during = data_version()
    assert before < during < data_version()
    assert len(callbacks) >= 1
