"""The stage groups and the governor's visa clock."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from ..choices import ObligationStatus, Stage

# The stage groups ---------------------------------------------------------------------------

# Stages in their normal order, for the progress line on the agreement page.
MAIN_LINE = (
    Stage.DRAFT,
    Stage.COMMITTEE,
    Stage.AGENDA,
    Stage.COUNCIL_APPROVED,
    Stage.PARTNER_APPROVALS,
    Stage.VISA_PENDING,
    Stage.SIGNATURES,
    Stage.IN_FORCE,
)
# Before signature nothing binds the parties yet.
PREPARATION = frozenset(MAIN_LINE[:-1])
# Before the council deliberates, the file is internal; from then on it is a public decision
# (Law 31-13) and the parties are fixed (a new party needs an amendment).
BEFORE_DELIBERATION = frozenset({Stage.DRAFT, Stage.COMMITTEE, Stage.AGENDA})
# A council's vote against is a public decision too: a rejected agreement is in the register
# (when it is published, like any other); one sent back to draft is not.
PUBLISHED = frozenset(set(Stage) - BEFORE_DELIBERATION)
# What binds the parties: their obligations are followed, deliveries recorded.
BINDING = frozenset({Stage.IN_FORCE, Stage.SUSPENDED})
CLOSED = frozenset({Stage.COMPLETED, Stage.EXPIRED, Stage.TERMINATED})
# Where a file ends: closed once it bound the parties, or rejected by the council before.
ENDED = frozenset({*CLOSED, Stage.REJECTED})
# A partner's own body approves between the committee and the end of the approvals.
APPROVALS = frozenset(
    {Stage.COMMITTEE, Stage.AGENDA, Stage.COUNCIL_APPROVED, Stage.PARTNER_APPROVALS}
)
# An amendment changes an agreement that has been signed (or is being signed).
AMENDABLE = frozenset({Stage.SIGNATURES, *BINDING})
# Deliveries are recorded while the agreement binds, and late ones after it was completed.
DELIVERABLE = frozenset({*BINDING, Stage.COMPLETED})
# Files that wait for someone (the "stuck" alert): neither running nor ended.
WAITING = frozenset(set(Stage) - ENDED - {Stage.IN_FORCE})
OPEN_OBLIGATION = (ObligationStatus.DUE, ObligationStatus.PARTLY_DELIVERED)

# The governor's visa clock ------------------------------------------------------------------

VISA_DAYS = 20  # Organic Law 113-14, art. 118: silence after 20 days counts as a visa
VISA_WARNING_DAYS = 5  # the alerts and the countdown turn urgent this many days before


def visa_deadline(agreement):
    if agreement.visa_submitted_on is None:
        return None
    return agreement.visa_submitted_on + timedelta(days=VISA_DAYS)


@dataclass(frozen=True)
class VisaClock:
    deadline: object
    days_left: int

    @property
    def days(self):
        return VISA_DAYS

    @property
    def urgent(self):
        return self.days_left <= VISA_WARNING_DAYS

    @property
    def lapsed(self):
        """The deadline has come without an answer: the visa is tacit."""
        return self.days_left <= 0


def visa_clock(agreement, today=None):
    """The countdown while the visa is awaited, else None."""
    deadline = visa_deadline(agreement)
    if agreement.stage != Stage.VISA_PENDING or deadline is None:
        return None
    return VisaClock(deadline, (deadline - (today or timezone.localdate())).days)
