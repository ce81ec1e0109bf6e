"""Nothing private leaks: no personal data and no non-public record in any public page, API
response, feed, sitemap, export or IATI file.

The public outputs are not listed by hand: every URL name of the resolver that the authorization
matrix (tests/test_authorization.py, which fails for a URL without an entry) opens to an anonymous
GET is checked, in every language, with its arguments taken from the world below (BUILDERS). A new
public URL is checked without anyone adding it here, and fails until its arguments can be built.
The outputs once listed by hand (required_urls) stay the coverage every run must reach."""

import io
import shutil
import subprocess
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from taawun.grants.tests.awarded import SECRETS as GRANT_SECRETS
from taawun.participation.services import document_token
from tests.test_authorization import ANON, MATRIX, SKIPPED_NAMESPACES, all_url_names

pytestmark = pytest.mark.django_db

NAMES = ("name_ar", "name_fr", "name_en")

SECRETS = [
    "Leila Secretname",  # a contact person
    "leila.secret@example.org",
    "+212 6 99 99 99 99",
    "NOTE-PARTNER-INTERNE",  # internal notes
    "NOTE-CONVENTION-INTERNE",
    "Partenaire-Cache",  # non-public records: an unpublished partner, an archived one
    "Partenaire-Archive",
    "Convention-Cachee",
    "Projet-Cache",
    "Actualite-Interne",
    "Document-Interne",
    "RAISON-DEPASSEMENT",  # a finance officer's override reason
    "officer@example.org",  # staff e-mail
    "Membre-Secret",  # a committee member, and their contact data
    "membre.secret@example.org",
    "Reunion-Interne",  # an internal meeting's agenda, minutes not approved yet
    "PV-Brouillon",
    "Decision-Brouillon",
    "Session-Cachee",  # an unpublished council session
    "Resident-Secret",  # a resident's display name and e-mail, a supporter's
    "resident.secret@example.org",
    "Soutien-Secret",
    "soutien.secret@example.org",
    "Priorite-En-Attente",  # priorities not published, a hidden one's reason, a drafted answer
    "Priorite-Masquee",
    "RAISON-MASQUAGE",
    "Reponse-Brouillon",
    "Reponse-Privee-Au-Requerant",  # the answer to a request goes to its requester
    "Requerant-Secret",  # the requester of information (Law 31-13: private), their request
    "requerant.secret@example.org",
    "Demande-Texte-Prive",
    "Mandataire-Secret",  # a petition's proxy and signatories (Law 113-14: counts only)
    "mandataire.secret@example.org",
    "Signataire-Secret",
    "JB777777",
    # Calls for projects: a draft call; the applications not selected or not eligible, the
    # reviewer's comment, the budget lines and the screening's reasons (grants/tests/awarded.py)
    "Appel-Brouillon-Secret",
    *GRANT_SECRETS,
    # Good practices: a partner's card awaiting validation, a validated one not published, the
    # commune's internal note and its remarks to the partner.
    "Pratique-En-Attente-Secret",
    "Pratique-Validee-Secret",
    "Note-Pratique-Secret",
    "Remarque-Pratique-Secret",
    # Funding: the commune's bids (their notes and amounts), an opportunity not shown.
    "Note-Candidature-Secret",
    "Opportunite-Interne-Secret",
    # Exchange missions: the delegation's names, the costs, the internal note, a mission kept
    # to the commune.
    "Delegue-Mission-Secret",
    "Cout-Mission-Secret",
    "Note-Mission-Secret",
    "Mission-Interne-Secret",
    "Stagiaire-Formation-Secret",  # a participant in a training: the API gives figures only
]


