"""Committees, meetings and decisions as tables (header, rows), for the open datasets.

Built from whatever queryset the caller gives: the open data hands them the public rows
(`Committee.public_objects`, `Meeting.objects.public()`, `Decision.objects.public()`), so only
what the public pages show leaves. No member, no attendance, no online link: a committee is
its body and rules, a meeting its date, place and agenda, a decision its text and vote. An
agreement is named by its reference only when it is in the public register.
"""

from django.db.models import Prefetch
from django.utils import timezone

from taawun.agreements.lifecycle import PUBLISHED
from taawun.core.tabular import utc_text

from .models import AgendaItem

CHUNK = 2000
AGENDA_SEPARATOR = " | "

COMMITTEE_HEADER = [
    "id",
    "kind",
    "name_ar",
    "name_fr",
    "name_en",
    "agreement",
    "mandate_ar",
    "mandate_fr",
    "decision_rule",
    "quorum_fraction",
    "quorum_minimum",
    "dissolved_on",
]
MEETING_HEADER = [
    "id",
    "committee_id",
    "committee_fr",
    "kind",
    "starts_at",
    "ends_at",
    "mode",
    "venue_ar",
    "venue_fr",
    "status",
    "minutes_status",
    "minutes_approved_at",
    "agenda_ar",
    "agenda_fr",
]
DECISION_HEADER = [
    "committee_id",
    "committee_fr",
    "meeting_id",
    "meeting_date",
    "reference",
    "kind",
    "text_ar",
    "text_fr",
    "text_en",
    "by_consensus",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "agreement",
]


def public_reference(agreement):
    """The agreement's reference when it is in the public register, else empty."""
    if agreement is None or not (agreement.is_public and agreement.stage in PUBLISHED):
        return ""
    return agreement.reference


def committee_table(queryset):
    queryset = queryset.select_related("agreement").order_by("pk")

    def rows():
        for c in queryset.iterator(chunk_size=CHUNK):
            yield [
                c.pk,
                c.kind,
                c.name_ar,
                c.name_fr,
                c.name_en,
                public_reference(c.agreement),
                c.mandate_ar,
                c.mandate_fr,
                c.decision_rule,
                c.quorum_fraction,
                c.quorum_minimum,
                c.dissolved_on,
            ]

    return COMMITTEE_HEADER, rows()


def meeting_table(queryset):
    """Times in UTC (ISO 8601 with its offset); the agenda's titles in order."""
    items = AgendaItem.objects.only("meeting_id", "order", "title_ar", "title_fr")
    queryset = (
        queryset.select_related("committee")
        .prefetch_related(Prefetch("agenda_items", queryset=items.order_by("order", "pk")))
        .order_by("starts_at", "pk")
    )

    def rows():
        for m in queryset.iterator(chunk_size=CHUNK):
            agenda = list(m.agenda_items.all())
            yield [
                m.pk,
                m.committee_id,
                m.committee.name_fr,
                m.kind,
                utc_text(m.starts_at),
                utc_text(m.ends_at),
                m.mode,
                m.venue_ar,
                m.venue_fr,
                m.status,
                m.minutes_status,
                utc_text(m.minutes_approved_at),
                AGENDA_SEPARATOR.join(i.title_ar for i in agenda),
                AGENDA_SEPARATOR.join(i.title_fr for i in agenda),
            ]

    return MEETING_HEADER, rows()


def decision_table(queryset):
    queryset = queryset.select_related("committee", "meeting", "agreement").order_by(
        "committee_id", "year", "number"
    )

    def rows():
        for d in queryset.iterator(chunk_size=CHUNK):
            yield [
                d.committee_id,
                d.committee.name_fr,
                d.meeting_id,
                timezone.localtime(d.meeting.starts_at).date(),
                d.reference,
                d.kind,
                d.text_ar,
                d.text_fr,
                d.text_en,
                d.by_consensus,
                d.votes_for,
                d.votes_against,
                d.votes_abstain,
                public_reference(d.agreement),
            ]

    return DECISION_HEADER, rows()
