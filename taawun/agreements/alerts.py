"""What needs attention: agreements expiring, visas due, obligations overdue, files stuck; and
the daily digest of them, one e-mail per person in their language (accounts.notifications),
which each person can switch off."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.utils import timezone

from . import lifecycle
from .lifecycle import VISA_WARNING_DAYS
from .models import Agreement, Obligation

EXPIRY_DAYS = 90
# The kind of e-mail of the digest (accounts.notifications), and its templates.
DIGEST = "agreements.alerts"
DIGEST_SUBJECT = "agreements/email/alerts_subject.txt"
DIGEST_BODY = "agreements/email/alerts.txt"


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


def digest_context(user, data):
    """The digest's context for one recipient, in the worker (accounts.tasks): the alerts
    `user` may see on `data["today"]` (ISO) and the tacit visas of the run; None when nothing
    needs their attention."""
    from taawun.territory.models import CommuneProfile

    today = date.fromisoformat(data["today"])
    alerts = alerts_for(user, today=today)
    tacit = int(data.get("tacit", 0))
    if not alerts.count and not tacit:
        return None
    return {"alerts": alerts, "today": today, "commune": CommuneProfile.current(), "tacit": tacit}
