"""A donor's funding opportunity as the commune's officer records it from the donor's call:
its rules, themes and axes, and its deadlines, each at its moment in the donor's time zone
(stored in UTC)."""

import datetime
import zoneinfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, saved

from ..models import Deadline, FundingOpportunity

FIELDS = [
    "donor", "programme_ar", "programme_fr", "programme_en", "reference", "url", "instrument",
    "summary_ar", "summary_fr", "summary_en", "applicants", "lead_kind", "lead_country",
    "countries", "opens_on", "currency", "min_amount", "max_amount", "envelope",
    "min_cofinancing", "max_funding_rate", "min_months", "max_months", "excluded_costs_ar",
    "excluded_costs_fr", "excluded_costs_en", "documents_ar", "documents_fr", "documents_en",
    "contact", "state", "source", "last_checked_on", "illustrative", "is_public",
]  # fmt: skip
RELATED = ("domains", "pac_axes")


def _require(by):
    if not can(by, "funding.edit_opportunity"):
        raise PermissionDenied


@transaction.atomic
def opportunity_save(*, by, opportunity=None, expected_version=None, **fields):
    _require(by)
    opportunity = FundingOpportunity() if opportunity is None else lock(opportunity)
    related = {name: fields.pop(name) for name in RELATED if name in fields}
    advance(opportunity, expected_version)
    assign(opportunity, fields, FIELDS)
    saved(opportunity, by)
    for name, values in related.items():
        getattr(opportunity, name).set(values)
    return opportunity


@transaction.atomic
def deadline_add(*, opportunity, by, day, time, tzid="Europe/Paris", stage="single"):
    """A deadline at `day` `time` in `tzid` (the donor's clock), kept in UTC."""
    _require(by)
    try:
        zone = zoneinfo.ZoneInfo(tzid)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError({"tzid": _("Unknown time zone.")}) from error
    local = datetime.datetime.combine(day, time, tzinfo=zone)
    deadline = Deadline(
        opportunity=opportunity, stage=stage, due_at=local.astimezone(datetime.UTC), tzid=tzid
    )
    deadline.full_clean()
    deadline.save()
    return deadline


@transaction.atomic
def deadline_remove(*, deadline, by):
    _require(by)
    deadline.delete()
