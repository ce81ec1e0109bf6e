"""Builds the demo's calls for projects (taawun.demo.data.grants) through the grants services, as
the people would: the officer drafts and publishes the call; each association's representative
drafts its application, fills in the budget, joins the documents and submits; the officer closes
the call and screens; the three reviewers declare their interests and score; the officer selects
the awards (each makes its grant convention and schedules its reports) and publishes the
results. Each convention is then completed, deliberated, approved, signed and its first tranche
paid through the agreements services, as the agreements' builder takes its files; the
association files its reports, the officer decides them, and the second tranche is paid once
the final report is accepted.

The 2025 call happened in the past: the grants services take `now=` for the call's steps and the
applications' (the call's window decides what is accepted). The few moments a service writes as
"now" itself — a review's or a report's submission, a report's decision, a row's creation — are
then set on the rows, as the participation builder does."""

from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.utils import timezone

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.agreements import services as agreements
from taawun.agreements.choices import PartyRole
from taawun.coordination.models import Decision
from taawun.core.publication import set_published
from taawun.council import services as council_services
from taawun.council.models import CouncilSession
from taawun.grants import services
from taawun.grants.models import Application, Call, GrantReport, ReportDocument, Review
from taawun.grants.report_models import ReportKind
from taawun.partners.choices import PartnerKind
from taawun.territory.models import Domain, Locality, PacAxis

from ..data import grants as data
from ..data import users as demo_users
from ..data.names import PRESIDENT, PRESIDENT_AR
from .base import reported
from .records import council, resolve, session_labels

# The call's moments are said in Morocco's time, as the call states them.
MOROCCO = ZoneInfo("Africa/Casablanca")
LINE_FIELDS = ("label", "requested", "own_cash", "own_in_kind", "other_funders")
MONEY = ("envelope", "min_grant", "max_grant", "min_own_share", "max_funding_rate")
TEXT = ("title_ar", "title_fr", "title_en", "description_ar", "description_fr", "description_en")
APPROVING_BODY = {
    PartnerKind.ASSOCIATION: "Bureau de l'association",
    PartnerKind.COOPERATIVE: "Conseil d'administration de la coopérative",
}


