"""The generator's coordination: steering committees, their members, meetings, agenda,
attendance, decisions and action items (see taawun.demo.synthetic for what the generator is).

A mixin of `Generator`: it reads the generator's `rng`, `now`, `agreement_rows` and `parties`, and
writes through its `next_id()` and `insert()`, so the rows are the same for a seed as when it lived
in one module.
"""

from datetime import timedelta

from django.utils import timezone

from taawun.coordination.choices import ActionStatus, MinutesStatus, Visibility
from taawun.coordination.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Committee,
    Decision,
    Meeting,
    Membership,
)

# Coordination, in proportion at every scale: a steering committee for every other agreement,
# its parties as members, four meetings each (three held with approved minutes), three agenda
# items and one decision per held meeting, two action items per decision.
COMMITTEE_SHARE = 0.5
MEETINGS_PER_COMMITTEE = 4
AGENDA_PER_MEETING = 3
ACTIONS_PER_DECISION = 2
ACTION_STATUSES = [
    ActionStatus.OPEN,
    ActionStatus.OPEN,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.DONE,
    ActionStatus.BLOCKED,
]


class CoordinationGenerator:
    """The coordination records of a synthetic dataset, generated after the agreements."""

    def clear_coordination(self):
        """Delete the generated committees and everything under them, children first."""
        committees = Committee.objects.filter(name_fr__startswith="GEN-")
        ActionItem.objects.filter(committee__in=committees).delete()
        Decision.objects.filter(committee__in=committees).delete()
        Attendance.objects.filter(meeting__committee__in=committees).delete()
        AgendaItem.objects.filter(meeting__committee__in=committees).delete()
        Meeting.objects.filter(committee__in=committees).delete()
        Membership.objects.filter(committee__in=committees).delete()
        committees.delete()

    def coordination(self):
        """Steering committees of the agreements with their parties as members, their meetings
        (agenda, attendance, decisions) and the action items the decisions give the parties."""
        partners_of = {}
        for party in self.parties:
            partners_of.setdefault(party.agreement_id, []).append(party.partner_id)
        ids = {
            model: self.next_id(model)
            for model in (Committee, Membership, Meeting, AgendaItem, Decision)
        }
        rows = {
            model: []
            for model in (
                Committee,
                Membership,
                Meeting,
                AgendaItem,
                Attendance,
                Decision,
                ActionItem,
            )
        }
        today = timezone.localdate()
        for i, agreement in enumerate(self.agreement_rows):
            if self.rng.random() >= COMMITTEE_SHARE:
                continue
            committee = ids[Committee]
            ids[Committee] += 1
            rows[Committee].append(
                Committee(
                    pk=committee,
                    kind="steering",
                    name_ar=f"لجنة القيادة {i}",
                    name_fr=f"GEN-Comité de pilotage {i}",
                    agreement_id=agreement.pk,
                    mandate_fr="Piloter la convention",
                    is_public=agreement.is_public and self.rng.random() > 0.2,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            members = []
            for n, partner in enumerate(partners_of.get(agreement.pk, [])):
                members.append((ids[Membership], partner))
                rows[Membership].append(
                    Membership(
                        pk=ids[Membership],
                        committee_id=committee,
                        person_name=f"GEN-Membre {i}-{n}",
                        partner_id=partner,
                        role="chair" if n == 0 else "member",
                        email=f"gen-{i}-{n}@example.org",
                        created_at=self.now,
                        updated_at=self.now,
                    )
                )
                ids[Membership] += 1
            for m in range(MEETINGS_PER_COMMITTEE):
                self.meeting(ids, rows, committee, agreement, members, m, today)
        for model, objs in rows.items():
            self.insert(model, objs, history=model is Committee)

    def meeting(self, ids, rows, committee, agreement, members, m, today):
        """The m-th meeting of a committee: the last one planned, the others held last years
        with approved minutes, a decision and its action items."""
        held = m < MEETINGS_PER_COMMITTEE - 1
        start = self.now - timedelta(days=self.rng.randrange(30, 1_500))
        if not held:
            start = self.now + timedelta(days=self.rng.randrange(3, 90))
        meeting = ids[Meeting]
        ids[Meeting] += 1
        rows[Meeting].append(
            Meeting(
                pk=meeting,
                committee_id=committee,
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                venue_fr="Salle du conseil",
                visibility=self.rng.choice(
                    [Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PARTNERS, Visibility.INTERNAL]
                ),
                status="held" if held else "planned",
                minutes_status=MinutesStatus.APPROVED if held else MinutesStatus.DRAFT,
                minutes_approved_at=start + timedelta(days=10) if held else None,
                uid=f"gen-{meeting}@taawun",
                created_at=self.now,
                updated_at=self.now,
            )
        )
        first_item = ids[AgendaItem]
        for order in range(1, AGENDA_PER_MEETING + 1):
            rows[AgendaItem].append(
                AgendaItem(
                    pk=ids[AgendaItem],
                    meeting_id=meeting,
                    order=order,
                    title_ar=f"نقطة {order}",
                    title_fr=f"Point {order}",
                    kind="decision" if order == AGENDA_PER_MEETING else "discussion",
                    agreement_id=agreement.pk,
                    minutes_fr="Le comité a examiné le point." if held else "",
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            ids[AgendaItem] += 1
        if not held:
            return
        for membership, _partner in members:
            rows[Attendance].append(
                Attendance(
                    meeting_id=meeting,
                    membership_id=membership,
                    presence="present",
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
        decision = ids[Decision]
        ids[Decision] += 1
        rows[Decision].append(
            Decision(
                pk=decision,
                committee_id=committee,
                meeting_id=meeting,
                agenda_item_id=first_item + AGENDA_PER_MEETING - 1,
                year=start.year,
                # unique per committee and year: the meeting's rank stands for its number
                number=m + 1,
                text_ar="قرار اللجنة",
                text_fr="Décision du comité",
                by_consensus=True,
                agreement_id=agreement.pk,
                created_at=self.now,
                updated_at=self.now,
            )
        )
        owners = [partner for _membership, partner in members] or [None]
        for a in range(ACTIONS_PER_DECISION):
            status = self.rng.choice(ACTION_STATUSES)
            rows[ActionItem].append(
                ActionItem(
                    committee_id=committee,
                    meeting_id=meeting,
                    decision_id=decision,
                    title_ar="إجراء",
                    title_fr=f"Action {a + 1}",
                    owner_partner_id=owners[a % len(owners)],
                    owner_name="" if owners[0] else "Service technique",
                    due_on=today + timedelta(days=self.rng.randrange(-200, 120)),
                    priority="normal",
                    status=status,
                    evidence="Rapport" if status == ActionStatus.DONE else "",
                    blocked_reason="En attente" if status == ActionStatus.BLOCKED else "",
                    done_on=today if status == ActionStatus.DONE else None,
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
