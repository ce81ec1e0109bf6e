"""The authorization matrix: every URL of the application, for anonymous and each role.

A URL pattern added without an entry here fails `test_every_url_has_an_entry`.
Entries give the HTTP method and the status expected per role; representatives
ask for another organisation's record, so they must get 403 or 404 there.
"""

from datetime import date

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from tests import matrix_funding, matrix_missions, matrix_practices, matrix_reports
from tests.roles import (  # noqa: F401 - the builders, for the entries below
    ANON,
    COMMUNE,
    DENIED,
    EDITORS,
    LOGIN,
    REPS,
    RESIDENT,
    ROLES,
    by_role,
    everyone,
    expect,
)

PARTS = (matrix_practices, matrix_missions, matrix_funding, matrix_reports)

# name -> (method, kwargs builder, {role: status})
MATRIX = {
    "root": ("get", None, everyone(302)),
    "healthz": ("get", None, everyone(200)),
    "robots": ("get", None, everyone(200)),
    "sitemap": ("get", None, everyone(200)),
    # Public portal
    "portal:home": ("get", None, everyone(200)),
    "portal:search": ("get", None, everyone(200)),
    "portal:partner-list": ("get", None, everyone(200)),
    "portal:partner-detail": ("get", "public_partner_slug", everyone(200)),
    # Accounts
    "accounts:login": ("get", None, by_role(anonymous=200, commune=302, reps=302, resident=302)),
    "accounts:logout": ("post", None, everyone(302)),
    "accounts:password-change": ("get", None, expect(200, resident=200)),
    "accounts:password-change-done": ("get", None, expect(200, resident=200)),
    "accounts:profile": ("get", None, expect(200)),
    "accounts:calendar": ("get", None, expect(200)),
    "accounts:notifications": ("get", None, expect(200)),
    # The personal calendar feed: the address is the secret; an unknown one is 404 for all.
    "calendar-feed": ("get", "unknown_feed", everyone(404)),
    # Workspace
    # A resident signing in lands here and is sent on to their own page of the portal.
    "reports:dashboard": ("get", None, expect(200, resident=302)),
    "reports:search": ("get", None, expect(200)),
    "partners:list": ("get", None, expect(200)),
    "partners:create": ("get", None, expect(403, editors=200)),
    "partners:import": ("get", None, expect(403, editors=200)),
    "partners:import-commit": ("post", None, expect(403, editors=302)),
    "partners:import-template": ("get", None, expect(403, editors=200)),
    "partners:import-template-file": ("get", "csv", expect(403, editors=200)),
    "partners:export": ("get", "csv", expect(200, reps=403)),
    "partners:detail": ("get", "other_partner", expect(200, reps=404)),
    "partners:update": ("get", "other_partner", expect(403, editors=200, reps=404)),
    "partners:archive": ("post", "other_partner", expect(403, editors=302)),
    "partners:publish": ("post", "other_partner", expect(403, editors=302)),
    "partners:unpublish": ("post", "other_partner", expect(403, editors=302)),
    "partners:history": ("get", "other_partner", expect(200, reps=404)),
    # Agreements: representatives only reach agreements their organisation is party to.
    "portal:agreement-list": ("get", None, everyone(200)),
    "portal:agreement-detail": ("get", "public_agreement_slug", everyone(200)),
    "portal:agreement-document": ("get", "public_document", everyone(200)),
    "agreements:list": ("get", None, expect(200)),
    "agreements:create": ("get", None, expect(403, editors=200)),
    "agreements:detail": ("get", "agreement", expect(200, reps=404)),
    "agreements:publish": ("post", "agreement", expect(403, editors=302)),
    "agreements:unpublish": ("post", "agreement", expect(403, editors=302)),
    "agreements:update": ("get", "agreement", expect(403, editors=200)),
    "agreements:history": ("get", "agreement", expect(200, reps=404)),
    "agreements:sheet": ("get", "agreement", expect(200, reps=404)),
    "agreements:sheet-pdf": ("get", "agreement", expect(200, reps=404)),
    # The convention drafted from the record: whoever sees the agreement; its templates: editors.
    "agreements:convention": ("get", "convention", expect(200, reps=404)),
    "agreements:convention-templates": ("get", None, expect(403, editors=200)),
    "agreements:convention-template": ("get", "convention_template", expect(403, editors=200)),
    "agreements:step": ("get", "agreement_step", expect(403, editors=200)),
    "agreements:party-create": ("get", "agreement", expect(403, editors=200)),
    "agreements:amendment-create": ("get", "agreement", expect(403, editors=200)),
    "agreements:document-create": ("get", "agreement", expect(403, editors=200)),
    "agreements:party-step": ("get", "party_step", expect(403, editors=200)),
    "agreements:obligation-create": ("get", "party", expect(403, editors=200)),
    "agreements:obligation-update": ("get", "obligation", expect(403, editors=200)),
    "agreements:obligation-waive": ("get", "obligation", expect(403, editors=200)),
    "agreements:obligation-unwaive": ("get", "obligation", expect(403, editors=200)),
    "agreements:amendment-apply": ("post", "amendment", expect(403, editors=302)),
    "agreements:delivery-create": ("get", "obligation", expect(200, council=403, reps=404)),
    "agreements:document": ("get", "document", expect(200, reps=404)),
    "agreements:payment-declare": ("get", "obligation", expect(200, council=403, reps=404)),
    "agreements:payment-list": ("get", None, expect(200, council=403)),
    "agreements:payment-confirm": ("get", "declaration", expect(200, council=403, reps=403)),
    "agreements:payment-refuse": ("get", "declaration", expect(200, council=403, reps=403)),
    "finance:rates": ("get", None, expect(200, reps=403)),
    "api:agreement-list": ("get", None, everyone(200)),
    "api:agreement-detail": ("get", "agreement", by_role(anonymous=200, commune=200, reps=404)),
    # Projects: money is recorded by finance; the rest of the project by the officer.
    "portal:project-list": ("get", None, everyone(200)),
    "portal:project-detail": ("get", "public_project_slug", everyone(200)),
    "projects:list": ("get", None, expect(200)),
    "projects:detail": ("get", "project", expect(200, reps=404)),
    "projects:publish": ("post", "project", expect(403, editors=302)),
    "projects:unpublish": ("post", "project", expect(403, editors=302)),
    "projects:history": ("get", "project", expect(200, reps=404)),
    "projects:create": ("get", None, expect(403, editors=200)),
    "projects:update": ("get", "project", expect(403, editors=200)),
    "projects:contribution-create": ("get", "project", expect(403, editors=200)),
    "projects:contribution-update": ("get", "contribution", expect(403, editors=200)),
    "projects:contribution-delete": ("post", "fresh_contribution", expect(403, editors=302)),
    "projects:milestone-create": ("get", "project", expect(403, editors=200)),
    "projects:milestone-update": ("get", "milestone", expect(403, editors=200)),
    "projects:update-create": ("get", "project", expect(403, editors=200)),
    "projects:update-edit": ("get", "update", expect(403, editors=200)),
    "projects:update-delete": ("post", "fresh_update", expect(403, editors=302)),
    "projects:update-photo": ("get", "update", expect(200, reps=404)),
    "portal:update-photo": ("get", "update", everyone(200)),
    "projects:indicator-create": ("get", "project", expect(403, editors=200)),
    "projects:indicator-update": ("get", "indicator", expect(403, editors=200)),
    "projects:period-create": ("get", "indicator", expect(403, editors=200)),
    "projects:period-update": ("get", "period", expect(403, editors=200)),
    "projects:transaction-create": ("get", "project", expect(403, admin=200, finance=200)),
    "projects:transaction-update": ("get", "transaction", expect(403, admin=200, finance=200)),
    "projects:transaction-delete": (
        "post",
        "fresh_transaction",
        expect(403, admin=302, finance=302),
    ),
    "projects:transactions-import": ("get", None, expect(403, admin=200, finance=200)),
    "projects:transactions-import-commit": ("post", None, expect(403, admin=302, finance=302)),
    "projects:transactions-import-template": ("get", None, expect(403, admin=200, finance=200)),
    "projects:projects-export": ("get", "csv", expect(200, reps=403)),
    "projects:transactions-export": ("get", "csv", expect(200, reps=403)),
    "api:project-list": ("get", None, everyone(200)),
    "api:project-detail": ("get", "project", by_role(anonymous=200, commune=200, reps=404)),
    "api:project-geojson": ("get", None, everyone(200)),
    "reports:chart": ("get", "chart", expect(200)),
    # Open data: public files, only public records in them (tests/test_public_data.py)
    "open-data": ("get", None, everyone(200)),
    "portal:locality-list": ("get", None, everyone(200)),
    "portal:locality-detail": ("get", "public_locality_slug", everyone(200)),
    "portal:news": ("get", None, everyone(200)),
    "portal:how": ("get", None, everyone(200)),
    "portal:accessibility": ("get", None, everyone(200)),
    "portal:legal": ("get", None, everyone(200)),
    "portal:personal-data": ("get", None, everyone(200)),
    "core:design": ("get", None, expect(200, council=403, reps=403)),
    "core:choices": ("get", "choices", everyone(200)),
    "report:index": ("get", None, everyone(200)),
    "report:page": ("get", "report_year", everyone(200)),
    "report:pdf": ("get", "report_year", everyone(200)),
    "opendata:dataset": ("get", "dataset", everyone(200)),
    "opendata:iati-activities": ("get", None, everyone(200)),
    "opendata:iati-organisation": ("get", None, everyone(200)),
    "opendata:updates-feed": ("get", "feed", everyone(200)),
    "opendata:priorities-feed": ("get", "feed", everyone(200)),
    "opendata:practices-feed": ("get", "feed", everyone(200)),
    "opendata:opportunities-feed": ("get", "feed", everyone(200)),
    "territory:index": ("get", None, expect(200, reps=403)),
    "territory:commune": ("get", None, expect(403, admin=200)),
    "territory:create": ("get", "locality_kind", expect(403, editors=200)),
    "territory:update": ("get", "locality", expect(403, editors=200)),
    "territory:history": ("get", "locality", expect(200, reps=403)),
    # API: reading is public (scoped), writing is checked in the API tests
    "api:api-root": ("get", None, everyone(200)),
    "api:partner-list": ("get", None, everyone(200)),
    "api:partner-detail": ("get", "other_partner", by_role(anonymous=200, commune=200, reps=404)),
    "api:schema": ("get", None, everyone(200)),
    "api:docs": ("get", None, everyone(200)),
    # Coordination: a committee the representatives' organisations do not sit on
    "coordination:committee-list": ("get", None, expect(200)),
    "coordination:committee-create": ("get", None, expect(403, editors=200)),
    "coordination:committee-detail": ("get", "committee", expect(200, reps=404)),
    "coordination:committee-update": ("get", "committee", expect(403, editors=200)),
    "coordination:committee-publish": ("post", "committee", expect(403, editors=302)),
    "coordination:committee-unpublish": ("post", "committee", expect(403, editors=302)),
    "coordination:membership-create": ("get", "committee", expect(403, editors=200)),
    "coordination:membership-update": ("get", "membership", expect(403, editors=200)),
    "coordination:meeting-create": ("get", "committee", expect(403, editors=200)),
    "coordination:meeting-detail": ("get", "meeting", expect(200, reps=404)),
    "coordination:meeting-update": ("get", "meeting", expect(403, editors=200)),
    "coordination:meeting-calendar": ("get", "meeting", expect(200, reps=404)),
    "coordination:meeting-held": ("post", "planned_meeting", expect(403, editors=302)),
    "coordination:meeting-cancel": ("post", "planned_meeting", expect(403, editors=302)),
    "coordination:meeting-invite": ("post", "planned_meeting", expect(403, editors=302)),
    "coordination:meeting-attendance": ("get", "meeting", expect(403, editors=200)),
    # Another organisation's invitation: answered only by its invitee, so nobody here finds it.
    "coordination:attendance-reply": ("post", "attendance", expect(404)),
    "coordination:item-create": ("get", "meeting", expect(403, editors=200)),
    "coordination:item-update": ("get", "agenda_item", expect(403, editors=200)),
    "coordination:minutes-advance": ("post", "meeting", expect(403, editors=302)),
    "coordination:minutes-signed-create": ("get", "meeting", expect(403, editors=200)),
    "coordination:minutes-signed": ("get", "meeting", expect(200, reps=404)),
    "coordination:decision-create": ("get", "meeting", expect(403, editors=200)),
    "coordination:action-create": ("get", "meeting", expect(403, editors=200)),
    "coordination:action-list": ("get", None, expect(200)),
    "coordination:action-update": ("get", "action_item", expect(403, editors=200)),
    "coordination:action-status": (
        "get",
        "action_item",
        by_role(anonymous=302, editors=200, finance=403, council=403, reps=404),
    ),
    "coordination:action-evidence": ("get", "action_item", expect(200, reps=404)),
    "coordination-public:committee-list": ("get", None, everyone(200)),
    "coordination-public:committee-detail": ("get", "public_committee_slug", everyone(200)),
    "coordination-public:meeting-detail": ("get", "meeting", everyone(200)),
    "coordination-public:meeting-calendar": ("get", "meeting", everyone(200)),
    "coordination-public:calendar": ("get", None, everyone(200)),
    # The council's sessions: the commune reads, its editors write; representatives have none.
    "council:session-list": ("get", None, expect(200, reps=403)),
    "council:session-create": ("get", None, expect(403, editors=200)),
    "council:session-detail": ("get", "council_session", expect(200, reps=404)),
    "council:session-update": ("get", "council_session", expect(403, editors=200)),
    "council:session-publish": ("post", "council_session", expect(403, editors=302)),
    "council:session-unpublish": ("post", "council_session", expect(403, editors=302)),
    "council:points-add-proposed": ("post", "council_session", expect(403, editors=302)),
    "council:point-create": ("get", "council_session", expect(403, editors=200)),
    "council:point-update": ("get", "council_point", expect(403, editors=200)),
    "council:point-outcome": ("get", "council_point", expect(403, editors=200)),
    "council-public:session-list": ("get", None, everyone(200)),
    "council-public:session-detail": ("get", "public_council_session_slug", everyone(200)),
    "api:councilsession-list": ("get", None, everyone(200)),
    "api:councilsession-detail": ("get", "council_session", everyone(200)),
    # Coordination's API: the public committee, meeting and decision for anyone, the workspace
    # scope when signed in; action items only in the workspace scope.
    "api:committee-list": ("get", None, everyone(200)),
    "api:committee-detail": ("get", "committee", by_role(anonymous=200, commune=200, reps=404)),
    "api:meeting-list": ("get", None, everyone(200)),
    "api:meeting-detail": ("get", "meeting", by_role(anonymous=200, commune=200, reps=404)),
    "api:decision-list": ("get", None, everyone(200)),
    "api:decision-detail": ("get", "decision", by_role(anonymous=200, commune=200, reps=404)),
    "api:actionitem-list": ("get", None, by_role(anonymous=403, commune=200, reps=200)),
    "api:actionitem-detail": (
        "get",
        "action_item",
        by_role(anonymous=403, commune=200, reps=404),
    ),
    # Participation: the commune reads the priorities, its editors moderate and answer;
    # residents propose and support on the portal, and keep their own account there.
    "participation:list": ("get", None, expect(403, commune=200)),
    "participation:detail": ("get", "priority", expect(404, commune=200)),
    "participation:publish": ("post", "priority", expect(403, editors=302)),
    "participation:hide": ("get", "priority", expect(403, editors=200)),
    "participation:answer": ("get", "priority", expect(403, editors=200)),
    "participation:paper-supports": ("get", "priority", expect(403, editors=200)),
    "participation:link-create": ("get", "priority", expect(403, editors=200)),
    "participation:link-delete": ("post", "priority_link", expect(403, editors=302)),
    "participation:verify": ("get", None, expect(403, editors=200)),
    "participation:request-list": ("get", None, expect(403, commune=200)),
    "participation:request-create": ("get", None, expect(403, editors=200)),
    "participation:request-detail": ("get", "information_request", expect(404, commune=200)),
    "participation:request-extend": ("get", "information_request", expect(403, editors=200)),
    "participation:request-answer": ("get", "information_request", expect(403, editors=200)),
    "participation:request-document": ("get", "answered_request", expect(404, commune=200)),
    "participation:petition-list": ("get", None, expect(403, commune=200)),
    "participation:petition-create": ("get", None, expect(403, editors=200)),
    "participation:petition-detail": ("get", "petition", expect(404, commune=200)),
    "participation:petition-sign": ("get", "petition", expect(403, editors=200)),
    "participation:petition-admit": ("get", "petition", expect(403, editors=200)),
    "participation:petition-refuse": ("get", "petition", expect(403, editors=200)),
    "participation:petition-place": ("get", "petition", expect(403, editors=200)),
    "participation:petition-withdraw": ("get", "petition", expect(403, editors=200)),
    "participation:petition-import": ("get", "petition", expect(403, editors=200)),
    "participation:petition-import-commit": ("post", "petition", expect(403, editors=302)),
    "participation:petition-import-template": ("get", "petition", expect(403, editors=200)),
    "grants:call-list": ("get", None, expect(403, commune=200, association=200)),
    "grants:call-create": ("get", None, expect(403, editors=200)),
    "grants:call-detail": ("get", "grant_call", expect(403, commune=200, association=200)),
    "grants:call-edit": ("get", "grant_call", expect(403, editors=200)),
    "grants:call-step": ("post", "grant_step", expect(403, editors=302)),
    "grants:selection": ("get", "grant_call", expect(403, editors=200)),
    "grants:call-reviewers": ("get", "grant_call", expect(403, editors=200)),
    "grants:money": ("get", None, expect(403, commune=200)),
    "grants:apply": ("get", "grant_call", expect(403, association=200)),
    "grants:application-detail": (
        "get",
        "grant_application",
        expect(404, commune=200, association=200),
    ),  # fmt: skip
    "grants:application-edit": ("get", "grant_application", expect(403, association=200)),
    "grants:budget": ("get", "grant_application", expect(403, association=200)),
    "grants:document-join": ("get", "grant_application", expect(403, association=200)),
    "grants:submit": ("post", "grant_application", expect(403, association=302)),
    "grants:withdraw": ("post", "grant_application", expect(403, association=302)),
    "grants:screen": ("get", "grant_application", expect(403, editors=200)),
    "grants:review": ("get", "grant_application", expect(403, commune=200)),
    "grants:document": ("get", "grant_document", expect(404, commune=200, association=200)),
    "grants:report-file": ("get", "grant_report", expect(403, association=200)),
    "grants:report-decide": ("get", "grant_report", expect(403, editors=200)),
    "grants:report-dates": ("get", "grant_application", expect(403, editors=200)),
    "grants:report-document": (
        "get",
        "grant_report_piece",
        expect(404, commune=200, association=200),
    ),  # fmt: skip
    "petitions:list": ("get", None, everyone(200)),
    "petitions:detail": ("get", "public_petition_slug", everyone(200)),
    # Calls for projects on the portal and in the API: the calls once published, the awards once
    # the results are (grants.public, grants.api).
    "calls:list": ("get", None, everyone(200)),
    "calls:detail": ("get", "public_call_slug", everyone(200)),
    "api:call-list": ("get", None, everyone(200)),
    "api:call-detail": ("get", "public_call", everyone(200)),
    "api:grant-list": ("get", None, everyone(200)),
    "api:grant-detail": ("get", "grant_award", everyone(200)),
    "information:register": ("get", None, everyone(200)),
    "information:file": ("get", None, everyone(200)),
    "information:received": ("get", "request_reference", everyone(200)),
    "information:transparency": ("get", None, everyone(200)),
    "information:document": ("get", "request_document_token", everyone(200)),
    "priorities:list": ("get", None, everyone(200)),
    "priorities:detail": ("get", "public_priority_slug", everyone(200)),
    "priorities:photo": ("get", "priority", everyone(200)),
    "priorities:flag": ("get", "priority", everyone(200)),
    "priorities:propose": (
        "get",
        None,
        by_role(anonymous=302, commune=403, partner=403, association=200, resident=200),
    ),
    # Supporting answers with a message and goes back to the priority, whoever asks.
    "priorities:support": ("post", "priority", everyone(302)),
    "api:priority-list": ("get", None, everyone(200)),
    "api:priority-detail": ("get", "priority", everyone(200)),
    "api:priority-geojson": ("get", None, everyone(200)),
    "residents:sign-up": ("get", None, by_role(anonymous=200, commune=302, reps=302, resident=302)),
    "residents:sign-up-done": ("get", None, everyone(200)),
    "residents:confirm": ("get", "confirmation", everyone(200)),
    "residents:me": ("get", None, expect(403, resident=200)),
    "residents:my-data": ("get", None, expect(403, resident=200)),
    "residents:my-emails": ("post", None, expect(403, resident=302)),
    "residents:delete": ("get", None, expect(403, resident=200)),
    # Django's own admin: superusers only
    "admin:index": (
        "get",
        None,
        by_role(
            anonymous=302, admin=200, officer=302, finance=302, council=302, reps=302, resident=302
        ),
    ),
}
# The rest of Django's admin is guarded by the admin site itself (is_staff + superuser);
# the index entry above proves the guard for every role.
SKIPPED_NAMESPACES = {"admin"}


