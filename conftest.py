"""Test-wide settings, markers (browser, slow) and fixtures: one user and one signed-in client
per role, the commune, and module-scoped data (module_db, module_users)."""

import atexit
import os
import shutil
import tempfile

import pytest

# Browser tests drive a live server from async Playwright; the ORM calls they make are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Uploaded files of the tests go to a temporary folder, never to var/.
    media = tempfile.mkdtemp(prefix="taawun-test-media-")
    atexit.register(shutil.rmtree, media, ignore_errors=True)
    settings.MEDIA_ROOT = os.path.join(media, "public")
    settings.PRIVATE_MEDIA_ROOT = os.path.join(media, "private")
    settings.BUILT_FILES_ROOT = os.path.join(media, "built")
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # A FileField's callable storage (core.files.private_storage) is called when the models load,
    # which caches settings.STORAGES in `storages` before the override above: read it afresh.
    from django.core.files.storage import storages

    storages.__dict__.pop("backends", None)
    storages._backends = None
    storages._storages = {}
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Whole public pages from the cache would answer a test's second request without the view
    # (no response.context, no queries to pin): on only in the tests of the cache itself
    # (taawun/core/tests/test_page_cache.py).
    settings.PUBLIC_PAGE_CACHE = False
    settings.AXES_ENABLED = True
    config.addinivalue_line("markers", "browser: Playwright journeys in headless Chromium (slow)")
    config.addinivalue_line(
        "markers",
        "slow: PDF renders, browser journeys, the demo loader and subprocesses; "
        '`pytest -m "not slow"` is the quick loop',
    )
    _serve_one_request_at_a_time()


def pytest_collection_modifyitems(items):
    """A browser journey is slow by nature: `-m "not slow"` leaves every one of them out.

    Its live server needs a transactional database, emptied after each test, the rows the
    migrations wrote (agreement kinds, codelists) with it: each journey gets them back before
    it starts (serialized_rollback), whatever ran before it in this process."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)
            marker = item.get_closest_marker("django_db")
            if marker is not None and marker.kwargs.get("transaction"):
                kwargs = {**marker.kwargs, "serialized_rollback": True}
                item.add_marker(pytest.mark.django_db(*marker.args, **kwargs))


def _serve_one_request_at_a_time():
    """The live server shares the test's in-memory SQLite connection with its request threads;
    a page that loads several images at once then has threads reading one connection together,
    which fails at random (IndexError in the SQL compiler). One request at a time is safe, and
    Django's server answers `Connection: close` when it is not threaded, so nothing waits."""
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread

    class SerialWSGIServer(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    LiveServerThread.server_class = SerialWSGIServer


ROLES = ["admin", "officer", "finance", "council", "partner", "association", "resident"]


def make_users():
    """One user per role; representatives are tied to their own organisation."""
    from taawun.accounts.tests.factories import UserFactory
    from taawun.partners.tests.factories import PartnerFactory

    result = {}
    for role in ROLES:
        partner = None
        if role == "partner":
            partner = PartnerFactory(kind="public_institution", name_fr="INDH test")
        elif role == "association":
            partner = PartnerFactory(kind="association", name_fr="Association test")
        result[role] = UserFactory(
            username=role,
            role=role,
            partner=partner,
            is_superuser=role == "admin",
            is_staff=role == "admin",
        )
        if role == "resident":  # a resident whose e-mail address is confirmed
            from django.utils import timezone

            from taawun.participation.models import Resident

            Resident.objects.get_or_create(
                user=result[role],
                defaults={
                    "display_name": "Résidente test",
                    "email_confirmed_at": timezone.now(),
                    "notice_version": "test",
                },
            )
    return result


@pytest.fixture
def users(db):
    """One user per role; representatives are tied to their own organisation."""
    return make_users()


# The rows the migrations wrote (agreement kinds, codelists), as serialized when the test
# database was made (the transactional tests ask for it: serialized_rollback).
_MIGRATION_ROWS = {}


@pytest.fixture(scope="session", autouse=True)
def _keep_migration_rows(django_db_setup):
    """Keep our own copy of the serialized rows: Django's may be gone after a restore."""
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            _MIGRATION_ROWS[connection.alias] = contents


def restore_migration_rows():
    """Put the migrations' rows of our own apps back after a transactional test emptied the
    tables (saving a serialized object updates it when it is there). Django's own tables
    (content types, permissions) are left to its post_migrate, which the flush ran."""
    from django.core import serializers
    from django.db import transaction

    for alias, contents in _MIGRATION_ROWS.items():
        with transaction.atomic(using=alias):
            for item in serializers.deserialize("json", contents, using=alias):
                if item.object._meta.app_config.name.startswith("taawun."):
                    item.save(using=alias)


@pytest.fixture(scope="module")
def restores_migration_rows(django_db_blocker):
    """For a module of transactional tests: the flush after its last test empties every table,
    the migrations' rows with them; they come back at the module's end, for the modules that
    run after it in the same process."""
    yield
    with django_db_blocker.unblock():
        restore_migration_rows()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Data built once for a whole module (a module fixture asks for this, then builds inside
    `django_db_blocker.unblock()`): one transaction held for the module and rolled back at its
    end. Each test still runs in its own savepoint (the `db` fixture), so what a test writes is
    undone after it while what the module built stays. The cache is cleared before each test
    as usual (`_fresh_cache`); objects a test gets from the module are shared, so a test must
    not change them in memory. Not for a module with transactional tests (live_server): they
    empty the tables the module's transaction holds."""
    from django.db import connections, transaction

    with django_db_blocker.unblock():
        atomics = {alias: transaction.atomic(using=alias) for alias in connections}
        for atomic in atomics.values():
            atomic.__enter__()
    yield
    with django_db_blocker.unblock():
        for alias, atomic in reversed(atomics.items()):
            transaction.set_rollback(True, using=alias)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def module_users(module_db, django_db_blocker):
    """`users`, built once for the module (see module_db)."""
    with django_db_blocker.unblock():
        return make_users()


@pytest.fixture
def commune(db):
    """The commune's own partner record, as its profile (the one row, pk=1) names it."""
    from taawun.territory.tests.factories import CommuneProfileFactory

    return CommuneProfileFactory().partner


@pytest.fixture
def client_for(client, users):
    """client_for("officer") -> a test client signed in as that role; None for anonymous."""
    from django.test import Client

    def make(role):
        c = Client()
        if role is not None:
            c.force_login(users[role])
        return c

    return make


@pytest.fixture(autouse=True)
def _files_built_at_once(monkeypatch):
    """Tests run without a worker: a built file a test asks for (core.published) is built at
    once, as the worker would, and then served from storage like any other. The queue itself
    is tested with this undone (taawun/core/tests/test_published.py)."""
    from taawun.core import published

    monkeypatch.setattr(published, "queue_build", published.build_file.call)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The database is rolled back after each test; the cache must be too."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
