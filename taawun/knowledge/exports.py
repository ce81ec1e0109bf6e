"""The open dataset of good practices: the published cards, with how many times each was
replicated (never a draft, a card awaiting validation, an internal note or a remark)."""

from django.db.models import Count, Q

from .choices import ReplicationState

HEADER = [
    "id", "title_ar", "title_fr", "title_en", "summary_fr", "locality", "started_on", "ended_on",
    "cost_mad", "evidence", "project", "domains", "pac_axes", "partners", "replicated",
]  # fmt: skip
COUNTED = Q(replications__isnull=False) & ~Q(replications__state=ReplicationState.ABANDONED)


def practice_table(practices):
    practices = (
        practices.select_related("locality", "project")
        .prefetch_related("domains", "pac_axes", "partners")
        .annotate(replicated=Count("replications", filter=COUNTED, distinct=True))
        .order_by("pk")
    )

    def rows():
        for p in practices:
            yield [
                p.pk, p.title_ar, p.title_fr, p.title_en, p.summary_fr,
                p.locality.name_fr if p.locality else "", p.started_on, p.ended_on, p.cost_mad,
                p.evidence, p.project.code if p.project_id and p.project.is_public else "",
                "; ".join(d.code for d in p.domains.all()),
                "; ".join(str(a.number) for a in p.pac_axes.all()),
                "; ".join(x.name_fr for x in p.partners.all() if x.is_public),
                p.replicated,
            ]  # fmt: skip

    return HEADER, rows()