def _walk(patterns, namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace
            full = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
            yield from _walk(entry.url_patterns, full)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}:{entry.name}" if namespace else entry.name


def all_url_names():
    return set(_walk(get_resolver().url_patterns))


for _part in PARTS:  # the exchange of expertise, funding, the matrix and the brief
    MATRIX.update(_part.MATRIX)


def test_every_url_has_an_entry():
    names = {n for n in all_url_names() if n.split(":")[0] not in SKIPPED_NAMESPACES}
    names.add("admin:index")
    missing = sorted(names - set(MATRIX))
    stale = sorted(set(MATRIX) - names)
    assert not missing, f"URLs without an authorization entry: {missing}"
    assert not stale, f"entries for URLs that no longer exist: {stale}"


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    """Uploaded files of the module's world, kept for the whole module."""
    from django.test.utils import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(scope="module")
def objects(module_db, module_users, media_root, django_db_blocker):
    """The world every URL is asked about, built once for the module (root conftest's
    module_db): each test runs in its own savepoint, so a deletion is undone after it."""
    with django_db_blocker.unblock():
        return _build_objects()


@pytest.fixture
def client_for(db, module_users):
    """client_for("officer") -> a client signed in as that role, over the module's users."""
    from django.test import Client

    def make(role):
        c = Client()
        if role is not None:
            c.force_login(module_users[role])
        return c

    return make