def moment(value):
    """A moment in Morocco's time: a naive datetime, or (day, "HH:MM")."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=MOROCCO)
    day, clock = value
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=MOROCCO)


def _tiny_pdf():
    """A one-page PDF that says it is illustrative: any reader opens it."""
    stream = b"BT /F1 14 Tf 72 770 Td (Taawun - piece jointe de demonstration, illustrative) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        start,
    )
    return bytes(out)


PDF = _tiny_pdf()


def pdf():
    return SimpleUploadedFile("piece.pdf", PDF, content_type="application/pdf")


class GrantsBuilder:
    def __init__(self, *, partners, officer, finance, counts, today):
        self.partners = partners  # {demo French name: Partner}
        self.officer = officer
        self.finance = finance
        self.created, self.present = counts
        self.today = today

    @classmethod
    def load(cls, command):
        """load_demo's step: the representatives who apply, then each call that is missing (by
        its French or Arabic title) with its applications, reviews and conventions."""
        officer = User.objects.filter(username="officer").first() or command.admin
        finance = User.objects.filter(username="finance").first() or command.admin
        builder = cls(
            partners=command.partners,
            officer=officer,
            finance=finance,
            counts=(command.created, command.present),
            today=timezone.localdate(),
        )
        builder.load_representatives()
        for record in data.CALLS:
            row = builder.call_row(record)
            call = Call.objects.filter(Q(title_fr=row["title_fr"]) | Q(title_ar=row["title_ar"]))
            call = call.first()
            if call is not None:
                builder.present["calls for projects"] += 1
                builder.present["grant applications"] += call.applications.count()
                conventions = call.applications.filter(agreement__isnull=False).count()
                builder.present["grant conventions"] += conventions
                continue
            with reported(f"Demo call for projects {row['title_fr']}"):
                builder.build(row)
            builder.created["calls for projects"] += 1

    def call_row(self, record):
        """The call's record with its dates resolved and its titles and legal basis written."""
        row = resolve(record, self.today)
        year = row.get("year")
        for name in ("title_ar", "title_fr", "title_en"):
            row[name] = row[name].format(year=year)
        if isinstance(row["legal_basis"], tuple):
            text, day = row["legal_basis"]
            session = session_labels(day)[1]
            row["legal_basis"] = text.format(
                session_year=day.year,
                day=f"{day:%d/%m/%Y}",
                session=session[0].lower() + session[1:],
            )
        return row

    def load_representatives(self):
        """An account for each organisation's representative: assoc-tamraght is a demo account
        (taawun.demo.data.users); the others are made here, with no password to try."""
        accounts = {row["username"] for row in demo_users.USERS}
        for name, (username, first_name, last_name, _signs) in data.REPRESENTATIVES.items():
            if username in accounts:
                continue  # counted with the demo accounts
            if User.objects.filter(username=username).exists():
                self.present["users"] += 1
                continue
            user = User(
                username=username,
                email=f"{username}@example.ma",
                role=Role.ASSOCIATION,
                partner=self.partners[name],
                first_name=first_name,
                last_name=last_name,
                language="ar",
            )
            user.set_unusable_password()  # applies in the story; not an account to try
            user.full_clean()
            user.save()
            self.created["users"] += 1

    # --- the call ---

    def build(self, row):
        by = self.officer
        fields = {name: row[name] for name in TEXT}
        fields.update({name: Decimal(str(row[name])) for name in MONEY})
        call = services.call_create(
            by=by,
            **fields,
            legal_basis=row["legal_basis"],
            applicant_kinds=row["applicant_kinds"],
            min_years=row["min_years"],
            opens_at=moment(row["opens_at"]),
            closes_at=moment(row["closes_at"]),
            domains=list(Domain.objects.filter(code__in=row["domains"])),
            pac_axes=list(PacAxis.objects.filter(number__in=row["pac_axes"])),
            localities=list(Locality.objects.filter(slug__in=row["localities"])),
        )
        published = moment(row["published"])
        services.call_step(call=call, step="publish", by=by, now=published)
        Call.objects.filter(pk=call.pk).update(created_at=published - timedelta(days=10))
        made = [(spec, self.apply(call, spec)) for spec in row["applications"]]
        self.created["grant applications"] += len(made)
        if "closed" in row:
            self.decide(call, row, made)
        return call

    def apply(self, call, spec):
        """The representative's draft, its budget and documents, then its submission."""
        partner = self.partners[spec["applicant"]]
        by = User.objects.get(username=data.REPRESENTATIVES[spec["applicant"]][0])
        drafted = moment(spec["drafted"])
        women, men, girls, boys = spec["beneficiaries"]
        starts_on, ends_on = spec["dates"]
        declared = spec.get("declared", True)
        application = services.application_save(
            by=by,
            call=call,
            now=drafted,
            applicant_kind=partner.kind,
            founded_on=data.FOUNDED[spec["applicant"]],
            title=spec["title"],
            summary=spec["summary"],
            locality=Locality.objects.get(slug=spec["locality"]),
            domain=Domain.objects.filter(code=spec.get("domain")).first(),
            women=women,
            men=men,
            girls=girls,
            boys=boys,
            starts_on=starts_on,
            ends_on=ends_on,
            no_double_funding=declared,
            data_notice=declared,
        )
        if spec["budget"]:
            lines = [
                dict(zip(LINE_FIELDS, (label, *(Decimal(v) for v in amounts)), strict=True))
                for label, *amounts in spec["budget"]
            ]
            services.budget_set(application=application, lines=lines, by=by, now=drafted)
        required = list(call.required_documents.filter(required=True))
        for requirement in required[: spec.get("documents", len(required))]:
            services.document_join(
                application=application,
                upload=pdf(),
                title="",
                requirement=requirement,
                by=by,
                now=drafted,
            )
        if spec["submitted"]:
            services.application_submit(
                application=application, by=by, now=moment(spec["submitted"])
            )
        Application.objects.filter(pk=application.pk).update(created_at=drafted)
        return application

    def decide(self, call, row, made):
        """Closed at its deadline, screened, reviewed, selected, its results published; then the
        conventions of its awards."""
        by = self.officer
        services.call_step(call=call, step="close", by=by, now=moment(row["closed"]))
        for spec, application in made:
            reasons = spec.get("screening")
            services.application_screen(
                application=application, eligible=not reasons, reasons=reasons or "", by=by
            )
        services.call_step(call=call, step="review", by=by, now=moment(row["review"]))
        reviewers = [User.objects.get(username=name) for name in row["reviewers"]]
        services.call_reviewers_set(call=call, reviewers=reviewers, by=by)
        self.review(call, row, made)
        awards, reserve = {}, []
        for spec, application in made:
            decision = spec.get("decision")
            if isinstance(decision, tuple):
                awards[application.pk] = Decimal(decision[1])
            elif decision == "reserve":
                reserve.append(application.pk)
        # The selection committee's decision (taawun.demo.data.coordination), loaded before.
        decision = Decision.objects.filter(committee__name_fr=row["selection_committee"]).latest(
            "meeting__starts_at"
        )
        services.select_awards(call=call, awards=awards, reserve=reserve, decision=decision, by=by)
        services.call_step(call=call, step="results", by=by, now=moment(row["results"]))
        for spec, application in made:
            if "convention" in spec:
                application.refresh_from_db()
                self.convention(call, application, spec, row)
                self.created["grant conventions"] += 1

    def deliberate(self, agreement, day, number, votes):
        """The convention is a point of the council's session of `day` (taawun.demo.data.
        council), whose vote moves it through its deliberation; without such a session, the
        deliberation is recorded on the agreement itself."""
        by = self.officer
        session = CouncilSession.objects.filter(opens_on=day).first()
        if session is None:
            agreements.record_deliberation(
                agreement=agreement, by=by, **council(day, number, *votes)
            )
            return
        partner = self.party(agreement, PartyRole.BENEFICIARY).partner
        point = council_services.point_save(
            session=session,
            by=by,
            title_ar=f"الدراسة والمصادقة على اتفاقية دعم {partner.name_ar or partner.name_fr}",
            title_fr=f"Étude et approbation de la convention de subvention avec {partner.name_fr}",
            title_en=f"Grant convention with {partner.name_fr}",
            agreement=agreement,
        )
        votes_for, votes_against, abstaining = (list(votes) + [0, 0])[:3]
        council_services.point_record_outcome(
            point=point,
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstaining=abstaining,
            decision_number=f"{number}/{day.year}",
            by=by,
        )

    def review(self, call, row, made):
        """Each reviewer declares their interests on each eligible application, then scores it
        (the eliminatory criteria answered yes) — or, tied to the applicant, does not."""
        reviewers = [User.objects.get(username=name) for name in row["reviewers"]]
        criteria = list(call.criteria.all())
        first_day = moment(row["reviewed"])
        for number, (spec, application) in enumerate(made):
            if spec.get("screening"):
                continue
            application = Application.objects.select_related("call").get(pk=application.pk)
            for day, reviewer in enumerate(reviewers):
                note = spec.get("conflicts", {}).get(reviewer.username)
                review = services.review_declare(
                    application=application, by=reviewer, conflict=bool(note), note=note or ""
                )
                if note:
                    continue
                points = iter(spec["reviews"][reviewer.username])
                scores = {
                    str(criterion.pk): True if criterion.eliminatory else next(points)
                    for criterion in criteria
                }
                comment = spec.get("comment", "") if reviewer == self.officer else ""
                services.review_submit(review=review, scores=scores, comment=comment, by=reviewer)
                submitted = first_day + timedelta(days=day, minutes=40 * number)
                Review.objects.filter(pk=review.pk).update(submitted_at=submitted)

    # --- the grant convention of an award ---

    def convention(self, call, application, spec, row):
        """The draft the selection made, completed by the officer (English title, notes, domain
        and axis, the representatives), published, then taken to in force: the council's
        deliberation, the association's approval, the signatures; the first tranche paid; then
        the reports and the second tranche."""
        by, terms = self.officer, spec["convention"]
        agreement = application.agreement
        agreements.agreement_update(
            agreement=agreement,
            by=by,
            title_en=terms["title_en"],
            internal_notes=data.ILLUSTRATIVE.format(
                reference=application.reference, call=call.reference
            ),
            domains=list(Domain.objects.filter(code=spec["domain"])),
            pac_axis=PacAxis.objects.filter(number=data.DOMAIN_AXES[spec["domain"]]).first(),
        )
        signs_ar, signs_fr = data.REPRESENTATIVES[spec["applicant"]][3]
        for role, representative_ar, representative_fr in (
            (PartyRole.FUNDER, PRESIDENT_AR, PRESIDENT),
            (PartyRole.BENEFICIARY, signs_ar, signs_fr),
        ):
            agreements.party_save(
                agreement=agreement,
                party=self.party(agreement, role),
                by=by,
                representative_ar=representative_ar,
                representative_fr=representative_fr,
            )
        set_published(record=agreement, published=True, by=by)
        agreements.submit_to_committee(agreement=agreement, by=by)
        agreements.committee_done(agreement=agreement, by=by)
        day, *votes = row["council"]
        votes = terms.get("votes", votes)
        self.deliberate(agreement, day, terms["number"], votes)
        agreements.open_partner_approvals(agreement=agreement, by=by)
        beneficiary = self.party(agreement, PartyRole.BENEFICIARY)
        agreements.record_approval(
            party=beneficiary,
            body=APPROVING_BODY[beneficiary.partner.kind],
            decision_number="",
            approved_on=terms["approved"],
            by=by,
        )
        agreements.finish_approvals(agreement=agreement, on=row["sent_on"], by=by)
        for role, signatory in ((PartyRole.FUNDER, PRESIDENT), (PartyRole.BENEFICIARY, signs_fr)):
            agreements.sign(
                party=self.party(agreement, role),
                signed_on=terms["signed"],
                signatory=signatory,
                by=by,
            )
        self.pay(agreement, 1, terms["paid"])
        if "reports" in terms:
            self.reports(application, spec, terms["reports"])
            if "paid" in terms["reports"]:
                self.pay(agreement, 2, terms["reports"]["paid"])
        return agreement

    def pay(self, agreement, tranche, paid):
        """Finance records the commune's tranche paid, with its payment order."""
        paid_on, note = paid
        obligation = self.party(agreement, PartyRole.FUNDER).obligations.get(tranche=tranche)
        agreements.delivery_record(
            obligation=obligation,
            delivered_on=paid_on,
            mad_value=obligation.outstanding_mad,
            note=note,
            by=self.finance,
        )

    def reports(self, application, spec, terms):
        """The association files each report the grant owes (the financial one with its
        statement and a receipt); the officer accepts it, or asks for changes to the final one."""
        by = User.objects.get(username=data.REPRESENTATIVES[spec["applicant"]][0])
        filed, decided = moment((terms["filed"], "10:00")), moment((terms["decided"], "11:30"))
        for report in application.reports.order_by("pk"):
            if report.kind == ReportKind.FINANCIAL:
                narrative, expenses = terms["statement"], Decimal(terms["expenses"])
                pieces = [
                    (ReportDocument.Kind.STATEMENT, pdf()),
                    (ReportDocument.Kind.RECEIPT, pdf()),
                ]
            else:
                narrative, expenses, pieces = terms["final"], None, []
            services.report_submit(
                report=report, by=by, narrative=narrative, expenses=expenses, pieces=pieces
            )
            changes = terms.get("changes") if report.kind == ReportKind.FINAL else None
            services.report_decide(
                report=report,
                verdict="changes" if changes else "accepted",
                note=changes or "",
                by=self.officer,
            )
            GrantReport.objects.filter(pk=report.pk).update(submitted_at=filed, decided_at=decided)

    def party(self, agreement, role):
        """The party, read afresh, on the same agreement instance the services move on."""
        party = agreement.parties.get(role=role)
        party.agreement = agreement
        return party
