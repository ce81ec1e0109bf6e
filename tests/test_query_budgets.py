"""Query budgets: each list, detail and API list runs a fixed number of queries, the same with
3 rows as with 30 — both when its figures and page counts are computed afresh and when they come
from the shared cache — and, once cached, exactly its pinned number (a new query fails the test
until the pin is moved on purpose)."""

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.partners.tests.factories import ContactFactory, PartnerFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db

# (role or None, url name, kwargs from the first partner?, queries once the figures are cached)
PAGES = [
    (None, "portal:home", False, 1),
    (None, "portal:partner-list", False, 3),
    (None, "portal:partner-detail", True, 3),
    ("officer", "reports:dashboard", False, 2),
    ("partner", "reports:dashboard", False, 16),  # the representative's home (reports.workplace)
    ("officer", "reports:search", "search", 7),
    ("officer", "partners:list", False, 5),
    ("officer", "partners:detail", True, 5),
    ("officer", "partners:history", True, 7),
    ("officer", "territory:index", False, 6),
    (None, "portal:agreement-list", False, 6),
    (None, "portal:agreement-detail", "agreement", 10),
    ("officer", "agreements:list", False, 8),
    ("officer", "agreements:detail", "agreement", 14),
    ("officer", "agreements:history", "agreement", 11),
    ("finance", "agreements:payment-list", False, 4),
    ("partner", "agreements:payment-list", False, 3),
    ("officer", "agreements:convention-templates", False, 4),
    ("officer", "agreements:convention-template", "convention_template", 6),
    (None, "api:agreement-list", False, 6),
    ("officer", "api:agreement-list", False, 8),
    ("officer", "finance:rates", False, 3),
    (None, "portal:project-list", False, 8),
    (None, "portal:project-detail", "project", 11),  # with the priorities it answers
    ("officer", "projects:list", False, 10),
    # and the sections of funding (the opportunities that fit, in grouped queries) and knowledge
    ("officer", "projects:detail", "project", 27),
    ("officer", "projects:history", "project", 12),
    (None, "api:project-list", False, 2),  # summaries; the record is at its detail
    ("officer", "api:project-list", False, 4),
    (None, "api:project-geojson", False, 2),
    # the map with its zoom: few places (30) are the grouped query then the points; many (the
    # same 30 counted as many) are that one grouped query of clusters
    (None, "api:project-geojson", "map-points", 3),
    (None, "api:project-geojson", "map-clusters", 1),
    (None, "report:index", False, 4),  # and the sizes of the built PDFs, in one query
    (None, "portal:locality-list", False, 3),
    (None, "portal:locality-detail", "locality", 8),
    (None, "portal:news", False, 1),
    (None, "portal:how", False, 1),
    (None, "report:page", "year", 21),  # and the built PDF's size and pages
    (None, "api:partner-list", False, 2),
    ("officer", "api:partner-list", False, 5),
    # Coordination: the first committee and its first meeting gain members, meetings, agenda
    # items, attendances, decisions and action items with the rows (grow_coordination).
    ("officer", "coordination:committee-list", False, 3),
    ("officer", "coordination:committee-detail", "committee", 5),
    ("officer", "coordination:meeting-detail", "meeting", 10),
    ("officer", "coordination:action-list", False, 3),
    (None, "coordination-public:committee-list", False, 1),
    (None, "coordination-public:committee-detail", "committee", 3),
    (None, "coordination-public:meeting-detail", "meeting", 3),
    (None, "api:committee-list", False, 1),
    ("officer", "api:committee-list", False, 4),
    (None, "api:meeting-list", False, 3),
    ("officer", "api:meeting-list", False, 5),
    (None, "api:decision-list", False, 1),
    ("officer", "api:decision-list", False, 3),
    ("officer", "api:actionitem-list", False, 3),
    ("partner", "api:actionitem-list", False, 3),
    # The council: the first session gains points (on agreements, outcomes recorded) and
    # sessions beside it with the rows (grow_council).
    ("officer", "council:session-list", False, 3),
    ("officer", "council:session-detail", "council_session", 5),
    (None, "council-public:session-list", False, 1),
    (None, "council-public:session-detail", "council_session", 2),
    (None, "api:councilsession-list", False, 2),
    ("officer", "api:councilsession-list", False, 4),
    # Participation: the first priority gains supports and linked projects with the rows, and
    # priorities beside it (grow_participation).
    (None, "priorities:list", False, 3),
    (None, "priorities:detail", "priority", 8),  # with the public meetings that discussed it
    ("resident", "priorities:detail", "priority", 12),
    ("resident", "residents:me", False, 7),  # with the e-mail switch
    ("officer", "participation:list", False, 4),
    ("officer", "participation:detail", "priority", 6),  # with reports and meetings
    (None, "api:priority-list", False, 2),
    (None, "api:priority-geojson", False, 1),
    (None, "api:priority-geojson", "map-clusters", 1),
    (None, "information:register", False, 2),
    (None, "petitions:list", False, 1),
    (None, "petitions:detail", "petition", 1),
    ("officer", "participation:petition-list", False, 3),
    ("officer", "participation:petition-detail", "petition", 4),
    ("officer", "participation:petition-import", "petition", 3),
    ("officer", "participation:petition-withdraw", "petition", 3),
    ("officer", "participation:request-list", False, 4),
    ("officer", "participation:request-detail", "information_request", 4),
    ("officer", "grants:call-list", False, 3),
    ("association", "grants:call-list", False, 4),  # with its own applications
    # The grid, documents, applications, reviewers and the call's figures (grants.figures).
    ("officer", "grants:call-detail", "grant_call", 12),
    ("association", "grants:call-detail", "grant_call", 9),
    ("officer", "grants:application-detail", "grant_application", 10),  # and its reports
    ("officer", "grants:selection", "grant_call", 7),  # and the committees' decisions
    ("officer", "grants:money", False, 5),  # awards, payments, associations
    # Calls for projects in public: a call with its results gains criteria, documents, places
    # and awards (a selected and a not-selected application) with the rows, calls beside it.
    (None, "calls:list", False, 1),
    (None, "calls:detail", "public_call", 6),
    (None, "api:call-list", False, 5),
    (None, "api:grant-list", False, 1),
    # Good practices: each row a published card with a partner, a domain, an indicator, a file
    # and a replication; the first card gains them all.
    ("officer", "knowledge:practice-list", False, 3),
    ("partner", "knowledge:practice-list", False, 2),
    ("officer", "knowledge:practice-detail", "practice", 9),
    (None, "practices:list", False, 4),  # the cards, and the filters' domains, axes, places
    (None, "practices:detail", "practice", 8),
    (None, "api:practice-list", False, 5),  # with actors, themes, axes, replications
    # Funding: each row an open public opportunity of the row's partner, with a deadline, a
    # theme and a bid for the row's project.
    ("officer", "funding:opportunity-list", False, 4),
    ("officer", "funding:opportunity-detail", "opportunity", 16),  # and every project's match
    ("officer", "funding:bid-detail", "bid", 3),
    (None, "opportunities:list", False, 4),
    (None, "opportunities:detail", "opportunity", 4),
    (None, "opportunities:calendar", False, 1),
    (None, "api:opportunity-list", False, 4),  # with deadlines, themes and axes
    # The alignment matrix: every row's agreements, projects, priorities and opportunities in
    # grouped queries (9 on a miss), kept until the data changes; the partner brief of the
    # first partner, whose agreements grow.
    ("officer", "reports:alignment", False, 2),
    (None, "report:alignment", False, 0),
    ("officer", "reports:partner-brief", "brief", 8),
    # Exchange missions: each row a published mission with a member and a cost; the first one
    # gains them too.
    ("officer", "knowledge:mission-list", False, 3),
    ("officer", "knowledge:mission-detail", "mission", 9),
    (None, "missions:list", False, 1),
    (None, "missions:detail", "mission", 1),
    (None, "api:mission-list", False, 1),
    ("officer", "knowledge:training-list", False, 4),
    ("officer", "knowledge:training-detail", "training", 4),
    (None, "api:capacity-list", False, 1),  # the figures of every year in one grouped query
]