def _build_objects():
    from django.core.files.base import ContentFile

    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Amendment, Document
    from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
    from taawun.partners.tests.factories import ContactFactory, PartnerFactory
    from taawun.territory.tests.factories import LocalityFactory

    other = PartnerFactory(name_fr="Conseil régional Souss-Massa", kind="region")
    ContactFactory(partner=other)
    locality = LocalityFactory()
    agreement = AgreementFactory(stage=Stage.IN_FORCE)
    party = PartyFactory(agreement=agreement, partner=other)
    obligation = ObligationFactory(party=party)
    amendment = Amendment.objects.create(
        agreement=agreement, number=1, dated="2025-01-01", title_ar="ملحق", title_fr="Avenant"
    )
    document = Document.objects.create(
        agreement=agreement,
        title_fr="Convention",
        category="signed",
        is_public=True,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="c.pdf"),
    )
    from decimal import Decimal

    from taawun.projects.models import (
        Contribution,
        Indicator,
        IndicatorPeriod,
        Milestone,
        Transaction,
        Update,
    )
    from taawun.projects.tests.factories import ProjectFactory

    project = ProjectFactory()
    money = {"amount": Decimal("1000"), "currency": "MAD", "mad_value": Decimal("1000")}

    def contribution():
        return Contribution.objects.create(project=project, partner=other, kind="cash", **money)

    def transaction():
        return Transaction.objects.create(
            project=project,
            type="11",
            date="2025-02-01",
            provider=other,
            rate=Decimal("1"),
            **money,
        )

    milestone = Milestone.objects.create(
        project=project, title_ar="مرحلة", title_fr="Étape", planned_date="2025-06-01"
    )
    indicator = Indicator.objects.create(
        project=project, name_ar="مؤشر", name_fr="Indicateur", result_type="1", measure="1"
    )
    period = IndicatorPeriod.objects.create(
        indicator=indicator, period_start="2025-01-01", period_end="2025-12-31", target=10, actual=5
    )
    kept_contribution, kept_transaction = contribution(), transaction()
    update = Update.objects.create(
        project=project,
        date="2025-05-01",
        title_ar="خبر",
        title_fr="Nouvelle",
        is_public=True,
        photo=ContentFile(b"\x89PNG\r\n\x1a\n", name="p.png"),
    )
    from taawun.agreements.models import PaymentDeclaration

    declaration = PaymentDeclaration.objects.create(
        obligation=obligation, delivered_on="2025-03-01", mad_value=Decimal("500"), proof=document
    )
    coordination = _coordination_objects(other)
    return {
        **coordination,
        **_council_objects(agreement),
        **_participation_objects(project),
        **_grants_objects(),
        **_public_grants_objects(),
        **{k: v for part in PARTS for k, v in part.objects(project=project, partner=other).items()},
        "project": {"pk": project.pk},
        "public_project_slug": lambda: {"pk": project.pk, "slug": project.slug},
        "contribution": {"pk": kept_contribution.pk},
        "transaction": {"pk": kept_transaction.pk},
        "milestone": {"pk": milestone.pk},
        "update": {"pk": update.pk},
        "indicator": {"pk": indicator.pk},
        "period": {"pk": period.pk},
        # deleting consumes the record: each role gets its own
        "fresh_contribution": lambda: {"pk": contribution().pk},
        "fresh_transaction": lambda: {"pk": transaction().pk},
        "fresh_update": lambda: {
            "pk": Update.objects.create(
                project=project, date="2025-05-02", title_ar="خبر", title_fr="Nouvelle"
            ).pk
        },
        "chart": {"name": "domains"},
        "report_year": {"year": 2025},
        "public_locality_slug": {"slug": locality.slug},
        "dataset": {"name": "partners", "fmt": "csv"},
        "feed": {"language": "ar"},
        "unknown_feed": {"token": "unknown.token"},
        "agreement": {"pk": agreement.pk},
        "public_agreement_slug": lambda: {"pk": agreement.pk, "slug": agreement.slug},
        "agreement_step": {"pk": agreement.pk, "step": "suspend"},
        "convention": {"pk": agreement.pk, "language": "ar", "fmt": "docx"},
        "convention_template": {"kind": "partnership", "language": "ar"},
        "party": {"pk": party.pk},
        "party_step": {"pk": party.pk, "step": "approval"},
        "obligation": {"pk": obligation.pk},
        "declaration": {"pk": declaration.pk},
        "amendment": {"pk": amendment.pk},
        "document": {"pk": document.pk},
        "public_document": {"pk": document.pk},
        "public_partner_slug": lambda: {"pk": other.pk, "slug": other.slug},
        "other_partner": {"pk": other.pk},
        "csv": {"fmt": "csv"},
        "choices": {"kind": "partners"},
        "locality_kind": {"kind": "localities"},
        "locality": {"kind": "localities", "pk": locality.pk},
    }


