"""What the public side says of action items: how many are done and how many late, per
agreement, counting only the items of published committees. Never who owns them."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from taawun.core.caching import versioned

from .choices import CLOSED_ACTIONS, ActionStatus
from .models import ActionItem


@dataclass(frozen=True)
class ActionCounts:
    done: int
    late: int
    total: int


def of_agreement(agreement_id):
    """Action items of the agreement: from its committees (founded by it) or from decisions
    that name it."""
    return Q(committee__agreement_id=agreement_id) | Q(decision__agreement_id=agreement_id)


def public_action_counts(agreement, today=None) -> ActionCounts:
    """Done and late (still awaited, past the due date) action items of the agreement's public
    committees, in one query; kept under the data version for the day (late moves with it)."""
    today = today or timezone.localdate()

    def count():
        totals = (
            ActionItem.objects.filter(of_agreement(agreement.pk), committee__is_public=True)
            .order_by()
            .aggregate(
                done=Count("pk", filter=Q(status=ActionStatus.DONE)),
                late=Count("pk", filter=Q(due_on__lt=today) & ~Q(status__in=CLOSED_ACTIONS)),
                total=Count("pk"),
            )
        )
        return ActionCounts(**totals)

    return versioned(f"coordination:action-counts:{agreement.pk}:{today.isoformat()}", count)