def grow(count):
    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Agreement, Amendment, Event
    from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
    from taawun.projects.models import (
        Indicator,
        IndicatorPeriod,
        Participant,
        Project,
        Transaction,
        Update,
    )
    from taawun.projects.tests.factories import LocationFactory, ProjectFactory

    domains = [DomainFactory(code=f"d{i}") for i in range(3)]
    first = Agreement.objects.order_by("pk").first() or AgreementFactory(stage=Stage.IN_FORCE)
    first_project = Project.objects.order_by("pk").first() or ProjectFactory()
    from taawun.partners.models import Partner

    start = Partner.objects.count()
    for n in range(start, start + count):
        partner = PartnerFactory(name_fr=f"Partenaire budget {n:03}")
        partner.domains.set(domains[: 1 + n % 3])
        ContactFactory(partner=partner)
        LocalityFactory()
        # the first agreement gains parties, obligations, events and amendments with the rows
        party = PartyFactory(agreement=first, partner=partner)
        obligation = ObligationFactory(party=party)
        grow_payments(n, obligation)
        Event.objects.create(agreement=first, action="signed", stage=first.stage, detail=str(n))
        Amendment.objects.create(
            agreement=first,
            number=n + 1,
            dated="2025-01-01",
            title_ar="ملحق",
            title_fr=f"Avenant {n}",
        )
        other = AgreementFactory(stage=Stage.IN_FORCE)
        PartyFactory(agreement=other, partner=partner)
        # projects, each with a place, a participant, money and a result
        project = ProjectFactory(owner=partner)
        project.domains.set(domains[:2])
        LocationFactory(project=project)
        Participant.objects.create(project=project, partner=partner, role="1")
        Transaction.objects.create(
            project=project,
            type="11",
            date="2025-02-01",
            provider=partner,
            amount=1000,
            currency="MAD",
            rate=1,
            mad_value=1000,
        )
        Transaction.objects.create(
            project=first_project,
            type="3",
            date="2025-03-01",
            provider=partner,
            amount=10,
            currency="MAD",
            rate=1,
            mad_value=10,
        )
        indicator = Indicator.objects.create(
            project=first_project, name_ar="مؤشر", name_fr=f"I{n}", result_type="1", measure="1"
        )
        IndicatorPeriod.objects.create(
            indicator=indicator,
            period_start="2025-01-01",
            period_end="2025-12-31",
            target=10,
            actual=5,
        )
        Update.objects.create(
            project=first_project,
            date="2025-05-01",
            title_ar="خبر",
            title_fr=f"Nouvelle {n}",
            is_public=True,
        )
        grow_coordination(n, partner, first, other)
        grow_council(n, first, other)
        grow_participation(n, project)
        grow_grants(n)
        grow_public_grants(n)
        grow_practices(n, project, partner)
        grow_funding(n, project, partner)
        grow_missions(n, partner)


