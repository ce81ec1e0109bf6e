"""A call for projects taken to its published results through the services, as the commune
does it: published and applied to a month ago, closed at its deadline, screened, scored by a
reviewer with comments, the selection made, the results published. For the tests that read
what the public sees of it (the portal, the API, the open data, the leak and authorization
tests): one application selected, one not selected, one not eligible — the last two with
names that must never appear in public."""

from datetime import date, timedelta
from decimal import Decimal

import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from taawun.accounts.tests.factories import UserFactory
from taawun.grants import services
from taawun.partners.tests.factories import PartnerFactory
from taawun.territory.selectors import commune_partner
from taawun.territory.tests.factories import CommuneProfileFactory, LocalityFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
NOT_SELECTED = "Demande-Non-Retenue-Secret"
INELIGIBLE = "Demande-Ineligible-Secret"
COMMENT = "Commentaire-Secret"
BUDGET_LINE = "Ligne-Budget-Secret"
SCREENING = "Raison-Ineligibilite-Secret"
SECRETS = [NOT_SELECTED, INELIGIBLE, COMMENT, BUDGET_LINE, SCREENING]


def selection_decision(officer, name="Commission de sélection des projets associatifs"):
    """The selection committee's decision, recorded in coordination as the commune does: a
    committee of three of the commune's people, its meeting held last week with all present,
    the decision adopted by three votes."""
    from taawun.coordination import services as coordination
    from taawun.coordination.tests.factories import meeting_data

    committee = coordination.committee_save(
        by=officer, kind="other", name_ar="لجنة انتقاء مشاريع الجمعيات", name_fr=name,
        quorum_fraction=Decimal("0.5"), quorum_minimum=0, decision_rule="majority",
    )  # fmt: skip
    members = [
        coordination.membership_save(
            committee=committee, by=officer, person_name=person, service="Commune", partner=None
        )
        for person in ("Mme Présidente", "M. Finances", "Mme Élue")
    ]
    meeting = coordination.meeting_save(committee=committee, by=officer, **meeting_data())
    for member in members:
        coordination.attendance_record(meeting=meeting, membership=member, presence="present")
    meeting = coordination.meeting_mark_held(meeting=meeting, by=officer)
    return coordination.decision_record(
        meeting=meeting, by=officer, kind="general", votes_for=3, votes_against=0,
        votes_abstain=0, text_ar="المصادقة على انتقاء المشاريع", text_fr="Sélection adoptée",
    )  # fmt: skip


def _representative(name):
    partner = PartnerFactory(kind="association", name_fr=name, name_ar=name)
    user = UserFactory(username=f"rep-{partner.pk}", role="association", partner=partner)
    return user


def _apply(user, call, locality, title, requested):
    application = services.application_save(
        by=user,
        call=call,
        applicant_kind="association",
        founded_on=date(2015, 3, 1),
        title=title,
        summary=f"{title} : des journées avec les jeunes du douar.",
        locality=locality,
        women=40,
        men=35,
        starts_on=date(2027, 1, 15),
        ends_on=date(2027, 6, 30),
        no_double_funding=True,
        data_notice=True,
    )
    services.budget_set(
        application=application,
        by=user,
        lines=[
            {"label": BUDGET_LINE, "requested": Decimal(requested), "own_cash": Decimal("5000")},
        ],
    )
    for requirement in call.required_documents.filter(required=True):
        upload = SimpleUploadedFile("piece.pdf", PDF, content_type="application/pdf")
        services.document_join(
            application=application, upload=upload, title="", requirement=requirement, by=user
        )
    return services.application_submit(application=application, by=user)


def scores(call, points):
    """Every criterion of `call`: yes to the eliminatory ones, `points` to the others."""
    return {
        str(c.pk): True if c.eliminatory else min(points, c.weight) for c in call.criteria.all()
    }


def call_with_results(officer, *, locality=None, title_fr="Appel à projets associatifs 2026"):
    """{"call", "selected", "not_selected", "ineligible"}: the call with its results published,
    30,000 MAD awarded to the selected application of "Association Tifawin"."""
    if commune_partner() is None:  # the grant convention names the commune as its funder
        CommuneProfileFactory()
    locality = locality or LocalityFactory(name_fr="Tamraght", name_ar="تامراغت")
    started = timezone.now() - timedelta(days=40)
    with time_machine.travel(started, tick=False):
        call = services.call_create(
            by=officer,
            title_ar="طلب مشاريع الجمعيات",
            title_fr=title_fr,
            title_en="Call for associations' projects",
            description_ar="دعم مشاريع الرياضة والبيئة والثقافة.",
            description_fr="Soutien aux projets de sport, d'environnement et de culture.",
            legal_basis="Délibération n° 12/2026 du 3 février 2026",
            envelope=Decimal("200000"),
            min_grant=Decimal("10000"),
            max_grant=Decimal("50000"),
            min_own_share=Decimal("10"),
            max_funding_rate=Decimal("90"),
            applicant_kinds=["association"],
            min_years=2,
            opens_at=started - timedelta(days=1),
            closes_at=started + timedelta(days=10),
            localities=[locality],
        )
        call = services.call_step(call=call, step="publish", by=officer)
        selected = _apply(
            _representative("Association Tifawin"), call, locality, "Plage propre", 30000
        )
        not_selected = _apply(
            _representative("Association Amal"), call, locality, NOT_SELECTED, 40000
        )
        ineligible = _apply(_representative("Association Ighil"), call, locality, INELIGIBLE, 20000)
    services.call_step(call=call, step="close", by=officer)
    services.application_screen(
        application=ineligible, eligible=False, reasons=SCREENING, by=officer
    )
    for application in (selected, not_selected):
        services.application_screen(application=application, eligible=True, by=officer)
    services.call_step(call=call, step="review", by=officer)
    for application, points in ((selected, 18), (not_selected, 9)):
        review = services.review_declare(application=application, by=officer, conflict=False)
        services.review_submit(
            review=review, scores=scores(call, points), comment=COMMENT, by=officer
        )
    services.select_awards(
        call=call, awards={selected: "30000"}, decision=selection_decision(officer), by=officer
    )
    call = services.call_step(call=call, step="results", by=officer)
    for application in (selected, not_selected, ineligible):
        application.refresh_from_db()
    return {
        "call": call,
        "selected": selected,
        "not_selected": not_selected,
        "ineligible": ineligible,
    }