def _coordination_objects(other):
    """A published committee with `other` as its only member: a held public meeting with
    approved minutes and their signed scan, a planned one, an action item with its evidence."""
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from taawun.coordination.models import ActionItem, Committee, Decision, Meeting, Membership

    committee = Committee.objects.create(
        kind="steering", name_ar="لجنة القيادة", name_fr="Comité de pilotage", is_public=True
    )
    membership = Membership.objects.create(committee=committee, person_name="M. X", partner=other)
    start = timezone.now() - timedelta(days=3)
    meeting = Meeting.objects.create(
        committee=committee,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        visibility="public",
        status="held",
        minutes_status="approved",
        signed_minutes=ContentFile(b"%PDF-1.4\n", name="m.pdf"),
        signed_minutes_type="application/pdf",
    )
    later = timezone.now() + timedelta(days=30)
    planned = Meeting.objects.create(
        committee=committee, starts_at=later, ends_at=later + timedelta(hours=2)
    )
    item = meeting.agenda_items.create(title_ar="نقطة", title_fr="Point")
    invitation = planned.attendances.create(membership=membership)
    action = ActionItem.objects.create(
        committee=committee,
        meeting=meeting,
        title_ar="إجراء",
        title_fr="Action",
        owner_partner=other,
        due_on=timezone.localdate(),
        evidence_file=ContentFile(b"%PDF-1.4\n", name="e.pdf"),
        evidence_type="application/pdf",
    )
    decision = Decision.objects.create(
        committee=committee, meeting=meeting, year=2026, number=1, text_ar="مقرر",
        text_fr="Décision", by_consensus=True,
    )  # fmt: skip
    return {
        "decision": {"pk": decision.pk},
        "committee": {"pk": committee.pk},
        "public_committee_slug": lambda: {"pk": committee.pk, "slug": committee.slug},
        "membership": {"pk": membership.pk},
        "meeting": {"pk": meeting.pk},
        "planned_meeting": {"pk": planned.pk},
        "attendance": {"pk": invitation.pk},
        "agenda_item": {"pk": item.pk},
        "action_item": {"pk": action.pk},
    }