def grow_grants(n):
    """Row `n`: an application to the first call by a new association, eligible, with two
    budget lines, a document and a submitted review (the call's page, the selection)."""
    from datetime import timedelta
    from decimal import Decimal

    from django.utils import timezone

    from taawun.accounts.models import User
    from taawun.grants.models import Application, ApplicationDocument, BudgetLine, Call, Review

    now = timezone.now()
    call = Call.objects.order_by("pk").first() or Call.objects.create(
        reference="AP-2026-01", year=2026, number=1, title_ar="طلب", title_fr="Appel",
        description_ar="د", description_fr="D", legal_basis="Délibération 1/2026",
        envelope=Decimal("900000"), min_grant=1000, max_grant=50000,
        applicant_kinds=["association"], opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=9), state="review",
    )  # fmt: skip
    association = User.objects.get(username="association").partner
    own = PartnerFactory(kind="association", name_fr=f"Association budget {n:03}")
    for partner in (own, association) if n == 0 else (own,):
        application = Application.objects.create(
            call=call, association=partner, applicant_kind="association",
            founded_on="2015-01-01", title=f"Projet {n}", summary="S",
            locality=LocalityFactory(), starts_on="2026-06-01", ends_on="2026-09-01",
            state="eligible", reference=f"DS-2026-{n:04}{partner.pk}", score=50 + n, rank=n + 1,
        )  # fmt: skip
        for label in ("Matériel", "Transport"):
            BudgetLine.objects.create(application=application, label=label, requested=1000)
        ApplicationDocument.objects.create(
            application=application, title="Statuts", content_type="application/pdf",
            file=f"grant-applications/{n}.pdf",
        )  # fmt: skip
    from taawun.grants.models import GrantReport, ReportDocument

    first = Application.objects.order_by("pk").first()
    for kind in ("interim", "final", "financial")[n : n + 1]:  # the first rows: one of each
        report = GrantReport.objects.create(application=first, kind=kind, due_on="2026-12-01")
        ReportDocument.objects.create(
            report=report, kind="photo", content_type="image/png", file=f"grant-reports/{n}.png"
        )
    Review.objects.create(
        application=first,
        reviewer=User.objects.create(username=f"relecteur-{n}", role="council"),
        scores={}, submitted_at=now,
    )  # fmt: skip


