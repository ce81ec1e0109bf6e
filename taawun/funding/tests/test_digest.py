"""The weekly digest of funding: the deadlines within 60 days, soonest first, each with the
projects that fit it (the same as the matching's); the bids still being prepared; the
opportunities recorded in the past week; in a fixed number of queries; mailed by the worker to
the administrator and the officer in their languages, and to nobody when there is nothing."""

import datetime
import io
from datetime import time
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from taawun.funding import services
from taawun.funding.digest import weekly_digest
from taawun.funding.matching import match_projects

from .test_matching import english, world  # noqa: F401 - the fixtures

pytestmark = pytest.mark.django_db
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def another(found, days, state="open", programme="Autre appel"):
    opportunity = services.opportunity_save(
        by=found["officer"], donor=found["donor"], programme_ar="برنامج", programme_fr=programme,
        summary_ar="م", summary_fr="R", currency="EUR", state=state,
    )  # fmt: skip
    services.deadline_add(
        opportunity=opportunity, by=found["officer"],
        day=timezone.localdate() + datetime.timedelta(days=days), time=time(12, 0),
    )  # fmt: skip
    return opportunity


def test_the_digest_lists_the_deadlines_ahead_with_the_projects_that_fit(world):  # noqa: F811
    sooner = another(world, 20, programme="Appel proche")
    another(world, 90, programme="Appel lointain")  # beyond 60 days
    another(world, 10, state="archived", programme="Appel archivé")
    bid = services.bid_save(by=world["officer"], opportunity=world["opportunity"],
                            project=world["projects"]["A"], amount=Decimal("50000"))  # fmt: skip
    digest = weekly_digest()
    assert [u.opportunity for u in digest.upcoming] == [sooner, world["opportunity"]]
    first, second = digest.upcoming
    assert (first.days_left, second.days_left) == (20, 60)
    fits = [m.project.code for m in match_projects(world["opportunity"]) if m.fits]
    assert [m.project.code for m in second.matches] == fits == ["PRJ-T-A"]
    assert second.fitting == 1
    assert digest.preparing == [(bid, second)]
    assert {o.programme_fr for o in digest.new} == {
        "Appel Maroc 2027",
        "Appel proche",
        "Appel lointain",
    }  # recorded this week; the archived one is not worth telling


def test_the_digest_costs_the_same_queries_with_more_opportunities(world):  # noqa: F811
    with CaptureQueriesContext(connection) as one:
        weekly_digest()
    for days in (5, 15, 25):
        another(world, days)
    with CaptureQueriesContext(connection) as four:
        assert len(weekly_digest().upcoming) == 4
    assert len(four.captured_queries) == len(one.captured_queries)


@override_settings(TASKS=IMMEDIATE)
def test_the_command_mails_the_commune_staff_in_their_language(world, users, mailoutbox):  # noqa: F811
    users["officer"].language = "fr"
    users["officer"].save()
    users["admin"].language = "ar"
    users["admin"].save()
    out = io.StringIO()
    call_command("send_funding_digest", stdout=out)
    assert "Queued the digest for 2 recipients." in out.getvalue()
    mails = {tuple(m.to): m for m in mailoutbox}
    assert set(mails) == {("admin@example.org",), ("officer@example.org",)}
    french = mails["officer@example.org",]
    assert "Appel Maroc 2027" in french.body and "PRJ-T-A" in french.body
    assert "/manage/funding/" in french.body
    arabic = mails["admin@example.org",]
    assert "برنامج" in arabic.body


@override_settings(TASKS=IMMEDIATE)
def test_nothing_to_tell_sends_nothing(users, mailoutbox):
    out = io.StringIO()
    call_command("send_funding_digest", stdout=out)
    assert "no e-mail sent" in out.getvalue() and mailoutbox == []
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Not a date"):
        call_command("send_funding_digest", "--date", "2026-13-40", stdout=out)
