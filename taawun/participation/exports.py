"""The open dataset of residents' priorities: one row per published priority, its public fields,
its supports as counts and the commune's answer once published (Law 31-13). Never an author, a
supporter, a draft answer or a hidden priority."""

from taawun.core.tabular import utc_text

from .choices import AnswerState

CHUNK = 2000

PRIORITY_HEADER = [
    "id",
    "title",
    "language",
    "domain",
    "pac_axis",
    "locality",
    "latitude",
    "longitude",
    "association",
    "published_at",
    "support_closes_on",
    "supports_online",
    "supports_on_paper",
    "supports",
    "answer_state",
    "rejection_reason",
    "answer_published_at",
    "answer_fr",
    "answer_ar",
    "projects",
]


def priority_table(priorities):
    """The rows of `priorities` (a public queryset), newest first."""
    from taawun.projects.models import Project

    public_projects = set(Project.public_objects.values_list("pk", flat=True))
    queryset = (
        priorities.select_related("domain", "pac_axis", "locality", "association")
        .prefetch_related("links")
        .order_by("-published_at", "-pk")
    )

    def rows():
        for p in queryset.iterator(chunk_size=CHUNK):
            public = p.answer_is_public
            yield [
                p.pk,
                p.title,
                p.language,
                p.domain.code,
                p.pac_axis.number if p.pac_axis else None,
                p.locality.slug,
                p.latitude,
                p.longitude,
                p.association.public_name if p.association else "",
                utc_text(p.published_at),
                p.support_closes_on,
                p.supports_count,
                p.paper_supports,
                p.total_supports,
                p.answer_state if public else AnswerState.NOT_ANSWERED.value,
                p.rejection_reason if public else "",
                utc_text(p.answer_published_at),
                p.answer_fr if public else "",
                p.answer_ar if public else "",
                " ".join(
                    str(link.project_id)
                    for link in p.links.all()
                    if link.project_id in public_projects
                ),
            ]

    return PRIORITY_HEADER, rows()