@pytest.fixture
def world(db, users, commune, settings, tmp_path):
    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Document
    from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
    from taawun.partners.tests.factories import ContactFactory, PartnerFactory
    from taawun.projects.models import Participant, Transaction, Update
    from taawun.projects.tests.factories import LocationFactory, ProjectFactory

    settings.MEDIA_ROOT = tmp_path
    public = PartnerFactory(name_fr="Région Souss-Massa", notes="NOTE-PARTNER-INTERNE")
    ContactFactory(
        partner=public,
        name="Leila Secretname",
        email="leila.secret@example.org",
        phone="+212 6 99 99 99 99",
    )
    # Partners the commune does not show, taking part in public records under every name
    # (participant, transaction provider and receiver, agreement party, project owner).
    hidden = PartnerFactory(**dict.fromkeys(NAMES, "Partenaire-Cache"), is_public=False)
    archived = PartnerFactory(
        **dict.fromkeys(NAMES, "Partenaire-Archive"), archived_at=timezone.now()
    )
    agreement = AgreementFactory(stage=Stage.IN_FORCE, internal_notes="NOTE-CONVENTION-INTERNE")
    PartyFactory(agreement=agreement, partner=commune)
    ObligationFactory(party=PartyFactory(agreement=agreement, partner=public))
    ObligationFactory(party=PartyFactory(agreement=agreement, partner=hidden))
    ObligationFactory(party=PartyFactory(agreement=agreement, partner=archived))
    AgreementFactory(title_fr="Convention-Cachee", stage=Stage.IN_FORCE, is_public=False)
    Document.objects.create(
        agreement=agreement,
        title_fr="Document-Interne",
        category="annex",
        is_public=False,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="d.pdf"),
    )
    signed = Document.objects.create(
        agreement=agreement,
        title_fr="Convention signée",
        category="signed",
        is_public=True,
        content_type="application/pdf",
        size=9,
        file=ContentFile(b"%PDF-1.4\n", name="s.pdf"),
    )
    project = ProjectFactory(title_fr="Adduction d'eau de Tamraght", owner=hidden)
    ProjectFactory(title_fr="Piste de Tamraght", owner=archived)
    project.agreements.add(agreement)
    LocationFactory(project=project)
    Participant.objects.create(project=project, partner=public, role="1")
    Participant.objects.create(project=project, partner=hidden, role="4")
    Participant.objects.create(project=project, partner=archived, role="3")
    for provider, receiver in ((hidden, archived), (archived, hidden)):
        Transaction.objects.create(
            project=project,
            type="3",
            date=date(2025, 2, 15),
            provider=provider,
            receiver=receiver,
            amount=Decimal("5"),
            currency="MAD",
            rate=1,
            mad_value=Decimal("5"),
        )
    Transaction.objects.create(
        project=project,
        type="11",
        date=date(2025, 2, 1),
        provider=public,
        amount=Decimal("10"),
        currency="MAD",
        rate=1,
        mad_value=Decimal("10"),
    )
    Transaction.objects.create(
        project=project,
        type="3",
        date=date(2025, 3, 1),
        provider=public,
        amount=Decimal("20"),
        currency="MAD",
        rate=1,
        mad_value=Decimal("20"),
        override_reason="RAISON-DEPASSEMENT",
    )
    news = Update.objects.create(
        project=project,
        date=date(2025, 4, 1),
        title_ar="خبر",
        title_fr="Chantier lancé",
        is_public=True,
        photo=ContentFile(b"\x89PNG\r\n\x1a\n", name="p.png"),
    )
    Update.objects.create(
        project=project,
        date=date(2025, 4, 2),
        title_ar="داخلي",
        title_fr="Actualite-Interne",
        is_public=False,
    )
    secret_project = ProjectFactory(title_fr="Projet-Cache", is_public=False)
    LocationFactory(project=secret_project)
    committee, meetings = _coordination_world(public)
    council_session = _council_world()
    priority = _participation_world(users, project, secret_project)
    grants = _grants_world(users)
    # The partner the commune does not show is an actor of the published card, its replicator,
    # the donor of a public opportunity and the host of a public mission: never named.
    practice = _practices_world(users, project, hidden)
    opportunity = _funding_world(users, project, public, hidden)
    mission = _missions_world(users, public, hidden)
    from taawun.participation.models import InformationRequest, Petition

    return {
        "request": InformationRequest.objects.order_by("pk").first(),
        "petition": Petition.objects.order_by("pk").first(),
        "priority": priority,
        "council_session": council_session,
        "committee": committee,
        "meetings": meetings,
        "partner": public,
        "agreement": agreement,
        "project": project,
        "commune": commune,
        "document": signed,
        "news": news,
        "locality": project.locations.first().locality,
        **grants,
        "practice": practice,
        "opportunity": opportunity,
        "mission": mission,
    }