def grow_practices(n, project, partner):
    """Row `n`: a published card of the row's project and partner, with a domain, an indicator
    of the project and a replication; the first card gains the same, and a file."""
    from django.core.files.base import ContentFile

    from taawun.knowledge.models import Practice, PracticeFile, Replication
    from taawun.projects.models import Indicator

    texts = {"title_ar": "ممارسة", "summary_ar": "م", "summary_fr": "R", "problem_ar": "م",
             "problem_fr": "P", "steps_ar": "م", "steps_fr": "É", "state": "published"}  # fmt: skip
    card = Practice.objects.create(title_fr=f"Pratique {n}", project=project, **texts)
    first = Practice.objects.order_by("pk").first()
    indicator = Indicator.objects.create(
        project=project, name_ar="مؤشر", name_fr=f"P{n}", result_type="1", measure="1"
    )
    for practice in {card, first}:
        practice.partners.add(partner)
        practice.domains.add(DomainFactory(code=f"pratique-{n}"))
        practice.indicators.add(indicator)
        Replication.objects.create(practice=practice, partner=partner, state="ongoing")
    PracticeFile.objects.create(
        practice=first, kind="photo", content_type="image/png",
        file=ContentFile(b"png", name=f"p{n}.png"),
    )  # fmt: skip


def grow_funding(n, project, partner):
    """Row `n`: an open public opportunity of `partner` with a deadline, a theme and a bid for
    `project`; the first opportunity gains a deadline and a theme."""
    import datetime

    from django.utils import timezone

    from taawun.funding.models import Bid, Deadline, FundingOpportunity

    opportunity = FundingOpportunity.objects.create(
        donor=partner, programme_ar="برنامج", programme_fr=f"Programme {n}", summary_ar="م",
        summary_fr="R", currency="MAD", state="open", is_public=True,
    )  # fmt: skip
    first = FundingOpportunity.objects.order_by("pk").first()
    for item in {opportunity, first}:
        item.domains.add(DomainFactory(code=f"financement-{n}"))
        Deadline.objects.create(
            opportunity=item, due_at=timezone.now() + datetime.timedelta(days=40 + n)
        )
    Bid.objects.create(opportunity=opportunity, project=project, amount=1000, currency="MAD")


def grow_missions(n, partner):
    import datetime

    from taawun.knowledge.models import Mission, MissionCost, MissionMember

    mission = Mission.objects.create(
        kind="study_visit", direction="outgoing", title_ar="زيارة", title_fr=f"Visite {n}",
        places_ar="م", places_fr="P", objectives_ar="م", objectives_fr="O",
        starts_on=datetime.date(2026, 5, 4), ends_on=datetime.date(2026, 5, 8),
        state="approved", is_public=True, counterpart=partner,
    )  # fmt: skip
    first = Mission.objects.order_by("pk").first()
    for item in {mission, first}:
        MissionMember.objects.create(mission=item, name=f"M{n}", sex="female", category="staff")
        MissionCost.objects.create(mission=item, item="travel", amount=10, currency="MAD",
                                   payer=partner)  # fmt: skip
    from taawun.knowledge.models import Training, TrainingParticipant

    training = Training.objects.create(
        title_ar="تكوين", title_fr=f"Formation {n}", theme="procurement", hours=6,
        starts_on=datetime.date(2025 + n % 2, 3, 1), ends_on=datetime.date(2025 + n % 2, 3, 1),
        state="done",
    )  # fmt: skip
    first_training = Training.objects.order_by("pk").first()
    for item in {training, first_training}:
        TrainingParticipant.objects.create(
            training=item, name=f"P{n}", sex="female" if n % 2 else "male", category="staff",
            service=f"Service {n % 3}", hours_attended=6,
        )  # fmt: skip


