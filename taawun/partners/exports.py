"""Partners as rows for CSV/XLSX. Only organisation fields: contact people stay inside."""

from django.db.models import Prefetch

from taawun.territory.models import Domain

from .columns import EXPORT_COLUMNS, export_row

HEADER = EXPORT_COLUMNS


def partner_table(queryset):
    """(header, row iterator); rows are read in chunks so memory stays flat."""
    queryset = queryset.order_by("pk").prefetch_related(
        Prefetch("domains", queryset=Domain.objects.only("code"))
    )

    def rows():
        for partner in queryset.iterator(chunk_size=1000):
            yield export_row(partner)

    return HEADER, rows()