def _missions_world(users, partner, hidden):
    """A published approved mission with its delegation, a cost and an internal note; a
    mission the commune keeps to itself."""
    import datetime

    from taawun.knowledge import services

    officer = users["officer"]
    texts = {"kind": "study_visit", "direction": "outgoing", "places_ar": "م", "places_fr": "P",
             "objectives_ar": "م", "objectives_fr": "O", "starts_on": datetime.date(2026, 5, 4),
             "ends_on": datetime.date(2026, 5, 8)}  # fmt: skip
    shown = services.mission_save(
        by=officer, title_ar="زيارة", title_fr="Visite publique", is_public=True,
        approval="Ordre de mission 1/2026", internal_note="Note-Mission-Secret", counterpart=hidden,
        **texts,
    )  # fmt: skip
    services.member_add(mission=shown, by=officer, name="Delegue-Mission-Secret", sex="female",
                        category="staff")  # fmt: skip
    services.cost_add(mission=shown, by=officer, item="travel", amount=Decimal("4321"),
                      currency="MAD", payer=partner, description="Cout-Mission-Secret")  # fmt: skip
    for step in ("plan", "approve"):
        services.mission_step(mission=shown, step=step, by=officer)
    services.mission_save(by=officer, title_ar="م", title_fr="Mission-Interne-Secret", **texts)
    training = services.training_save(
        by=officer, title_ar="تكوين", title_fr="Formation", theme="procurement", hours=6,
        starts_on=datetime.date(2026, 3, 2), ends_on=datetime.date(2026, 3, 2), state="done",
    )  # fmt: skip
    services.participant_save(by=officer, training=training, name="Stagiaire-Formation-Secret",
                              sex="female", category="staff", hours_attended=6)  # fmt: skip
    return shown


def _funding_world(users, project, donor, hidden):
    """A public open opportunity with a deadline and a bid (its note the commune's), and an
    opportunity the commune keeps to itself."""
    import datetime

    from taawun.funding import services

    officer = users["officer"]
    texts = {"summary_ar": "م", "summary_fr": "R", "currency": "EUR", "state": "open"}
    shown = services.opportunity_save(
        by=officer, donor=donor, programme_ar="برنامج", programme_fr="Programme public",
        is_public=True, **texts,
    )  # fmt: skip
    services.deadline_add(
        opportunity=shown, by=officer, day=timezone.localdate() + datetime.timedelta(days=80),
        time=datetime.time(12, 0),
    )  # fmt: skip
    services.bid_save(
        by=officer, opportunity=shown, project=project, amount=Decimal("98765"),
        note="Note-Candidature-Secret",
    )  # fmt: skip
    services.opportunity_save(
        by=officer, donor=donor, programme_ar="م", programme_fr="Opportunite-Interne-Secret",
        **texts,
    )  # fmt: skip
    services.opportunity_save(
        by=officer, donor=hidden, programme_ar="م", programme_fr="Programme d'un cache",
        is_public=True, **texts,
    )  # fmt: skip
    return shown


