"""Committees and their members."""

from django.db import transaction

from taawun.core.concurrency import advance
from taawun.core.history import assign, saved

from ..models import Committee, Membership

COMMITTEE_FIELDS = [
    "kind",
    "name_ar",
    "name_fr",
    "name_en",
    "agreement",
    "founding_clause_ar",
    "founding_clause_fr",
    "founding_clause_en",
    "mandate_ar",
    "mandate_fr",
    "mandate_en",
    "quorum_fraction",
    "quorum_minimum",
    "decision_rule",
    "dissolved_on",
]
MEMBERSHIP_FIELDS = [
    "person_name",
    "user",
    "partner",
    "service",
    "role",
    "voting",
    "starts_on",
    "ends_on",
    "email",
    "phone",
]


@transaction.atomic
def committee_save(
    *, committee: Committee | None = None, by=None, expected_version=None, **fields
) -> Committee:
    """Create a committee, or change the fields given (from `expected_version`). A new
    committee is unpublished until an editor publishes it (core.publication)."""
    committee = committee or Committee()
    advance(committee, expected_version)
    assign(committee, fields, COMMITTEE_FIELDS)
    return saved(committee, by)


@transaction.atomic
def membership_save(
    *,
    committee: Committee,
    membership: Membership | None = None,
    by=None,
    expected_version=None,
    **fields,
) -> Membership:
    """Add a member to `committee`, or change `membership`."""
    membership = membership or Membership(committee=committee)
    if membership.committee_id != committee.pk:
        raise ValueError("This membership belongs to another committee.")
    advance(membership, expected_version)
    assign(membership, fields, MEMBERSHIP_FIELDS)
    return saved(membership, by)