def grow_public_grants(n):
    """Row `n`: the call with results (AP-2025-01) gains a criterion, a document to join, a
    theme, a locality, a selected and a not-selected application; a published call beside it."""
    from datetime import timedelta

    from django.utils import timezone

    from taawun.grants.models import Application, Call, Criterion, RequiredDocument

    now = timezone.now().replace(microsecond=0)
    rules = {
        "title_ar": "طلب", "description_ar": "د", "description_fr": "D", "legal_basis": "D 1/2025",
        "envelope": 900000, "min_grant": 1000, "max_grant": 50000,
        "applicant_kinds": ["association"], "opens_at": now - timedelta(days=60),
        "closes_at": now - timedelta(days=30),
    }  # fmt: skip
    call = Call.objects.filter(reference="AP-2025-01").first() or Call.objects.create(
        reference="AP-2025-01", year=2025, number=1, title_fr="Appel avec résultats",
        state="results", results_published_at=now, **rules,
    )  # fmt: skip
    Call.objects.create(
        reference=f"AP-2025-{n + 2:02}", year=2025, number=n + 2, title_fr=f"Appel {n}",
        state="published", **{**rules, "closes_at": now + timedelta(days=n + 1)},
    )  # fmt: skip
    Criterion.objects.create(call=call, order=n, label_ar="م", label_fr=f"Critère {n}")
    Criterion.objects.create(call=call, order=n, label_ar="م", label_fr="É", eliminatory=True)
    RequiredDocument.objects.create(call=call, order=n, label_ar="و", label_fr=f"Pièce {n}")
    call.domains.add(DomainFactory(code=f"appel-{n}"))
    locality = LocalityFactory()
    call.localities.add(locality)
    for state, amount in (("selected", 20000 + n), ("not_selected", None)):
        Application.objects.create(
            call=call, association=PartnerFactory(name_fr=f"Association {state} {n:03}"),
            applicant_kind="association", founded_on="2015-01-01", title=f"Projet {n}",
            summary="S", locality=locality, starts_on="2026-01-01", ends_on="2026-06-30",
            state=state, awarded=amount, reference=f"DS-2025-{n:03}-{state[:3]}",
        )  # fmt: skip


def grow_participation(n, project):
    """Row `n`: a published priority of a new resident, who also supports the first priority
    (and the `resident` user's own supports one more); the first priority gains the row's
    project, with its public agreement and indicator."""
    from taawun.participation.models import Priority, PriorityProject, Support
    from taawun.participation.tests.factories import PriorityFactory, ResidentUserFactory

    first = Priority.objects.order_by("pk").first()
    resident = ResidentUserFactory()
    mine = Priority.objects.filter(author__username="resident").first()
    if first is None:
        first = PriorityFactory(moderation="published", published_at="2026-01-01T10:00:00Z")
    row = PriorityFactory(author=resident, moderation="published", published_at="2026-02-01T10:00Z")
    if mine is None:
        from taawun.accounts.models import User

        mine = PriorityFactory(author=User.objects.get(username="resident"), moderation="pending")
    from taawun.participation.services import request_file

    request_file(requester_name=f"Demandeur {n}", requester_contact=f"d{n}@x.ma", subject="Budget")
    from taawun.participation.models import Petition, PetitionSignature

    petition = Petition.objects.order_by("pk").first() or Petition.objects.create(
        reference="PT-2026-001", year=2026, number=1, kind="citizens", title="Terrain",
        object="…", proxy_name="M", proxy_contact="m@x.ma", deposited_on=date(2026, 11, 2),
    )  # fmt: skip
    Petition.objects.create(
        reference=f"PT-2025-{n:03}", year=2025, number=n + 1, kind="citizens", title=f"P{n}",
        object="…", proxy_name="M", proxy_contact="m@x.ma", deposited_on=date(2025, 11, 2),
    )  # fmt: skip
    PetitionSignature.objects.create(petition=petition, full_name="S", national_id_hash=f"{n:064}")
    Support.objects.create(priority=first, user=resident)
    Support.objects.create(priority=row, user=resident)
    PriorityProject.objects.create(priority=first, project=project)
    from taawun.projects.models import Indicator, IndicatorPeriod

    indicator = Indicator.objects.create(
        project=project, name_ar="مؤشر", name_fr=f"Résultat {n}", result_type="1", measure="1"
    )
    IndicatorPeriod.objects.create(
        indicator=indicator, period_start="2025-01-01", period_end="2025-12-31", target=8, actual=n
    )
    project.agreements.add(*project.agreements.model.objects.filter(is_public=True)[:1])
    return mine