def _practices_world(users, project, hidden):
    """A published card with an internal note, a replication and a file; a partner's card
    submitted and one returned with remarks; a validated card not yet published."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from taawun.knowledge import services

    card = {"summary_ar": "م", "summary_fr": "R", "problem_ar": "م", "problem_fr": "P",
            "steps_ar": "م", "steps_fr": "É"}  # fmt: skip
    officer, partner = users["officer"], users["partner"]
    public = services.practice_save(
        by=officer, title_ar="ممارسة", title_fr="Pratique publique", project=project,
        internal_note="Note-Pratique-Secret", partners=[hidden], **card,
    )  # fmt: skip
    services.replication_save(by=officer, practice=public, replicator_fr="Commune voisine")
    services.replication_save(by=officer, practice=public, partner=hidden)
    pdf = SimpleUploadedFile("r.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    services.practice_file_add(practice=public, upload=pdf, kind="document", by=officer)
    for step in ("validate", "publish"):
        services.practice_step(practice=public, step=step, by=officer)
    waiting = services.practice_save(
        by=partner, title_ar="م", title_fr="Pratique-En-Attente-Secret", **card
    )
    services.practice_step(practice=waiting, step="submit", by=partner)
    returned = services.practice_save(by=partner, title_ar="م", title_fr="Retour", **card)
    services.practice_step(practice=returned, step="submit", by=partner)
    services.practice_step(
        practice=returned, step="return", by=officer, note="Remarque-Pratique-Secret"
    )
    validated = services.practice_save(
        by=officer, title_ar="م", title_fr="Pratique-Validee-Secret", **card
    )
    services.practice_step(practice=validated, step="validate", by=officer)
    return public


def _grants_world(users):
    """A call with its results published (one application selected, one not, one not
    eligible, all scored and commented), and a draft call."""
    from taawun.grants import services
    from taawun.grants.tests.awarded import call_with_results

    world = call_with_results(users["officer"])
    services.call_create(
        by=users["officer"], title_ar="Appel-Brouillon-Secret", title_fr="Appel-Brouillon-Secret",
        description_ar="م", description_fr="Brouillon", legal_basis="—", envelope=Decimal("1000"),
        min_grant=Decimal("10"), max_grant=Decimal("100"), applicant_kinds=["association"],
        opens_at=timezone.now(), closes_at=timezone.now() + timezone.timedelta(days=3),
    )  # fmt: skip
    return {"call": world["call"], "award": world["selected"]}


def _participation_world(users, project, secret_project):
    """A published priority of a resident, supported, with a photo, linked to a public and to a
    hidden project, its answer drafted; one awaiting moderation, and a hidden one."""
    from PIL import Image

    from taawun.participation import services
    from taawun.participation.tests.factories import PriorityFactory, ResidentUserFactory

    author = ResidentUserFactory(email="resident.secret@example.org")
    author.resident.display_name = "Resident-Secret"
    author.resident.save()
    supporter = ResidentUserFactory(email="soutien.secret@example.org")
    supporter.resident.display_name = "Soutien-Secret"
    supporter.resident.save()
    photo = io.BytesIO()
    Image.new("RGB", (8, 8)).save(photo, format="PNG")
    priority = PriorityFactory(
        author=author, photo=ContentFile(photo.getvalue(), name="p.png"), title="Eclairage public"
    )
    editor = users["officer"]
    services.priority_moderate(priority=priority, publish=True, by=editor)
    services.priority_support(priority=priority, by=supporter)
    services.priority_link_project(priority=priority, project=project, kind="answers", by=editor)
    services.priority_link_project(
        priority=priority, project=secret_project, kind="partly", by=editor
    )
    services.priority_answer(
        priority=priority, by=editor, answer_state="planned", answer_fr="Reponse-Brouillon",
        answer_ar="Reponse-Brouillon",
    )  # fmt: skip
    PriorityFactory(author=author, title="Priorite-En-Attente")
    hidden = PriorityFactory(author=author, title="Priorite-Masquee")
    services.priority_moderate(priority=hidden, publish=True, by=editor)
    services.priority_moderate(priority=hidden, publish=False, reason="RAISON-MASQUAGE", by=editor)
    petition = services.petition_deposit(
        by=editor, kind="citizens", title="Terrain de sport", object="Pour les jeunes",
        proxy_name="Mandataire-Secret", proxy_contact="mandataire.secret@example.org",
    )  # fmt: skip
    services.petition_sign(petition=petition, rows=[("Signataire-Secret", "JB777777")], by=editor)
    request = services.request_file(
        requester_name="Requerant-Secret",
        requester_contact="requerant.secret@example.org",
        subject="Demande-Texte-Prive",
    )
    # answered with a document: its signed link names the reference, never the requester
    services.request_answer(
        request=request,
        by=editor,
        state="answered",
        answer="Reponse-Privee-Au-Requerant",
        document=SimpleUploadedFile("Requerant-Secret.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    return priority


def _council_world():
    """A published council session whose point names an unpublished agreement (not named on
    the portal), and an unpublished session."""
    from taawun.agreements.tests.factories import AgreementFactory
    from taawun.council.models import CouncilSession, SessionPoint

    hidden = AgreementFactory(reference="REF-Convention-Cachee", is_public=False)
    session = CouncilSession.objects.create(
        name_ar="الدورة العادية لشهر فبراير 2025",
        name_fr="Session ordinaire de février 2025",
        opens_on=date(2025, 2, 4),
        is_public=True,
    )
    SessionPoint.objects.create(
        session=session, title_ar="نقطة", title_fr="Point", agreement=hidden
    )
    CouncilSession.objects.create(
        name_ar="Session-Cachee", name_fr="Session-Cachee", opens_on=date(2025, 5, 6)
    )
    return session


def _coordination_world(partner):
    """A published committee whose member is personal data: a public meeting with approved
    minutes, one whose minutes and decision are drafts, and an internal one."""
    from datetime import timedelta

    from django.utils import timezone

    from taawun.coordination.models import Committee, Decision, Meeting, Membership

    committee = Committee.objects.create(
        kind="steering", name_ar="لجنة القيادة", name_fr="Comité de pilotage", is_public=True
    )
    Membership.objects.create(
        committee=committee,
        person_name="Membre-Secret",
        partner=partner,
        email="membre.secret@example.org",
        phone="+212 6 99 99 99 99",
    )
    start = timezone.now() - timedelta(days=9)
    times = {"starts_at": start, "ends_at": start + timedelta(hours=2)}
    approved = Meeting.objects.create(
        committee=committee, visibility="public", status="held", minutes_status="approved", **times
    )
    approved.agenda_items.create(title_ar="نقطة", title_fr="Point", minutes_fr="PV public")
    Decision.objects.create(
        committee=committee, meeting=approved, year=2026, number=2, text_ar="م",
        text_fr="Décision publique", by_consensus=True,
    )  # fmt: skip
    draft = Meeting.objects.create(committee=committee, visibility="public", status="held", **times)
    draft.agenda_items.create(title_ar="نقطة", title_fr="Point", minutes_fr="PV-Brouillon")
    Decision.objects.create(
        committee=committee, meeting=draft, year=2026, number=1, text_ar="م",
        text_fr="Decision-Brouillon", by_consensus=True,
    )  # fmt: skip
    internal = Meeting.objects.create(committee=committee, visibility="internal", **times)
    internal.agenda_items.create(title_ar="داخلي", title_fr="Reunion-Interne")
    return committee, [approved, draft]


def _all(**values):
    """One (kwargs, query) per value: _all(kind=["a", "b"]) -> [({"kind": "a"}, ""), ...]."""
    ((key, items),) = values.items()
    return [({key: item}, "") for item in items]


def _records(*records):
    """A public record's page at its address (pk and slug; the pk alone redirects there)."""
    return [({"pk": r.pk, "slug": r.slug}, "") for r in records]


