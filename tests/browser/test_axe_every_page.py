"""axe on every page (issue 10 acceptance): no serious or critical violation on every public and
workspace page, in Arabic and French, on a phone (360 px) and a desktop, over the demo's content.

The pages are not listed by hand: every GET entry of the authorization matrix that answers 200 to
anonymous (public, visited signed out) or to the officer (workspace, visited signed in), its
arguments built from the demo's records (the first that answers, one record per kind). Whatever
is not an HTML page — files, feeds, the API, exports, PDFs, charts, htmx fragments — is skipped
by its answer (not text/html, or no <html>). One browser context per viewport and language, page
after page; the failures of every page are gathered and listed together."""

import os
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.test_authorization import ANON, MATRIX

from .conftest import DESKTOP, PHONE
from .test_map import refuse_tiles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# (label, viewport, language, browser locale). The four runs take about 3 min 15 s on a quiet
# machine (over 6 min with the full suite running beside them); TAAWUN_AXE_QUICK=1 leaves French
# on a phone out.
RUNS = [
    ("ar-phone", PHONE, "ar", "ar-MA"),
    ("ar-desktop", DESKTOP, "ar", "ar-MA"),
    ("fr-desktop", DESKTOP, "fr", "fr-FR"),
]
if not os.environ.get("TAAWUN_AXE_QUICK"):
    RUNS.append(("fr-phone", PHONE, "fr", "fr-FR"))
NOT_PAGES = ("api:", "admin:")  # the API's browsable pages and Django's admin are not ours
# Uploaded files (the demo uploads none, so no record answers 200): not pages either.
FILES = {
    "agreements:document",
    "agreements:convention",
    "grants:document",
    "grants:report-document",
    "information:document",
    "participation:request-document",
    "coordination:action-evidence",
    "coordination:minutes-signed",
    "portal:agreement-document",
    "portal:update-photo",
    "priorities:photo",
    "projects:update-photo",
    "knowledge:practice-file",
    "practices:file",
    "knowledge:mission-report-file",
}


@pytest.fixture
def demo(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)
    declare_a_payment()