def grow_payments(n, obligation):
    """Row `n`: a payment declared on the first agreement's new obligation, with its proof
    (the declarations list, and the agreement's page beside the obligation)."""
    from decimal import Decimal

    from django.core.files.base import ContentFile

    from taawun.agreements.models import Document, PaymentDeclaration

    proof = Document.objects.create(
        agreement=obligation.party.agreement,
        title_fr=f"Virement {n}",
        category="proof",
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name=f"v{n}.pdf"),
    )
    PaymentDeclaration.objects.create(
        obligation=obligation,
        delivered_on="2025-03-01",
        mad_value=Decimal("100"),
        proof=proof,
        state="refused" if n % 2 else "pending",
    )


def grow_council(n, first_agreement, other_agreement):
    """Row `n`: the first council session gains two points (one on an agreement, its outcome recorded),
    and a published session with a point is added beside it."""
    from datetime import date

    from django.utils import timezone

    from taawun.council.models import CouncilSession, SessionPoint

    first = CouncilSession.objects.order_by("pk").first()
    if first is None:
        first = CouncilSession.objects.create(
            name_ar="الدورة العادية لشهر فبراير 2025",
            name_fr="Session ordinaire de février 2025",
            opens_on=date(2025, 2, 4),
            is_public=True,
        )
    number = first.points.count() + 1
    SessionPoint.objects.create(
        session=first,
        order=number,
        title_ar="نقطة",
        title_fr=f"Point {number}",
        agreement=first_agreement if number == 1 else None,
        votes_for=20,
        votes_against=2,
        votes_abstaining=1,
        decision_number=f"{number}/2025",
        result="adopted",
        recorded_at=timezone.now(),
    )
    SessionPoint.objects.create(
        session=first, order=number + 1000, title_ar="نقطة", title_fr=f"Point b{number}",
        agreement=other_agreement if number == 1 else None,
    )  # fmt: skip
    other = CouncilSession.objects.create(
        kind="extraordinary",
        name_ar=f"دورة استثنائية {first.pk}-{number}",
        name_fr=f"Session extraordinaire {first.pk}-{number}",
        opens_on=date(2025, 3, 1),
        is_public=True,
    )
    SessionPoint.objects.create(session=other, title_ar="نقطة", title_fr="Point")