def _choice_kinds(world):
    from taawun.core.choices import SOURCES

    kinds = sorted(SOURCES) or ["partners", "localities", "agreements"]
    return _all(kind=kinds) + [({"kind": "agreements"}, "?checkboxes=agreements")]


# URL name -> world -> [(kwargs, query string)]: the arguments a public URL is checked with.
BUILDERS = {
    "portal:partner-detail": lambda w: _records(w["partner"], w["commune"]),
    "portal:agreement-detail": lambda w: _records(w["agreement"]),
    "portal:agreement-document": lambda w: _all(pk=[w["document"].pk]),
    "portal:project-detail": lambda w: _records(w["project"]),
    "portal:locality-detail": lambda w: _all(slug=[w["locality"].slug]),
    "portal:update-photo": lambda w: _all(pk=[w["news"].pk]),
    "core:choices": _choice_kinds,
    "coordination-public:committee-detail": lambda w: _records(w["committee"]),
    "coordination-public:meeting-detail": lambda w: _all(pk=[m.pk for m in w["meetings"]]),
    "coordination-public:meeting-calendar": lambda w: _all(pk=[m.pk for m in w["meetings"]]),
    "council-public:session-detail": lambda w: _records(w["council_session"]),
    "priorities:detail": lambda w: _records(w["priority"]),
    "priorities:photo": lambda w: _all(pk=[w["priority"].pk]),
    "priorities:flag": lambda w: _all(pk=[w["priority"].pk]),
    "residents:confirm": lambda w: _all(token=["not-a-token"]),
    "information:received": lambda w: _all(reference=[w["request"].reference]),
    # the document given, behind the signed link only its requester has
    "information:document": lambda w: _all(token=[document_token(w["request"])]),
    "petitions:detail": lambda w: _records(w["petition"]),
    "calls:detail": lambda w: _records(w["call"]),
    "practices:detail": lambda w: _records(w["practice"]),
    "opportunities:detail": lambda w: _records(w["opportunity"]),
    "missions:detail": lambda w: _records(w["mission"]),
    "practices:file": lambda w: _all(pk=[w["practice"].files.get().pk]),
    "report:page": lambda w: _all(year=[2025]),
    "report:pdf": lambda w: _all(year=[2025]),
    "opendata:dataset": lambda w: [
        ({"name": name, "fmt": fmt}, "")
        for name in (
            "partners",
            "agreements",
            "projects",
            "transactions",
            "indicators",
            "committees",
            "meetings",
            "decisions",
            "council",
            "priorities",
            "grants",
            "practices",
            "opportunities",
        )  # fmt: skip
        for fmt in ("csv", "json", "xlsx")
    ],
    "opendata:updates-feed": lambda w: _all(language=[code for code, _ in settings.LANGUAGES]),
    "opendata:priorities-feed": lambda w: _all(language=[code for code, _ in settings.LANGUAGES]),
    "opendata:practices-feed": lambda w: _all(language=[code for code, _ in settings.LANGUAGES]),
    "opendata:opportunities-feed": lambda w: _all(
        language=[code for code, _ in settings.LANGUAGES]
    ),
    "api:partner-detail": lambda w: _all(pk=[w["partner"].pk, w["commune"].pk]),
    "api:agreement-detail": lambda w: _all(pk=[w["agreement"].pk]),
    "api:project-detail": lambda w: _all(pk=[w["project"].pk]),
    "api:committee-detail": lambda w: _all(pk=[w["committee"].pk]),
    "api:meeting-detail": lambda w: _all(pk=[m.pk for m in w["meetings"]]),
    "api:decision-detail": lambda w: _all(pk=[w["meetings"][0].decisions.get().pk]),
    "api:councilsession-detail": lambda w: _all(pk=[w["council_session"].pk]),
    "api:priority-detail": lambda w: _all(pk=[w["priority"].pk]),
    "api:call-detail": lambda w: _all(pk=[w["call"].pk]),
    "api:grant-detail": lambda w: _all(pk=[w["award"].pk]),
    "api:practice-detail": lambda w: _all(pk=[w["practice"].pk]),
    "api:opportunity-detail": lambda w: _all(pk=[w["opportunity"].pk]),
    "api:mission-detail": lambda w: _all(pk=[w["mission"].pk]),
}


