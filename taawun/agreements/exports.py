"""The register of agreements as a table (header, rows), for the open datasets.

Built from whatever queryset the caller gives: the open data hands it
`Agreement.public_objects`, so nothing that is not published leaves.
"""

from decimal import Decimal

from django.db.models import Prefetch

from taawun.partners.selectors import public_partner_name

from .models import Party

CHUNK = 2000
AGREEMENT_HEADER = [
    "reference",
    "kind",
    "title_ar",
    "title_fr",
    "title_en",
    "stage",
    "start_date",
    "end_date",
    "council_date",
    "council_decision_number",
    "visa",
    "entered_into_force_on",
    "parties",
    "committed_mad",
]


def agreement_table(queryset, public=False):
    """`public` (the open data): parties the commune has not published are left out."""
    queryset = (
        queryset.select_related("kind")
        .prefetch_related(Prefetch("parties", queryset=Party.objects.select_related("partner")))
        .with_totals()
        .order_by("pk")
    )

    def rows():
        for a in queryset.iterator(chunk_size=CHUNK):
            yield [
                a.reference,
                a.kind.code,
                a.title_ar,
                a.title_fr,
                a.title_en,
                a.stage,
                a.start_date,
                a.end_date,
                a.council_date,
                a.council_decision_number,
                a.visa_outcome,
                a.entered_into_force_on,
                ";".join(
                    p.partner.name_fr
                    for p in a.parties.all()
                    if not public or public_partner_name(p.partner, "name_fr", unpublished="")
                ),
                a.committed_mad or Decimal("0"),
            ]

    return AGREEMENT_HEADER, rows()