def grow_coordination(n, partner, first_agreement, other_agreement):
    """The first committee (founded by the first agreement) gains a member, a public meeting
    and a committee beside it; its first meeting an agenda item, an attendance, a decision and
    an action item (every other one owned by the representatives' test organisation)."""
    from datetime import timedelta

    from django.utils import timezone

    from taawun.coordination.models import (
        ActionItem,
        AgendaItem,
        Attendance,
        Committee,
        Decision,
        Meeting,
        Membership,
    )
    from taawun.partners.models import Partner

    def meeting(committee, days):
        start = timezone.now().replace(microsecond=0) - timedelta(days=days)
        return Meeting.objects.create(
            committee=committee, starts_at=start, ends_at=start + timedelta(hours=2),
            visibility="public", status="held", minutes_status="approved", venue_fr="Salle",
        )  # fmt: skip

    first = Committee.objects.order_by("pk").first()
    if first is None:
        first = Committee.objects.create(
            kind="steering", name_ar="لجنة القيادة", name_fr="Comité budget 000",
            is_public=True, agreement=first_agreement, mandate_fr="Piloter",
        )  # fmt: skip
        meeting(first, 1)
    first_meeting = first.meetings.order_by("pk").first()
    indh = Partner.objects.filter(name_fr="INDH test").first()
    member = Membership.objects.create(
        committee=first, person_name=f"Membre {n}", partner=indh if n == 0 else partner,
        email=f"m{n}@example.org", phone="+212 6 61 22 33 44",
    )  # fmt: skip
    Attendance.objects.create(meeting=first_meeting, membership=member, presence="present")
    meeting(first, n + 2)
    other = Committee.objects.create(
        kind="follow_up", name_ar="لجنة التتبع", name_fr=f"Comité budget {n + 1:03}",
        is_public=True, agreement=other_agreement,
    )  # fmt: skip
    Membership.objects.create(committee=other, person_name=f"Suivi {n}", partner=partner)
    meeting(other, n + 3)
    item = AgendaItem.objects.create(
        meeting=first_meeting, order=n + 2, title_ar="نقطة", title_fr=f"Point {n}",
        agreement=first_agreement, minutes_ar="محضر", minutes_fr=f"PV {n}",
    )  # fmt: skip
    decision = Decision.objects.create(
        committee=first, meeting=first_meeting, agenda_item=item, year=2026, number=n + 1,
        text_ar="قرار", text_fr=f"Décision {n}", by_consensus=True, agreement=first_agreement,
    )  # fmt: skip
    ActionItem.objects.create(
        committee=first, meeting=first_meeting, decision=decision, title_ar="إجراء",
        title_fr=f"Action {n}", owner_partner=indh if n % 2 else partner,
        due_on=timezone.localdate() + timedelta(days=n - 5),
        status=["open", "in_progress", "blocked"][n % 3], blocked_reason="En attente",
    )  # fmt: skip


def count_queries(client, name, with_partner):
    from taawun.partners.models import Partner

    kwargs = {}
    if with_partner == "locality":
        from taawun.territory.models import Locality

        locality = Locality.objects.filter(project_locations__isnull=False).order_by("pk").first()
        kwargs = {"slug": locality.slug}
    elif with_partner == "year":
        kwargs = {"year": 2025}
    elif with_partner == "project":
        from taawun.projects.models import Project

        project = Project.objects.order_by("pk").first()
        kwargs = {"pk": project.pk}
        if name.startswith("portal:"):
            kwargs["slug"] = project.slug
    elif with_partner == "agreement":
        from taawun.agreements.models import Agreement

        agreement = Agreement.objects.order_by("pk").first()
        kwargs = {"pk": agreement.pk}
        if name.startswith("portal:"):
            kwargs["slug"] = agreement.slug
    elif with_partner == "convention_template":
        kwargs = {"kind": "partnership", "language": "ar"}
    elif with_partner in ("search", *MAP_QUERIES):
        pass  # no kwargs: a query string (below)
    elif with_partner in ("committee", "meeting"):
        from taawun.coordination.models import Committee

        committee = Committee.objects.order_by("pk").first()
        kwargs = {"pk": committee.pk}
        if with_partner == "meeting":
            kwargs = {"pk": committee.meetings.order_by("pk").first().pk}
        elif name.startswith("coordination-public:"):
            kwargs["slug"] = committee.slug
    elif with_partner == "council_session":
        from taawun.council.models import CouncilSession

        session = CouncilSession.objects.order_by("pk").first()
        kwargs = {"pk": session.pk}
        if name.startswith("council-public:"):
            kwargs["slug"] = session.slug
    elif with_partner == "petition":
        from taawun.participation.models import Petition

        petition = Petition.objects.order_by("pk").first()
        kwargs = {"pk": petition.pk}
        if name.startswith("petitions:"):
            kwargs["slug"] = petition.slug
    elif with_partner in ("grant_call", "grant_application"):
        from taawun.grants.models import Application, Call

        model = Call if with_partner == "grant_call" else Application
        kwargs = {"pk": model.objects.order_by("pk").first().pk}
    elif with_partner == "practice":
        from taawun.knowledge.models import Practice

        practice = Practice.objects.order_by("pk").first()
        kwargs = {"pk": practice.pk}
        if name.startswith("practices:"):
            with translation.override("ar"):
                kwargs["slug"] = practice.slug
    elif with_partner == "training":
        from taawun.knowledge.models import Training

        kwargs = {"pk": Training.objects.order_by("pk").first().pk}
    elif with_partner == "mission":
        from taawun.knowledge.models import Mission

        mission = Mission.objects.order_by("pk").first()
        kwargs = {"pk": mission.pk}
        if name.startswith("missions:"):
            with translation.override("ar"):
                kwargs["slug"] = mission.slug
    elif with_partner == "brief":
        kwargs = {"pk": Partner.objects.order_by("pk").first().pk}
    elif with_partner in ("opportunity", "bid"):
        from taawun.funding.models import Bid, FundingOpportunity

        record = (FundingOpportunity if with_partner == "opportunity" else Bid).objects.first()
        record = type(record).objects.order_by("pk").first()
        kwargs = {"pk": record.pk}
        if name.startswith("opportunities:"):
            with translation.override("ar"):
                kwargs["slug"] = record.slug
    elif with_partner == "public_call":
        from taawun.grants.models import Call

        call = Call.objects.get(reference="AP-2025-01")
        with translation.override("ar"):  # the page's language, below
            kwargs = {"pk": call.pk, "slug": call.slug}
    elif with_partner == "information_request":
        from taawun.participation.models import InformationRequest

        kwargs = {"pk": InformationRequest.objects.order_by("pk").first().pk}
    elif with_partner == "priority":
        from taawun.participation.models import Priority

        priority = Priority.objects.filter(moderation="published").order_by("pk").first()
        kwargs = {"pk": priority.pk}
        if name.startswith("priorities:"):
            kwargs["slug"] = priority.slug
    elif with_partner:
        partner = Partner.objects.order_by("pk").first()
        kwargs = {"pk": partner.pk}
        if name == "portal:partner-detail":
            kwargs["slug"] = partner.slug
    with translation.override("ar"):
        url = reverse(name, kwargs=kwargs)
    if with_partner == "search":  # a word every grown partner's name holds
        url += "?q=budget"
    url += MAP_QUERIES.get(with_partner, "")
    if with_partner == "map-clusters":
        from unittest import mock

        from taawun.core import geo

        with mock.patch.object(geo, "FEW_PLACES", 0):
            return measured_twice(client, url)
    return measured_twice(client, url)