def _grants_objects():
    """An open call and a draft application of the matrix's association, with a document."""
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from taawun.grants.models import Application, ApplicationDocument, Call
    from taawun.partners.tests.factories import PartnerFactory
    from taawun.territory.tests.factories import LocalityFactory

    now = timezone.now()
    call = Call.objects.create(
        reference="AP-2026-01", year=2026, number=1, title_ar="طلب", title_fr="Appel",
        description_ar="د", description_fr="D", legal_basis="Délibération 1/2026",
        envelope=100000, min_grant=1000, max_grant=50000, applicant_kinds=["association"],
        opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=9), state="published",
    )  # fmt: skip
    association = PartnerFactory(kind="association", name_fr="Association test")
    application = Application.objects.create(
        call=call, association=association, applicant_kind="association",
        founded_on="2015-01-01", title="Projet", summary="S", locality=LocalityFactory(),
        starts_on="2026-06-01", ends_on="2026-09-01",
    )  # fmt: skip
    document = ApplicationDocument.objects.create(
        application=application, title="Statuts", content_type="application/pdf",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="s.pdf"),
    )  # fmt: skip
    from taawun.grants.models import GrantReport, ReportDocument

    report = GrantReport.objects.create(application=application, kind="final", due_on="2026-12-01")
    piece = ReportDocument.objects.create(
        report=report, kind="statement", content_type="application/pdf",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="e.pdf"),
    )  # fmt: skip
    return {
        "grant_report": {"pk": report.pk},
        "grant_report_piece": {"pk": piece.pk},
        "grant_call": {"pk": call.pk},
        "grant_step": {"pk": call.pk, "step": "close"},
        "grant_application": {"pk": application.pk},
        "grant_document": {"pk": document.pk},
    }