def public_names():
    """Every named URL that answers an anonymous GET with 200, as the matrix says."""
    names, unknown = set(), set()
    for name in all_url_names():
        if name.split(":")[0] in SKIPPED_NAMESPACES:
            continue
        if name not in MATRIX:
            unknown.add(name)
            continue
        method, _kwargs, expected = MATRIX[name]
        if method == "get" and expected[ANON] == 200:
            names.add(name)
    assert not unknown, (
        f"URLs without an authorization entry (tests/test_authorization.py): {unknown}"
    )
    return names


def derived_urls(world):
    """Every public URL, in every language, with its arguments from the world."""
    urls, unbuildable = set(), []
    names = public_names()
    for name in sorted(names):
        for language, _label in settings.LANGUAGES:
            with translation.override(language):  # slugs are in the reader's language
                cases = BUILDERS[name](world) if name in BUILDERS else [({}, "")]
                for kwargs, query in cases:
                    try:
                        urls.add(reverse(name, kwargs=kwargs) + query)
                    except NoReverseMatch:
                        unbuildable.append(name)
    assert not unbuildable, (
        f"public URLs with no arguments to build them from the world (add them to BUILDERS): "
        f"{sorted(set(unbuildable))}"
    )
    stale = sorted(set(BUILDERS) - names)
    assert not stale, f"BUILDERS entries for URLs that are not public any more: {stale}"
    return sorted(urls)