# The map's GeoJSON at a country's zoom over the whole world.
MAP_QUERIES = {"map-points": "?zoom=6", "map-clusters": "?zoom=6"}


def measured_twice(client, url):
    """(fresh, cached) query counts of `url`."""
    client.get(url)  # warm caches (sessions, content types) outside the count
    counts = []
    # First with the figures and page counts computed afresh (as after any change to the data),
    # then as the next reader gets them from the shared cache.
    cache.clear()
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return tuple(counts)


def measure(clients):
    """{page: (fresh, cached) query counts, or the error its measure raised} for every page."""
    counts = {}
    for role, name, with_partner, _budget in PAGES:
        try:
            counts[role, name, with_partner] = count_queries(clients[role], name, with_partner)
        except Exception as error:  # reported by the page's own test
            counts[role, name, with_partner] = error
    return counts


@pytest.fixture(scope="module")
def counts(module_db, module_users, django_db_blocker):
    """Every page counted with 3 rows, then every page with 30: the rows are grown twice for
    the module (root conftest's module_db) instead of twice for each page."""
    from django.test import Client

    clients = {None: Client()}
    with django_db_blocker.unblock():
        for role in {role for role, *_ in PAGES if role}:
            clients[role] = Client()
            clients[role].force_login(module_users[role])
        grow(3)
        small = measure(clients)
        grow(27)
        large = measure(clients)
    return small, large


@pytest.mark.parametrize(("role", "name", "with_partner", "budget"), PAGES)
def test_queries_do_not_grow_with_rows(counts, role, name, with_partner, budget):
    small, large = (measured[role, name, with_partner] for measured in counts)
    for result in (small, large):
        if isinstance(result, Exception):
            raise result
    assert small == large, f"{name}: {small} queries with 3 rows, {large} with 30 (fresh, cached)"
    assert large[1] == budget, f"{name}: {large[1]} queries once cached, budget {budget}"
