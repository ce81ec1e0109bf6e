"""Builds the demo's committees (taawun.demo.data.coordination) through the coordination services,
as the commune's officer would: members, meetings, attendance, minutes, decisions, actions."""

import datetime
from decimal import Decimal

from django.utils import timezone

from taawun.accounts.models import User
from taawun.agreements.models import Agreement
from taawun.coordination import services
from taawun.coordination.models import Committee
from taawun.core.publication import set_published

from ..data.relative import Days

MEMBER_KEYS = ("person_name", "service", "role", "voting", "email", "phone")
MEETING_KEYS = ("venue_ar", "venue_fr", "visibility", "mode", "online_url")


class CoordinationBuilder:
    def __init__(self, *, partners, officer):
        self.partners = partners  # French name -> Partner
        self.officer = officer

    def build(self, row) -> Committee:
        agreement = None
        if row.get("agreement"):
            agreement = Agreement.objects.get(reference=row["agreement"])
        fields = {k: v for k, v in row.items() if k not in ("members", "meetings", "is_public")}
        fields["agreement"] = agreement
        fields["quorum_fraction"] = Decimal(fields["quorum_fraction"])
        committee = services.committee_save(by=self.officer, **fields)
        if row.get("is_public"):
            set_published(record=committee, published=True, by=self.officer)
        members = {}
        for member in row["members"]:
            data = {k: member[k] for k in MEMBER_KEYS if k in member}
            data["partner"] = self.partners[member["partner"]] if "partner" in member else None
            if "user" in member:  # one of the commune's people, with their account
                data["user"] = User.objects.get(username=member["user"])
            members[member["person_name"]] = services.membership_save(
                committee=committee, by=self.officer, **data
            )
        for meeting in row["meetings"]:
            self.meeting(committee, meeting, members)
        return committee

    def when(self, at):
        if isinstance(at, Days):
            day = timezone.localdate() + datetime.timedelta(days=at.days)
            at = (day, "10:00")
        day, clock = at
        hour, minute = (int(part) for part in clock.split(":"))
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
        return start, start + datetime.timedelta(hours=2, minutes=30)

    def meeting(self, committee, row, members):
        by = self.officer
        starts_at, ends_at = self.when(row["at"])
        data = {k: row[k] for k in MEETING_KEYS if k in row}
        meeting = services.meeting_save(
            committee=committee, by=by, starts_at=starts_at, ends_at=ends_at, **data
        )
        items = [meeting.agenda_items.get()]
        for item in row["items"]:
            items.append(services.agenda_item_save(meeting=meeting, by=by, **item))
        if "absent" not in row:
            return meeting  # planned: nothing more yet
        for name, member in members.items():
            presence = "absent" if name in row["absent"] else "present"
            services.attendance_record(
                meeting=meeting, membership=member, reply="accepted", presence=presence, by=by
            )
        meeting = services.meeting_mark_held(meeting=meeting, by=by)
        for decision in row.get("decisions", ()):
            self.decision(meeting, items[decision["item"] - 1], decision)
        services.agenda_item_save(
            meeting=meeting,
            item=items[0],
            by=by,
            minutes_ar="عرضت الكتابة وضعية تنفيذ الإجراءات المقررة في الاجتماع السابق.",
            minutes_fr="Le secrétariat présente l'état d'avancement des actions décidées lors de la réunion précédente.",
        )
        if row.get("minutes") in ("circulated", "approved"):
            meeting = services.minutes_advance(meeting=meeting, to="circulated", by=by)
        if row.get("minutes") == "approved":
            meeting = services.minutes_advance(meeting=meeting, to="approved", by=by)
        return meeting

    def decision(self, meeting, item, row):
        votes = row["votes"]
        vote = {"by_consensus": True}
        if votes is not None:
            vote = dict(zip(("votes_for", "votes_against", "votes_abstain"), votes, strict=True))
        decision = services.decision_record(
            meeting=meeting, by=self.officer, agenda_item=item, kind=row["kind"],
            text_ar=row["text_ar"], text_fr=row["text_fr"], **vote,
        )  # fmt: skip
        for action in row.get("actions", ()):
            owner = self.partners[action["owner"]] if "owner" in action else None
            due = action["due"]
            if isinstance(due, Days):
                due = timezone.localdate() + datetime.timedelta(days=due.days)
            item = services.action_item_save(
                decision=decision, by=self.officer, title_ar=action["title_ar"],
                title_fr=action["title_fr"], owner_partner=owner,
                owner_name=action.get("owner_name", ""), due_on=due,
                priority=action.get("priority", "normal"),
            )  # fmt: skip
            if "status" in action:
                status, text = action["status"]
                services.action_item_set_status(
                    item=item, status=status, by=self.officer,
                    evidence=text if status == "done" else "",
                    blocked_reason=text if status == "blocked" else "",
                )  # fmt: skip
        return decision
