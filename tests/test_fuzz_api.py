"""API fuzzing: schemathesis over the whole OpenAPI schema (/api/v1/schema/), in process, on
the demo's data, with one check only: no server error.

The read side (GET) is fuzzed anonymously and as a partner's representative, the write side
(POST, PUT, PATCH, DELETE) as the commune's officer. A refusal (400, 403, 404, 405, 412) is an
answer; a 5xx fails the test with the case schemathesis found. The runs are deterministic
(a fixed seed, Hypothesis derandomized, no example database written under the tree) and bounded
(MAX_EXAMPLES per operation and role), so CI sees the same cases every time."""

import json

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

SCHEMA_URL = "/api/v1/schema/"
MAX_EXAMPLES = 25
READ = ["GET"]
WRITE = ["POST", "PUT", "PATCH", "DELETE"]
ROLES = {"anonymous": None, "representative": "partner-indh", "officer": "officer"}


class TestServer(WSGIHandler):
    """The application as WSGI, signing requests in as Django's test client does: the session
    cookie is real; only the CSRF token is not asked for (a client of the API with a session
    gets it from the cookie; the fuzzer is not exercising CSRF, which has its own tests)."""

    __test__ = False

    def get_response(self, request):
        request._dont_enforce_csrf_checks = True
        return super().get_response(request)


def fuzz_config():
    return schemathesis.Config.from_dict(
        {
            "seed": 20261203,
            "generation": {
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
            },
            # The coverage phase would add hundreds of boundary cases per operation; the fuzzing
            # phase with a fixed seed covers the same ground within the time CI allows.
            "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
        }
    )


@pytest.fixture(scope="module")
def demo(module_db, django_db_blocker):
    """The demo, loaded once for the module, and a signed-in session per role."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        from taawun.accounts.models import User

        cookies = {}
        for label, username in ROLES.items():
            if username is None:
                cookies[label] = {}
                continue
            client = Client()
            client.force_login(User.objects.get(username=username))
            cookies[label] = {"sessionid": client.cookies["sessionid"].value}
    return cookies


def load_schema():
    """The schema /api/v1/schema/ serves, built the way its view builds it, with the
    application as the WSGI transport. (schemathesis.openapi.from_wsgi would ask the view for
    it, but at collection time no database is open, and the lazy pytest.from_fixture loader
    relies on a pytest internal that pytest 9 removed.)"""
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    document = SchemaGenerator(patterns=None).get_schema(request=None, public=True)
    loaded = schemathesis.openapi.from_dict(
        json.loads(OpenApiJsonRenderer().render(document)), config=fuzz_config()
    )
    loaded.app = TestServer()
    loaded.location = SCHEMA_URL
    return loaded


@pytest.fixture(scope="module", autouse=True)
def _keep_the_test_connection():
    """As Django's test client does: a request must not close the connection that holds the
    test's transaction (close_old_connections on request_started/finished)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


schema = load_schema()

FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)


def call(case, cookies):
    case.call_and_validate(cookies=cookies, checks=[not_a_server_error])


@schema.include(method=READ).parametrize()
@FUZZ_SETTINGS
def test_the_read_side_answers_anonymous_callers_without_a_server_error(case, demo):
    call(case, demo["anonymous"])


@schema.include(method=READ).parametrize()
@FUZZ_SETTINGS
def test_the_read_side_answers_a_representative_without_a_server_error(case, demo):
    call(case, demo["representative"])


@schema.include(method=WRITE).parametrize()
@FUZZ_SETTINGS
def test_the_write_side_answers_the_officer_without_a_server_error(case, demo):
    call(case, demo["officer"])