def declare_a_payment():
    """A payment awaiting finance's decision, through the service (the demo's representatives
    have no cash tranche outstanding): the declarations list and the confirm and refuse pages
    are then pages with content."""
    from decimal import Decimal

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from taawun.accounts.models import User
    from taawun.agreements import services
    from taawun.agreements.choices import ObligationKind, Stage
    from taawun.agreements.models import Obligation

    obligation = next(
        o
        for o in Obligation.objects.filter(
            party__agreement__stage=Stage.IN_FORCE, kind=ObligationKind.FINANCIAL
        ).order_by("pk")
        if o.outstanding_mad >= 1000
    )
    services.payment_declare(
        obligation=obligation,
        delivered_on=timezone.localdate(),
        mad_value=Decimal("1000"),
        note="Virement 2026/0457",
        proof=SimpleUploadedFile("avis.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
        by=User.objects.get(username="officer"),
    )


def _candidates(key):
    """Keyword arguments for a matrix key, from the demo's records (a few, the first that answers
    wins: a lifecycle step is offered for some records only)."""
    from taawun.agreements.models import Agreement, Document, Obligation, Party, PaymentDeclaration
    from taawun.coordination.models import ActionItem, AgendaItem, Committee, Meeting, Membership
    from taawun.council.models import CouncilSession, SessionPoint
    from taawun.funding.models import Bid, FundingOpportunity
    from taawun.grants.models import (
        Application,
        ApplicationDocument,
        Call,
        GrantReport,
        ReportDocument,
    )
    from taawun.knowledge.models import Mission, Practice, Replication, Training
    from taawun.participation.models import InformationRequest, Petition, Priority
    from taawun.partners.models import Partner
    from taawun.projects.models import (
        Contribution,
        Indicator,
        IndicatorPeriod,
        Milestone,
        Project,
        Transaction,
        Update,
    )
    from taawun.territory.models import Locality

    def pks(model, **extra):
        return [
            {"pk": pk, **extra}
            for pk in model.objects.order_by("pk").values_list("pk", flat=True)[:40]
        ]

    def of(queryset):
        return [{"pk": pk} for pk in queryset.values_list("pk", flat=True)[:40]]

    def slugs(model):
        rows = model.objects if isinstance(model, type) else model
        return [{"pk": o.pk, "slug": o.slug} for o in rows.order_by("pk")[:40]]

    builders = {
        "public_partner_slug": lambda: slugs(Partner),
        "other_partner": lambda: pks(Partner),
        "public_agreement_slug": lambda: slugs(Agreement),
        "agreement": lambda: pks(Agreement),
        "agreement_step": lambda: pks(Agreement, step="suspend"),
        "party": lambda: pks(Party),
        "party_step": lambda: pks(Party, step="approval"),
        "obligation": lambda: pks(Obligation),
        "declaration": lambda: pks(PaymentDeclaration),
        "document": lambda: pks(Document),
        "public_document": lambda: pks(Document),
        "public_project_slug": lambda: slugs(Project),
        "project": lambda: pks(Project),
        "contribution": lambda: pks(Contribution),
        "transaction": lambda: pks(Transaction),
        "milestone": lambda: pks(Milestone),
        "update": lambda: pks(Update),
        "indicator": lambda: pks(Indicator),
        "period": lambda: pks(IndicatorPeriod),
        "public_locality_slug": lambda: [
            {"slug": s} for s in Locality.objects.order_by("pk").values_list("slug", flat=True)[:5]
        ],
        "locality": lambda: pks(Locality, kind="localities")[:5],
        "locality_kind": lambda: [{"kind": "localities"}],
        "report_year": lambda: [{"year": 2025}],
        "chart": lambda: [{"name": "domains"}],
        "dataset": lambda: [{"name": "partners", "fmt": "csv"}],
        "feed": lambda: [{"language": "ar"}],
        "csv": lambda: [{"fmt": "csv"}],
        "choices": lambda: [{"kind": "partners"}],
        "committee": lambda: pks(Committee),
        "public_committee_slug": lambda: slugs(Committee),
        "membership": lambda: pks(Membership),
        "meeting": lambda: pks(Meeting),
        "agenda_item": lambda: pks(AgendaItem),
        "action_item": lambda: pks(ActionItem),
        "council_session": lambda: pks(CouncilSession),
        "public_council_session_slug": lambda: slugs(CouncilSession),
        "council_point": lambda: pks(SessionPoint),
        "priority": lambda: pks(Priority),
        "public_priority_slug": lambda: slugs(Priority.public_objects),
        "confirmation": lambda: [{"token": "not-a-token"}],
        "information_request": lambda: pks(InformationRequest),
        "request_reference": lambda: [
            {"reference": r}
            for r in InformationRequest.objects.values_list("reference", flat=True)[:3]
        ],
        "petition": lambda: pks(Petition),
        "answered_request": lambda: of(InformationRequest.objects.exclude(answer_document="")),
        "request_document_token": lambda: [],  # a file behind a signed link, not a page
        "public_petition_slug": lambda: slugs(Petition.objects.public()),
        "public_call_slug": lambda: slugs(Call.objects.public()),
        # the workspace's calls and applications: the 2025 call reviewed, the 2027 one open
        "grant_call": lambda: pks(Call),
        "grant_application": lambda: pks(Application),
        "grant_document": lambda: pks(ApplicationDocument)[:1],
        "grant_report": lambda: of(GrantReport.objects.order_by("-state", "pk")),
        "grant_report_piece": lambda: pks(ReportDocument)[:1],
        "grant_step": lambda: [],
        # the convention drafted from an agreement (files: asked, not checked by axe) and
        # the templates' edit page
        "convention": lambda: [
            {"pk": kwargs["pk"], "language": "ar", "fmt": "pdf"} for kwargs in pks(Agreement)[:1]
        ],
        "convention_template": lambda: [{"kind": "grant", "language": "ar"}],
        "public_call": lambda: of(Call.objects.public()),
        "grant_award": lambda: of(Application.objects.awards()),
        # good practices, funding, the alignment matrix and the partner brief
        "practice": lambda: pks(Practice),
        "practice_step": lambda: [],
        "practice_file": lambda: [],
        "public_practice_file": lambda: [],
        "replication": lambda: pks(Replication),
        "public_practice_slug": lambda: slugs(Practice.objects.public()),
        "opportunity": lambda: pks(FundingOpportunity),
        "opportunity_project": lambda: [
            {"pk": o, "project": p}
            for o in FundingOpportunity.objects.values_list("pk", flat=True)[:1]
            for p in Project.objects.values_list("pk", flat=True)[:1]
        ],
        "bid": lambda: pks(Bid),
        "bid_step": lambda: [],
        "public_opportunity_slug": lambda: slugs(FundingOpportunity.objects.public()),
        "alignment_axis": lambda: [{"number": 1}],
        "alignment_csv": lambda: [{"fmt": "csv"}],
        "brief_partner": lambda: pks(Partner)[:1],
        "mission": lambda: pks(Mission),
        "training": lambda: pks(Training),
        "mission_step": lambda: [],
        "public_mission_slug": lambda: slugs(Mission.objects.public()),
    }
    return builders[key]()


def _pages(language):
    """[(role, path)]: every HTML page of the matrix, public ones first; and the entries that
    should be pages but found no demo record answering 200."""
    from taawun.accounts.models import User

    clients = {ANON: Client(), "officer": Client()}
    clients["officer"].force_login(User.objects.get(username="officer"))
    pages, unanswered = [], []
    for name, (method, key, expected) in sorted(MATRIX.items()):
        if method != "get" or name.startswith(NOT_PAGES) or name in FILES:
            continue
        role = ANON if expected[ANON] == 200 else "officer" if expected["officer"] == 200 else None
        if role is None:
            continue
        found = False
        with translation.override(language):
            for kwargs in _candidates(key) if key else [{}]:
                path = reverse(name, kwargs=kwargs)
                response = clients[role].get(path)
                if response.status_code != 200:
                    continue
                found = True
                is_page = response.get("Content-Type", "").startswith("text/html") and (
                    b"<html" in b"".join(response)
                    if response.streaming
                    else b"<html" in response.content
                )
                if is_page:
                    pages.append((role, path))
                break
        if not found:
            unanswered.append(f"{name} ({role}): no demo record answers 200")
    pages.sort(key=lambda page: page[0] != ANON)  # signed out first, then the officer's
    return pages, unanswered


def _sign_in(tab, username):
    from taawun.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    tab.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": tab.base_url}]
    )


@pytest.mark.usefixtures("demo")
def test_axe_finds_no_serious_violation_on_any_page(open_tab):
    failures, seen, timings = [], {}, []
    for label, viewport, language, locale in RUNS:
        started = time.monotonic()
        pages, unanswered = _pages(language)
        failures += [f"[{language}] {line}" for line in unanswered]
        seen[language] = len(pages)
        tab = open_tab(viewport=viewport, locale=locale, label=f"axe-{label}")
        refuse_tiles(tab)
        signed_in = False
        for role, path in pages:
            if role != ANON and not signed_in:
                _sign_in(tab, "officer")
                signed_in = True
            try:
                tab.goto(path)
            except (pytest.fail.Exception, AssertionError) as error:
                message = getattr(error, "msg", None) or str(error)
                failures.append(f"[{label}] {path} ({role}):\n  " + message.replace("\n", "\n  "))
                tab.unchecked_url = None
        tab.context.close()
        timings.append(f"{label}: {len(pages)} pages in {time.monotonic() - started:.0f} s")
    print("\n".join(timings))
    assert seen["ar"] > 30 and seen["fr"] == seen["ar"], seen
    assert not failures, "\n".join(failures)