def _participation_objects(project):
    """A published priority with a photo, linked to `project`."""
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    from taawun.participation.models import Priority, PriorityProject
    from taawun.projects.tests.factories import ProjectFactory
    from taawun.territory.tests.factories import DomainFactory, LocalityFactory

    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, format="PNG")
    priority = Priority.objects.create(
        title="Éclairage du douar",
        description="Les ruelles sont sombres.",
        domain=DomainFactory(),
        locality=LocalityFactory(),
        moderation="published",
        published_at="2026-11-01T10:00:00Z",
        support_opens_on="2026-11-01",
        photo=ContentFile(out.getvalue(), name="p.png"),
    )
    PriorityProject.objects.create(priority=priority, project=project)
    from taawun.participation.services import request_file

    request = request_file(
        requester_name="Requérant", requester_contact="req@example.ma", subject="Les budgets"
    )
    answered = request_file(
        requester_name="Requérant", requester_contact="req@example.ma", subject="Le budget"
    )
    answered.answer_document = ContentFile(b"%PDF-1.4\n%%EOF\n", name="answer.pdf")
    answered.answer_document_type = "application/pdf"
    answered.state, answered.answered_on = "answered", answered.received_on
    answered.save()
    from taawun.participation.models import Petition
    from taawun.participation.services import document_token

    petition = Petition.objects.create(
        reference="PT-2026-001", year=2026, number=1, kind="citizens", title="Un terrain",
        object="…", proxy_name="Mandataire", proxy_contact="m@example.ma", deposited_on=date(2026, 11, 2),
    )  # fmt: skip
    return {
        "priority": {"pk": priority.pk},
        "public_priority_slug": lambda: {"pk": priority.pk, "slug": priority.slug},
        # deleting consumes the link: each role gets its own
        "priority_link": lambda: {
            "pk": PriorityProject.objects.create(priority=priority, project=ProjectFactory()).pk
        },
        "confirmation": {"token": "not-a-token"},
        "information_request": {"pk": request.pk},
        "request_reference": {"reference": request.reference},
        "answered_request": {"pk": answered.pk},
        "request_document_token": {"token": document_token(answered)},
        "petition": {"pk": petition.pk},
        "public_petition_slug": {"pk": petition.pk, "slug": petition.slug},
    }


