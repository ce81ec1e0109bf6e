"""Partners as rows for CSV/XLSX. Only organisation fields: contact people stay inside."""

from django.db.models import Prefetch

from taawun.territory.models import Domain

HEADER = [
    "id",
    "kind",
    "iati_type",
    "name_ar",
    "name_fr",
    "name_en",
    "acronym",
    "status",
    "country",
    "city",
    "address",
    "website",
    "registration_id",
    "iati_identifier",
    "domains",
]


def partner_table(queryset):
    """(header, row iterator); rows are read in chunks so memory stays flat."""
    queryset = queryset.order_by("pk").prefetch_related(
        Prefetch("domains", queryset=Domain.objects.only("code"))
    )

    def rows():
        for p in queryset.iterator(chunk_size=1000):
            yield [
                p.pk,
                p.kind,
                p.iati_type,
                p.name_ar,
                p.name_fr,
                p.name_en,
                p.acronym,
                p.status,
                p.country.code,
                p.city,
                p.address,
                p.website,
                p.registration_id,
                p.iati_identifier,
                ";".join(sorted(d.code for d in p.domains.all())),
            ]

    return HEADER, rows()
