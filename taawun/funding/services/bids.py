"""The commune's bid to an opportunity for one project, from its preparation to the donor's
answer. An awarded bid becomes a line of the project's funding plan — the donor's cash
contribution, in the bid's currency — through projects.services.money.contribution_save, so the
plan's totals, and the project's gap, follow."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, saved
from taawun.projects.choices import ContributionKind
from taawun.projects.services.money import contribution_save

from ..choices import BidState
from ..models import Bid

FIELDS = ["lead", "amount", "currency", "note"]
# step: (the states it starts from, the state it leads to)
BID_STEPS = {
    "submit": ((BidState.PREPARING,), BidState.SUBMITTED),
    "award": ((BidState.SUBMITTED,), BidState.AWARDED),
    "reject": ((BidState.SUBMITTED,), BidState.REJECTED),
}


def _require(by):
    if not can(by, "funding.edit_bid"):
        raise PermissionDenied


@transaction.atomic
def bid_save(*, by, opportunity=None, project=None, bid=None, expected_version=None, **fields):
    """Start a bid (the opportunity's currency unless said) or change one being prepared."""
    _require(by)
    if bid is None:
        bid = Bid(opportunity=opportunity, project=project)
        fields.setdefault("currency", opportunity.currency)
    else:
        bid = lock(bid)
        if bid.state != BidState.PREPARING:
            raise ValidationError(_("A bid submitted keeps what it asked."))
    advance(bid, expected_version)
    assign(bid, fields, FIELDS)
    return saved(bid, by)


@transaction.atomic
def bid_step(*, bid, step, by, on=None, amount_awarded=None):
    """Submit the bid, or record the donor's answer: awarded (with the amount, which becomes the
    donor's contribution to the project's funding plan) or rejected."""
    _require(by)
    if step not in BID_STEPS:
        raise ValidationError(_("Unknown step."))
    sources, target = BID_STEPS[step]
    bid = lock(bid)
    if bid.state not in sources:
        raise ValidationError(
            _("This bid is “%(state)s”: it cannot take this step.")
            % {"state": bid.get_state_display()}
        )
    on = on or timezone.localdate()
    advance(bid)
    bid.state = target
    if step == "submit":
        bid.submitted_on = on
    else:
        bid.decided_on = on
    if step == "award":
        if amount_awarded is None or amount_awarded <= 0:
            raise ValidationError({"amount_awarded": _("Give the amount the donor awarded.")})
        bid.amount_awarded = amount_awarded
        bid.contribution = contribution_save(
            project=bid.project,
            by=by,
            partner=bid.opportunity.donor,
            kind=ContributionKind.CASH,
            amount=amount_awarded,
            currency=bid.currency,
            note=(_("Awarded bid: %(programme)s") % {"programme": bid.opportunity.programme})[:200],
        )
    return saved(bid, by)