def required_urls(world):
    """The outputs this test listed by hand before it derived them: the least it must check."""
    urls = [
        "/robots.txt",
        "/sitemap.xml",
        "/open-data/iati/activities.xml",
        "/open-data/iati/organisation.xml",
        "/api/v1/partners/",
        "/api/v1/agreements/",
        "/api/v1/projects/",
        "/api/v1/projects/geojson/",
        "/api/v1/schema/",
        f"/api/v1/partners/{world['partner'].pk}/",
        f"/api/v1/agreements/{world['agreement'].pk}/",
        f"/api/v1/projects/{world['project'].pk}/",
        "/api/v1/committees/",
        "/api/v1/meetings/",
        "/api/v1/decisions/",
    ]
    for name in ("partners", "agreements", "projects", "transactions", "indicators",
                 "committees", "meetings", "decisions"):  # fmt: skip
        urls += [f"/open-data/{name}.{fmt}" for fmt in ("csv", "json", "xlsx")]
    for language in ("ar", "fr", "en"):
        urls.append(f"/open-data/updates-{language}.atom")
        with translation.override(language):
            for name in (
                "portal:home",
                "portal:partner-list",
                "portal:agreement-list",
                "portal:project-list",
                "open-data",
            ):
                urls.append(reverse(name))
            urls += [
                world["partner"].get_absolute_url(),
                world["commune"].get_absolute_url(),
                world["agreement"].get_absolute_url(),
                world["project"].get_absolute_url(),
            ]
            for name in ("portal:locality-list", "portal:news", "portal:how", "report:index"):
                urls.append(reverse(name))
            locality = world["locality"]
            urls.append(reverse("portal:locality-detail", kwargs={"slug": locality.slug}))
            urls.append(reverse("report:page", kwargs={"year": 2025}))
            # The name searches of the filters and forms, with no text: every row they offer.
            for kind in ("partners", "localities", "agreements"):
                urls.append(reverse("core:choices", args=[kind]))
            urls.append(reverse("core:choices", args=["agreements"]) + "?checkboxes=agreements")
    return urls


def body(response, tmp_path):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content[:4] == b"PK\x03\x04":  # XLSX: read the text of its sheets
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            content = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    elif content[:5] == b"%PDF-" and shutil.which("pdftotext"):  # a PDF: read its text layer
        path = tmp_path / "output.pdf"
        path.write_bytes(content)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
        if text.returncode == 0:  # a stored upload may be no PDF that poppler reads: as it is
            content += text.stdout
    return content.decode("utf-8", errors="replace")


def test_every_public_url_is_derived_from_the_resolver(world):
    derived = derived_urls(world)
    missing = sorted(set(required_urls(world)) - set(derived))
    assert not missing, f"public outputs no longer checked: {missing}"
    assert len(derived) > len(required_urls(world))


def test_no_public_output_carries_personal_data_or_a_non_public_record(client, world, tmp_path):
    checked, leaks = 0, {}
    for url in derived_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        text = body(response, tmp_path)
        if shown := [secret for secret in SECRETS if secret in text]:
            leaks[url] = shown
        checked += 1
    assert not leaks, "\n".join(f"{url} shows {shown}" for url, shown in leaks.items())
    assert checked > 50
