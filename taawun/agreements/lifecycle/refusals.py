"""Why a step cannot be taken now: one function per reason, each a sentence in the reader's
language (or None when the reason does not hold)."""

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..choices import AmendmentStatus, ObligationStatus, Stage
from . import stages
from .stages import PREPARATION, visa_clock, visa_deadline


class TransitionRefused(ValidationError):
    """A lifecycle step that cannot be taken now; the message says why."""


def _at_stage(agreement, subject=None):
    return _("This step is not possible while the agreement is at the stage “%(stage)s”.") % {
        "stage": agreement.get_stage_display()
    }


def _parties_incomplete(agreement, subject=None):
    from taawun.territory.selectors import commune_partner_id

    parties = list(agreement.parties.all())
    if len(parties) < 2:
        return _("An agreement needs at least two parties, the commune and a partner.")
    commune = commune_partner_id()
    if commune is not None and all(p.partner_id != commune for p in parties):
        return _("The commune must be one of the parties.")
    return None


def _approvals_missing(agreement, subject=None):
    missing = [str(p.partner) for p in agreement.parties.all() if not p.is_approved]
    if missing:
        return _("Still waiting for the approval of: %(parties)s.") % {
            "parties": ", ".join(missing)
        }
    return None


def tacit_visa_not_yet(deadline):
    """Why a tacit visa cannot be recorded before `deadline` (the services say it too)."""
    return ngettext(
        "The governor has %(days)s day, until %(deadline)s; "
        "a tacit visa cannot be recorded before then.",
        "The governor has %(days)s days, until %(deadline)s; "
        "a tacit visa cannot be recorded before then.",
        stages.VISA_DAYS,
    ) % {"days": stages.VISA_DAYS, "deadline": date_format(deadline)}


def _not_tacit_yet(agreement, subject=None):
    clock = visa_clock(agreement)
    if clock is not None and not clock.lapsed:
        return tacit_visa_not_yet(clock.deadline)
    return None


def _approval_refused(agreement, party):
    from taawun.territory.selectors import commune_partner_id

    if party.is_approved:
        return _("This party's approval is already recorded.")
    if agreement.kind.needs_council_deliberation and party.partner_id == commune_partner_id():
        return _("The commune approves the agreement through its council's deliberation.")
    return None


def _already_signed(agreement, party):
    if party.is_signed:
        return _("This party has already signed.")
    return None


def _signing_refused(agreement, subject=None):
    if agreement.stage == Stage.VISA_PENDING:
        return _(
            "Signing is not possible before the governor's visa; "
            "it is still awaited (deadline %(deadline)s)."
        ) % {"deadline": date_format(visa_deadline(agreement))}
    if agreement.stage in PREPARATION:
        return _(
            "Signing comes after the council's deliberation and every party's approval%(visa)s."
        ) % {"visa": _(" and the governor's visa") if agreement.needs_visa else ""}
    return _at_stage(agreement)


def _parties_fixed(agreement, subject=None):
    return _("Parties are added before the council deliberates; afterwards, use an amendment.")


def _closed(agreement, subject=None):
    return _("The agreement is closed: its obligations can no longer change.")


def _not_deliverable(agreement, subject=None):
    return _("Deliveries are recorded once the agreement is in force (now: %(stage)s).") % {
        "stage": agreement.get_stage_display()
    }


def _nothing_left(agreement, obligation):
    if obligation.status == ObligationStatus.WAIVED:
        return _("This obligation was waived.")
    if obligation.status == ObligationStatus.DELIVERED or obligation.outstanding_mad <= 0:
        return _("This obligation has been delivered in full.")
    return None


def _waive_refused(agreement, obligation):
    if obligation.status == ObligationStatus.WAIVED:
        return _("This obligation was waived.")
    if obligation.status != ObligationStatus.DUE or obligation.delivered_mad > 0:
        return _(
            "This obligation has already been delivered, in part or in full: "
            "it can no longer be waived."
        )
    return None


def _not_waived(agreement, obligation):
    if obligation.status != ObligationStatus.WAIVED:
        return _("This obligation is not waived: there is nothing to undo.")
    return None


def _not_amendable(agreement, subject=None):
    return _("Amendments change an agreement that has been signed.")


def _amendment_refused(agreement, amendment):
    if amendment.status == AmendmentStatus.APPROVED:
        return _("This amendment was already applied.")
    if not amendment.council_date or not amendment.council_decision_number:
        return _(
            "An amendment is approved by the council like the agreement: give its deliberation."
        )
    return None
