"""Builds the demo's residents and their priorities (taawun.demo.data.participation) through the
participation services, as residents and the commune's officer would: a resident proposes, the
officer publishes, residents support, the officer counts the paper supports, answers and links
the projects. The days of the story (published, answered) are then set on the rows: a service
writes "now", and the demo tells what happened in 2025 and 2026."""

import re
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.coordination.models import Committee
from taawun.participation import services
from taawun.participation.models import InformationRequest, Petition, Priority, Resident
from taawun.projects.models import Project
from taawun.territory.models import Domain, Locality, PacAxis

from ..data import participation as data
from ..data import users as demo_users


def _moment(day, hour=10):
    return timezone.make_aware(datetime.combine(day, time(hour)))


class ParticipationBuilder:
    def __init__(self, *, officer, counts):
        self.officer = officer
        self.created, self.present = counts

    @classmethod
    def load(cls, command):
        officer = User.objects.filter(username="officer").first() or command.admin
        builder = cls(officer=officer, counts=(command.created, command.present))
        builder.load_residents()
        for row in data.PRIORITIES:
            if Priority.objects.filter(title=row["title"]).exists():
                builder.present["priorities"] += 1
                continue
            builder.build(row)
            builder.created["priorities"] += 1
        for row in data.PETITIONS:
            if Petition.objects.filter(title=row["title"]).exists():
                builder.present["petitions"] += 1
                continue
            builder.build_petition(row)
            builder.created["petitions"] += 1
        for row in data.REQUESTS:
            name, contact = row["requester"]
            if InformationRequest.objects.filter(requester_contact=contact).exists():
                builder.present["requests for information"] += 1
                continue
            builder.build_request(row)
            builder.created["requests for information"] += 1

    def load_residents(self):
        self.residents = {}
        for row in data.RESIDENTS:
            user = User.objects.filter(username=row["username"]).first()
            if user is None:
                user = User(
                    username=row["username"],
                    email=f"{row['username']}@example.ma",
                    role=Role.RESIDENT,
                    language="ar",
                )
                if row["username"] == "resident":
                    user.set_password(demo_users.PASSWORD)
                else:
                    user.set_unusable_password()  # an author and supporter, not an account to try
                user.full_clean()
                user.save()
                self.created["residents"] += 1
            else:
                self.present["residents"] += 1
            if not Resident.objects.filter(user=user).exists():
                resident = Resident.objects.create(
                    user=user,
                    display_name=row["display_name"],
                    locality=Locality.objects.get(slug=row["locality"]),
                    email_confirmed_at=timezone.now(),
                    notice_version=settings.PARTICIPATION_NOTICE_VERSION,
                )
                if row.get("national_id"):  # seen at the commune office: only its hash is kept
                    services.resident_verify(
                        resident=resident, national_id=row["national_id"], by=self.officer
                    )
            self.residents[row["username"]] = user

    def build(self, row):
        if row["author"] == "association":
            author = User.objects.get(username="assoc-tamraght")
        else:
            author = self.residents[row["author"]]
        axis = PacAxis.objects.filter(number=row["axis"]).first()
        priority = services.priority_propose(
            by=author,
            title=row["title"],
            description=row["description"],
            language=row["language"],
            domain=Domain.objects.get(code=row["domain"]),
            pac_axis=axis,
            locality=Locality.objects.get(slug=row["locality"]),
            latitude=None,
            longitude=None,
        )
        if row["published"] is None:
            return priority
        by = self.officer
        services.priority_moderate(priority=priority, publish=True, by=by)
        for username in row["supporters"]:
            services.priority_support(priority=priority, by=self.residents[username])
        if row["paper"]:
            services.priority_paper_supports(priority=priority, count=row["paper"], by=by)
        for code, kind in row["projects"]:
            project = Project.objects.filter(code=code).first()
            if project is not None:
                services.priority_link_project(priority=priority, project=project, kind=kind, by=by)
        answered_on = None
        if row["answer"]:
            state, reason, answer_ar, answer_fr, answered_on = row["answer"]
            services.priority_answer(
                priority=priority,
                by=by,
                publish=True,
                answer_state=state,
                rejection_reason=reason,
                answer_ar=answer_ar,
                answer_fr=answer_fr,
            )
        self.date_story(priority, row["published"], answered_on)
        return priority

    def build_petition(self, row):
        by = self.officer
        name, contact = row["proxy"]
        association = None
        if row["kind"] == "association":
            association = User.objects.get(username="assoc-tamraght").partner
        petition = services.petition_deposit(
            by=by,
            kind=row["kind"],
            association=association,
            title=row["title"],
            object=row["object"],
            language=row["language"],
            proxy_name=name,
            proxy_contact=contact,
            deposited_on=row["deposited_on"],
        )
        if row["signatures"]:
            # Illustrative signatories, as entered from the paper sheets (numbers made up).
            rows = [(f"Signataire {n}", f"JA{200000 + n}") for n in range(row["signatures"])]
            services.petition_sign(petition=petition, rows=rows, by=by)
        if row["decision"] and row["decision"][0] == "admit":
            services.petition_admit(
                petition=petition, by=by, decided_on=row["decision"][1],
                association_over_three_years=True, association_seat_in_commune=True,
                association_activity_related=True,
            )  # fmt: skip
            session = services.next_ordinary_sessions().first()
            if row["place"] and session is not None:
                committee = Committee.objects.filter(name_fr=row["place"]).first()
                services.petition_place(
                    petition=petition, session=session, committee=committee, by=by
                )
        elif row["decision"]:
            _, decided_on, reasons = row["decision"]
            services.petition_refuse(
                petition=petition, reasons=reasons, by=by, decided_on=decided_on
            )
        return petition

    def build_request(self, row):
        name, contact = row["requester"]
        request = services.request_file(
            requester_name=name,
            requester_contact=contact,
            subject=row["subject"],
            urgent=row["urgent"],
            received_on=row["received_on"],
            requester=self.residents.get(row.get("account")),
            # written to in the language the request was written in
            language="ar" if re.search("[\u0600-\u06ff]", row["subject"]) else "fr",
        )
        by = self.officer
        if row["extension"]:
            services.request_extend(request=request, reason=row["extension"], by=by)
        summary_ar, summary_fr = row["summary"]
        fields = {"public_summary_ar": summary_ar, "public_summary_fr": summary_fr}
        if row["answer"]:
            state, answer, ground, answered_on = row["answer"]
            fields.update(state=state, answer=answer, refusal_ground=ground)
            services.request_answer(request=request, by=by, answered_on=answered_on, **fields)
        elif summary_ar or summary_fr:
            services.request_answer(request=request, by=by, state="received", **fields)
        return request

    def date_story(self, priority, published_on, answered_on):
        """The days the story happened on (the services wrote today)."""
        published = _moment(published_on)
        dates = {
            "created_at": published - timedelta(days=6),
            "moderated_at": published,
            "published_at": published,
            "support_opens_on": published_on,
            "support_closes_on": published_on + timedelta(days=settings.PRIORITY_SUPPORT_DAYS),
        }
        if answered_on:
            dates.update(answered_at=_moment(answered_on), answer_published_at=_moment(answered_on))
        Priority.objects.filter(pk=priority.pk).update(**dates)
        priority.supports.update(created_at=published + timedelta(days=2))
