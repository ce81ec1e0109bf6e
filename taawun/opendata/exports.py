"""The open datasets: what anyone may download, always built from the public managers.

Each dataset gives (header, row iterator); the views stream it as CSV, JSON or XLSX. Never in
them: contact people, internal notes, non-public records, residents' personal data.
"""

import json
from decimal import Decimal

from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from taawun.agreements.exports import agreement_table
from taawun.agreements.models import Agreement
from taawun.coordination.exports import committee_table, decision_table, meeting_table
from taawun.coordination.models import Committee, Decision, Meeting
from taawun.council.exports import point_table
from taawun.council.models import CouncilSession
from taawun.funding.exports import opportunity_table
from taawun.funding.models import FundingOpportunity
from taawun.grants.awards import grant_table, public_awards
from taawun.knowledge.exports import practice_table
from taawun.knowledge.models import Practice
from taawun.participation.exports import priority_table
from taawun.participation.models import Priority
from taawun.partners.exports import partner_table
from taawun.partners.models import Partner
from taawun.projects.exports import indicator_table, project_table, transaction_table
from taawun.projects.models import Project, Transaction

DATASETS = {
    "partners": (_("Partners"), lambda: partner_table(Partner.public_objects.all())),
    "agreements": (
        _("Agreements"),
        lambda: agreement_table(Agreement.public_objects.all(), public=True),
    ),
    "projects": (_("Projects"), lambda: project_table(Project.public_objects.all(), public=True)),
    "transactions": (
        _("Transactions"),
        lambda: transaction_table(Transaction.objects.public(), public=True),
    ),
    "indicators": (_("Indicators"), lambda: indicator_table(Project.public_objects.all())),
    "committees": (_("Committees"), lambda: committee_table(Committee.public_objects.all())),
    "meetings": (_("Public meetings"), lambda: meeting_table(Meeting.objects.public())),
    "decisions": (_("Committee decisions"), lambda: decision_table(Decision.objects.public())),
    "council": (
        _("Council sessions' agenda and outcomes"),
        lambda: point_table(CouncilSession.public_objects.all()),
    ),
    "priorities": (
        _("Residents' priorities and the commune's answers"),
        lambda: priority_table(Priority.public_objects.all()),
    ),
    "grants": (
        _("Grants to associations awarded under calls for projects (360Giving)"),
        lambda: grant_table(public_awards()),
    ),
    "practices": (
        _("Good practices and how many times each was replicated"),
        lambda: practice_table(Practice.objects.public()),
    ),
    "opportunities": (
        _("Funding opportunities the commune follows"),
        lambda: opportunity_table(FundingOpportunity.objects.public()),
    ),
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