def _council_objects(agreement):
    """A published council session with one point on `agreement`, its outcome awaited."""
    from taawun.council.models import CouncilSession, SessionPoint

    session = CouncilSession.objects.create(
        name_ar="الدورة العادية لشهر فبراير 2025",
        name_fr="Session ordinaire de février 2025",
        opens_on="2025-02-03",
        is_public=True,
    )
    point = SessionPoint.objects.create(
        session=session, title_ar="نقطة", title_fr="Point", agreement=agreement
    )
    return {
        "council_session": {"pk": session.pk},
        "public_council_session_slug": lambda: {"pk": session.pk, "slug": session.slug},
        "council_point": {"pk": point.pk},
    }


def _public_grants_objects():
    """A call taken to its results through the services (grants/tests/awarded.py), after the
    workspace's call above (whose number it must not take)."""
    from taawun.accounts.models import User
    from taawun.grants.tests.awarded import call_with_results

    world = call_with_results(User.objects.get(username="officer"))
    call = world["call"]
    return {
        "public_call": {"pk": call.pk},
        "public_call_slug": lambda: {"pk": call.pk, "slug": call.slug},
        "grant_award": {"pk": world["selected"].pk},
    }


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_role_gets_the_expected_answer(name, db, objects, client_for):
    method, kwargs_key, expected = MATRIX[name]
    answers = {}
    for role in ROLES:
        kwargs = objects[kwargs_key] if kwargs_key else {}
        with translation.override("ar"):  # a record's slug is in the page's language
            if callable(kwargs):
                kwargs = kwargs()
            url = reverse(name, kwargs=kwargs)
        client = client_for(None if role == ANON else role)
        response = getattr(client, method)(url)
        status = response.status_code
        answers[role] = DENIED if expected[role] == DENIED and status in (403, 404) else status
    assert answers == expected, f"{name} {url}"
