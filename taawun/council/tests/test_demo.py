"""The demo's council sessions: the ordinary sessions of February, May and October 2025 and of
February 2026, the conventions they deliberated matching the agreements' own files, and the
coming session with the agreement waiting for deliberation."""

import io

import pytest
from django.core.management import call_command

from taawun.agreements.choices import Stage
from taawun.council.models import CouncilSession, SessionPoint


@pytest.fixture(scope="module", autouse=True)
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


pytestmark = pytest.mark.django_db


def test_the_ordinary_sessions_of_2025_and_february_2026():
    held = CouncilSession.objects.filter(status="held", is_public=True).order_by("opens_on")
    assert [(s.opens_on.year, s.opens_on.month) for s in held] == [
        (2025, 2), (2025, 5), (2025, 10), (2026, 2)
    ]  # fmt: skip


def test_each_deliberated_convention_matches_its_file():
    points = SessionPoint.objects.filter(agreement__isnull=False, recorded_at__isnull=False)
    # Two cooperation agreements, and the six grant conventions of the 2025 call (May 2025).
    assert points.count() == 2 + 6
    assert points.filter(session__opens_on__month=5, agreement__kind__code="grant").count() == 6
    for point in points.select_related("agreement", "session"):
        assert point.decision_number == point.agreement.council_decision_number
        assert point.session.opens_on == point.agreement.council_date
        assert point.agreement.council_session_fr == point.session.name_fr


def test_the_coming_session_proposes_the_agreement_on_the_agenda():
    coming = CouncilSession.objects.get(status="planned")
    agreements = coming.points.filter(agreement__isnull=False)
    assert [p.agreement.stage for p in agreements] == [Stage.AGENDA]
    # and the Tamraght association's admissible petition (the participation demo) beside it
    (petition_point,) = coming.points.filter(agreement__isnull=True)
    assert petition_point.petition.reference.startswith("PT-")


def test_loading_again_creates_no_session():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "council sessions               created   0, already present   5" in out.getvalue()
