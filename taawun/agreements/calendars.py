"""The due dates of obligations and tranches in a person's calendar feed (core.calendars):
those the person may see (a representative, its organisation's; the commune's people, all),
still open, under an agreement that has not ended. One query, whatever their number."""

from django.utils.translation import gettext as _

from taawun.core.calendars import CalendarEntry
from taawun.core.i18n import amount

from .lifecycle import ENDED, OPEN_OBLIGATION
from .models import Obligation

# A feed is read by a program every few hours: the dates of the coming year and the late ones
# of the last, not the whole register's past.
FEED_LIMIT = 500


def obligation_entries(user):
    """Calendar entries (all-day, on the due date) for the open obligations `user` may see."""
    obligations = (
        Obligation.objects.visible_to(user)
        .filter(due_date__isnull=False, status__in=OPEN_OBLIGATION)
        .exclude(party__agreement__stage__in=sorted(ENDED))
        .select_related("party__partner", "party__agreement")
        .order_by("-due_date", "pk")[:FEED_LIMIT]
    )
    for obligation in obligations:
        yield obligation_entry(obligation)


def obligation_entry(obligation):
    """One obligation's due date, in the language active now."""
    party = obligation.party
    agreement = party.agreement
    names = {"partner": str(party.partner.name), "agreement": agreement.reference or agreement}
    if obligation.tranche:
        summary = _("Tranche {number} due: {partner} — {agreement}").format(
            number=obligation.tranche, **names
        )
    else:
        summary = _("Obligation due: {partner} — {agreement}").format(**names)
    description = _("{amount} under “{title}”; outstanding: {outstanding}.").format(
        amount=amount(obligation.amount, obligation.currency),
        title=agreement.title,
        outstanding=amount(obligation.outstanding_mad),
    )
    return CalendarEntry(
        uid=f"obligation-{obligation.pk}",
        sequence=max(obligation.version - 1, 0),
        start=obligation.due_date,
        summary=summary,
        description=description,
        url=f"{agreement.get_manage_url()}#obligation-{obligation.pk}",
        last_modified=obligation.updated_at,
    )
