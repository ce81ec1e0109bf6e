"""The open datasets: what anyone may download, always built from the public managers.

Each dataset gives (header, row iterator); the views stream it as CSV, JSON or XLSX. Never in
them: contact people, internal notes, non-public records, residents' personal data.
"""

import json
from decimal import Decimal

from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from taawun.agreements.models import Agreement, Party
from taawun.partners.exports import partner_table
from taawun.partners.models import Partner
from taawun.projects.exports import project_table, transaction_table
from taawun.projects.models import IndicatorPeriod, Project, Transaction

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
INDICATOR_HEADER = [
    "project",
    "indicator_fr",
    "indicator_ar",
    "result_type",
    "measure",
    "unit_fr",
    "baseline",
    "baseline_year",
    "period_start",
    "period_end",
    "target",
    "actual",
]


def agreement_table(queryset):
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
                ";".join(p.partner.name_fr for p in a.parties.all()),
                a.committed_mad or Decimal("0"),
            ]

    return AGREEMENT_HEADER, rows()


def indicator_table(queryset):
    periods = (
        IndicatorPeriod.objects.filter(indicator__project__in=queryset)
        .select_related("indicator__project")
        .order_by("indicator__project__code", "indicator_id", "period_start")
    )

    def rows():
        for p in periods.iterator(chunk_size=CHUNK):
            i = p.indicator
            yield [
                i.project.code,
                i.name_fr,
                i.name_ar,
                i.result_type,
                i.measure,
                i.unit_fr,
                i.baseline,
                i.baseline_year,
                p.period_start,
                p.period_end,
                p.target,
                p.actual,
            ]

    return INDICATOR_HEADER, rows()


DATASETS = {
    "partners": (_("Partners"), lambda: partner_table(Partner.public_objects.all())),
    "agreements": (_("Agreements"), lambda: agreement_table(Agreement.public_objects.all())),
    "projects": (_("Projects"), lambda: project_table(Project.public_objects.all())),
    "transactions": (
        _("Transactions"),
        lambda: transaction_table(Transaction.objects.public()),
    ),
    "indicators": (_("Indicators"), lambda: indicator_table(Project.public_objects.all())),
}


def _plain(value):
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def json_response(filename, header, rows):
    """Stream a JSON array of objects, one row at a time."""

    def chunks():
        yield "["
        for index, row in enumerate(rows):
            item = dict(zip(header, (_plain(v) for v in row), strict=True))
            yield ("," if index else "") + json.dumps(item, ensure_ascii=False)
        yield "]\n"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
