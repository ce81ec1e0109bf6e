"""The generator's participation (see taawun.demo.synthetic): priorities with their supports,
reports, answers and projects; requests for information and petitions over two years. A mixin of
`Generator` like the coordination's: it reads `rng`, `now`, `localities` and `domains`, writes
through `next_id()` and `insert()`. No account is generated: priorities have no author, supports
no user (the models keep both once a resident has left). Titles and subjects start with "GEN-";
references are the real ones' (DI-2026-0001, PT-2026-001), after the numbers a year has already.
"""

import hashlib
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone

from taawun.participation.choices import (
    ACCEPTED,
    AnswerState,
    FlagReason,
    LinkKind,
    Moderation,
    PetitionKind,
    PetitionState,
    RefusalGround,
    RejectionReason,
    RequestState,
)
from taawun.participation.models import (
    InformationRequest,
    Petition,
    PetitionSignature,
    Priority,
    PriorityFlag,
    PriorityProject,
    Support,
    petition_threshold,
)
from taawun.participation.services.petitions import ASSOCIATION_CHECKS
from taawun.partners.models import Partner
from taawun.projects.models import ProjectLocation

# In proportion at every scale: four priorities per locality, three published; two in five of
# these answered, the accepted ones linked to a project or two of their locality; one in twenty
# reported. Online supports mostly under the answer threshold, one priority in ten above it.
PRIORITIES_PER_LOCALITY = 4
MODERATIONS = [Moderation.PUBLISHED] * 6 + [Moderation.PENDING, Moderation.HIDDEN]
ANSWERED_SHARE, FLAGGED_SHARE = 0.4, 0.05
ANSWERS = [AnswerState.UNDER_STUDY, AnswerState.PLANNED, AnswerState.DONE, AnswerState.PARTLY]
ANSWERS += [AnswerState.IN_PROGRESS] * 2 + [AnswerState.REJECTED, AnswerState.MERGED]
# Three requests for information per locality a year, over two years, answered mostly, some open
# however old (then overdue); a petition a year per eight localities (three at least).
REQUESTS_PER_LOCALITY, LOCALITIES_PER_PETITION = 3, 8
REQUEST_STATES = [RequestState.ANSWERED] * 8 + [RequestState.PARTLY, RequestState.REFUSED] * 2
REQUEST_STATES += [RequestState.WITHDRAWN, RequestState.RECEIVED]
DECISIONS = [PetitionState.ADMISSIBLE] * 2 + [PetitionState.INADMISSIBLE, PetitionState.WITHDRAWN]
# Approximate, for synthetic data only: 20 working days taken as 28 calendar days (3 as 5), twice
# as many once extended; the service counts working days and holidays (services.requests).
DELAY_DAYS, URGENT_DAYS = 28, 5
ROWS_IN_MEMORY = 100_000  # supports and signatures are inserted by batches at national scale
NEEDS = [  # (French, Arabic)
    ("Réparer la piste du douar", "إصلاح مسلك الدوار"),
    ("Éclairer la rue principale", "إنارة الشارع الرئيسي"),
    ("Raccorder les foyers à l'eau potable", "ربط المنازل بالماء الصالح للشرب"),
    ("Un terrain de sport pour les jeunes", "ملعب رياضي للشباب"),
    ("Un transport scolaire pour les filles", "نقل مدرسي للفتيات"),
    ("Protéger les maisons des crues", "حماية المنازل من الفيضانات"),
]
TOPICS = [  # (French, Arabic): the public summaries of the requests
    ("le budget de la commune", "ميزانية الجماعة"),
    ("un marché public de travaux", "صفقة عمومية للأشغال"),
    ("les autorisations de construire", "رخص البناء"),
    ("les subventions aux associations", "منح الجمعيات"),
]


