"""What needs attention: agreements expiring, visas due, obligations overdue, files stuck."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from . import lifecycle
from .lifecycle import VISA_WARNING_DAYS
from .models import Agreement, Obligation

EXPIRY_DAYS = 90


@dataclass
class Alerts:
    expiring: list
    visa_due: list
    overdue: list
    stuck: list

    @property
    def count(self):
        return len(self.expiring) + len(self.visa_due) + len(self.overdue) + len(self.stuck)

    # The numbers of days the alerts' headings name, from the constants that decide them.
    @property
    def expiry_days(self):
        return EXPIRY_DAYS

    @property
    def visa_warning_days(self):
        return VISA_WARNING_DAYS

    @property
    def visa_days(self):
        return lifecycle.VISA_DAYS


def alerts_for(user=None, *, today=None, limit=50) -> Alerts:
    """The alerts a user may see (everything when `user` is None, for the e-mail digest)."""
    today = today or timezone.localdate()
    agreements = Agreement.objects.all() if user is None else Agreement.objects.visible_to(user)
    obligations = Obligation.objects.all() if user is None else Obligation.objects.visible_to(user)
    return Alerts(
        expiring=list(agreements.expiring(EXPIRY_DAYS, today=today).order_by("end_date")[:limit]),
        visa_due=list(
            agreements.visa_due(VISA_WARNING_DAYS, today=today)
            .select_related("kind")
            .order_by("visa_submitted_on")[:limit]
        ),
        overdue=list(
            obligations.overdue(today=today)
            .select_related("party__partner", "party__agreement")
            .order_by("due_date")[:limit]
        ),
        stuck=list(agreements.stuck(settings.AGREEMENT_STUCK_DAYS).order_by("stage_since")[:limit]),
    )
