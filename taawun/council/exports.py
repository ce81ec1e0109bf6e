"""The council's open dataset: one row per agenda point of a published session, with its
outcome (Law 31-13). An agreement is named by its reference only when it is published."""

from taawun.agreements.lifecycle import PUBLISHED

from .models import SessionPoint

CHUNK = 2000

POINT_HEADER = [
    "session_id",
    "session_kind",
    "session_name_ar",
    "session_name_fr",
    "opens_on",
    "session_status",
    "order",
    "title_ar",
    "title_fr",
    "title_en",
    "agreement_reference",
    "votes_for",
    "votes_against",
    "votes_abstaining",
    "decision_number",
    "result",
]


def public_reference(agreement):
    if agreement is None or not agreement.is_public or agreement.stage not in PUBLISHED:
        return ""
    return agreement.reference


def point_table(sessions):
    """The points of `sessions` (a public queryset), by session then order."""
    queryset = (
        SessionPoint.objects.filter(session__in=sessions)
        .select_related("session", "agreement")
        .order_by("session__opens_on", "session_id", "order", "pk")
    )

    def rows():
        for p in queryset.iterator(chunk_size=CHUNK):
            s = p.session
            yield [
                s.pk,
                s.kind,
                s.name_ar,
                s.name_fr,
                s.opens_on,
                s.status,
                p.order,
                p.title_ar,
                p.title_fr,
                p.title_en,
                public_reference(p.agreement),
                p.votes_for,
                p.votes_against,
                p.votes_abstaining,
                p.decision_number,
                p.result,
            ]

    return POINT_HEADER, rows()