class ParticipationGenerator:
    """The participation records of a synthetic dataset, generated after the coordination."""

    def clear_participation(self):
        """Delete what is generated, children first, before what it points to is deleted."""
        priorities = Priority.objects.filter(
            Q(title__startswith="GEN-") | Q(locality__slug__startswith="gen-")
        )
        for model in (Support, PriorityFlag, PriorityProject):
            model.objects.filter(priority__in=priorities).delete()
        priorities.delete()
        InformationRequest.objects.filter(subject__startswith="GEN-").delete()
        petitions = Petition.objects.filter(title__startswith="GEN-")
        PetitionSignature.objects.filter(petition__in=petitions).delete()
        petitions.delete()

    def participation(self):
        self.today = timezone.localdate(self.now)
        self.associations = list(
            Partner.objects.filter(name_fr__startswith="GEN-", kind="association")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        self.priorities()
        count = REQUESTS_PER_LOCALITY * 2 * len(self.localities)
        self.numbered(InformationRequest, count, self.request, {InformationRequest: []})
        self.threshold = petition_threshold()
        count = 2 * max(3, len(self.localities) // LOCALITIES_PER_PETITION)
        self.numbered(Petition, count, self.petition, {Petition: [], PetitionSignature: []})

    def flush_rows(self, rows):
        """Insert what has accumulated, parents first, and empty the lists."""
        for model, objs in rows.items():
            if objs:
                self.insert(model, objs, history=model in (Priority, InformationRequest, Petition))
                objs.clear()

    def numbered(self, model, count, make, rows):
        """`count` records of the last two years, oldest first, numbered in each year after the
        numbers the database has (the demo's, say): `make(pk, day, number, rows)` adds one."""
        days = sorted(self.today - timedelta(days=self.rng.randrange(730)) for _ in range(count))
        pk, last = self.next_id(model), {}
        for i, day in enumerate(days):
            if day.year not in last:
                last[day.year] = model.objects.filter(year=day.year).aggregate(n=Max("number"))["n"]
            last[day.year] = (last[day.year] or 0) + 1
            rows[model].append(make(pk + i, day, last[day.year], rows))
            if sum(map(len, rows.values())) >= ROWS_IN_MEMORY:
                self.flush_rows(rows)
        self.flush_rows(rows)

    def priorities(self):
        projects = {}  # the generated projects of each locality, in a fixed order
        for locality, project in (
            ProjectLocation.objects.filter(project__code__startswith="GEN-")
            .order_by("pk")
            .values_list("locality_id", "project_id")
        ):
            projects.setdefault(locality, []).append(project)
        everywhere = sorted({p for ids in projects.values() for p in ids})
        rows = {model: [] for model in (Priority, PriorityProject, Support, PriorityFlag)}
        pk = self.next_id(Priority)
        for locality, lat, lon in self.localities:
            first = None  # the locality's first published priority: others are merged into it
            for _ in range(PRIORITIES_PER_LOCALITY):
                priority = self.priority(pk, locality, lat, lon)
                rows[Priority].append(priority)
                if priority.moderation == Moderation.PUBLISHED:
                    self.supports(rows, priority)
                    self.answer(rows, priority, first, projects.get(locality) or everywhere)
                    first = first or pk
                pk += 1
            if len(rows[Support]) >= ROWS_IN_MEMORY:
                self.flush_rows(rows)
        self.flush_rows(rows)

    def priority(self, pk, locality, lat, lon):
        moderation = self.rng.choice(MODERATIONS)
        french = self.rng.random() < 0.4
        need = self.rng.choice(NEEDS)[0 if french else 1]
        moderated = self.now - timedelta(minutes=self.rng.randrange(60, 730 * 1_440))
        if moderation == Moderation.PENDING:
            moderated = None
        published = moderated if moderation == Moderation.PUBLISHED else None
        located = self.rng.random() < 0.7  # both coordinates, or neither
        association = self.associations and self.rng.random() < 0.3
        opens = published and timezone.localdate(published)
        return Priority(
            pk=pk,
            title=f"GEN-{need} {pk}",
            description=f"{need}: " + ("demande des habitants." if french else "طلب السكان."),
            language="fr" if french else "ar",
            domain_id=self.rng.choice(self.domains),
            pac_axis_id=self.axis(),
            locality_id=locality,
            association_id=self.rng.choice(self.associations) if association else None,
            latitude=lat + Decimal(self.rng.randrange(-900, 900)) / 100_000 if located else None,
            longitude=lon + Decimal(self.rng.randrange(-900, 900)) / 100_000 if located else None,
            moderation=moderation,
            moderation_reason="Hors sujet" if moderation == Moderation.HIDDEN else "",
            moderated_at=moderated,
            published_at=published,
            support_opens_on=opens,
            support_closes_on=opens and opens + timedelta(days=settings.PRIORITY_SUPPORT_DAYS),
        )

    def supports(self, rows, priority):
        """Online supports (the count kept on the priority), on paper, and readers' reports."""
        many = self.rng.random() < 0.1
        online = self.rng.randrange(50, 150) if many else self.rng.randrange(0, 20)
        priority.supports_count = online
        priority.paper_supports = self.rng.randrange(1, 40) if self.rng.random() < 0.3 else 0
        rows[Support].extend(Support(priority_id=priority.pk, user=None) for _ in range(online))
        if self.rng.random() < FLAGGED_SHARE:
            for _ in range(self.rng.randrange(1, 3)):
                reason = self.rng.choice(FlagReason.values)
                rows[PriorityFlag].append(PriorityFlag(priority_id=priority.pk, reason=reason))

    def answer(self, rows, priority, first, candidates):
        """The commune's answer (not always published yet); the projects of an accepted one."""
        answered = priority.published_at + timedelta(days=self.rng.randrange(7, 90))
        if self.rng.random() >= ANSWERED_SHARE or answered > self.now:
            return
        state = self.rng.choice(ANSWERS)
        if state == AnswerState.MERGED and first is None:
            state = AnswerState.UNDER_STUDY
        priority.answer_state = state
        if state == AnswerState.REJECTED:
            priority.rejection_reason = self.rng.choice(RejectionReason.values)
        priority.merged_into_id = first if state == AnswerState.MERGED else None
        priority.answer_fr = "La commune a étudié cette priorité avec les services concernés."
        priority.answer_ar = "درست الجماعة هذه الأولوية مع المصالح المعنية."
        priority.answered_at = answered
        priority.answer_published_at = answered if self.rng.random() < 0.85 else None
        if state not in ACCEPTED and state != AnswerState.PARTLY:
            return
        kind = LinkKind.PARTLY if state == AnswerState.PARTLY else LinkKind.ANSWERS
        count = min(len(candidates), 1 + (self.rng.random() < 0.3))
        for project in self.rng.sample(candidates, count):
            rows[PriorityProject].append(
                PriorityProject(priority_id=priority.pk, project_id=project, kind=kind)
            )

    def request(self, pk, day, number, rows):
        """A request for information received on `day`, closed when its answer is past."""
        urgent, extended = self.rng.random() < 0.05, self.rng.random() < 0.1
        delay = (URGENT_DAYS if urgent else DELAY_DAYS) * (2 if extended else 1)
        state = self.rng.choice(REQUEST_STATES)
        answered = day + timedelta(days=self.rng.randrange(1, delay + 15))  # some late
        if answered > self.today:
            state = RequestState.RECEIVED  # still within its delay, or nearly
        given = state in (RequestState.ANSWERED, RequestState.PARTLY)
        withheld = state in (RequestState.REFUSED, RequestState.PARTLY)
        topic_fr, topic_ar = self.rng.choice(TOPICS)
        summary = state != RequestState.RECEIVED or self.rng.random() < 0.5
        return InformationRequest(
            pk=pk,
            reference=f"DI-{day.year}-{number:04}",
            year=day.year,
            number=number,
            requester_name=f"GEN-Demandeur {pk}",
            requester_contact=f"gen-request-{pk}@example.org",
            subject=f"GEN-Les documents sur {topic_fr}",
            urgent=urgent,
            received_on=day,
            due_on=day + timedelta(days=delay),
            extended=extended,
            extension_reason="Documents à réunir auprès de plusieurs services" if extended else "",
            state=state,
            answer="Les documents demandés sont joints." if given else "",
            refusal_ground=self.rng.choice(RefusalGround.values) if withheld else "",
            answered_on=None if state == RequestState.RECEIVED else answered,
            language=self.rng.choice(["ar", "ar", "fr"]),
            public_summary_fr=f"Demande d'information sur {topic_fr}" if summary else "",
            public_summary_ar=f"طلب معلومات حول {topic_ar}" if summary else "",
        )

    def petition(self, pk, day, number, rows):
        """A petition deposited on `day`, decided by the bureau when old enough (never put on an
        agenda: that needs a council session); a citizens' one with its signatures."""
        by_association = bool(self.associations) and self.rng.random() < 0.3
        state = PetitionState.DEPOSITED
        if (self.today - day).days > self.rng.randrange(20, 90):
            state = self.rng.choice(DECISIONS)
        decided = None
        if state in (PetitionState.ADMISSIBLE, PetitionState.INADMISSIBLE):
            decided = min(self.today, day + timedelta(days=self.rng.randrange(10, 60)))
        low, high = {
            PetitionState.ADMISSIBLE: (self.threshold, self.threshold + 80),
            PetitionState.INADMISSIBLE: (self.threshold // 3, self.threshold),
        }.get(state, (self.threshold // 2, self.threshold + 40))
        signatures = 0 if by_association else self.rng.randrange(low, high)
        rows[PetitionSignature].extend(
            PetitionSignature(
                petition_id=pk,
                full_name=f"GEN-Signataire {pk}-{n}",
                national_id_hash=hashlib.sha256(f"gen-{pk}-{n}".encode()).hexdigest(),
            )
            for n in range(signatures)
        )
        checks = by_association and state != PetitionState.INADMISSIBLE
        need_fr, need_ar = self.rng.choice(NEEDS)
        refused, withdrawn = PetitionState.INADMISSIBLE, PetitionState.WITHDRAWN
        return Petition(
            pk=pk,
            reference=f"PT-{day.year}-{number:03}",
            year=day.year,
            number=number,
            kind=PetitionKind.ASSOCIATION if by_association else PetitionKind.CITIZENS,
            association_id=self.rng.choice(self.associations) if by_association else None,
            title=f"GEN-{need_fr}",
            object=f"{need_fr} : {need_ar}.",
            language="fr",
            proxy_name=f"GEN-Mandataire {pk}",
            proxy_contact=f"gen-petition-{pk}@example.org",
            deposited_on=day,
            decision_due_on=day + timedelta(days=settings.PETITION_DECISION_DAYS),
            state=state,
            decided_on=decided,
            inadmissibility_reasons="Hors des compétences" if state == refused else "",
            withdrawal_reason="Retirée par le mandataire" if state == withdrawn else "",
            **dict.fromkeys(ASSOCIATION_CHECKS, checks),
        )
