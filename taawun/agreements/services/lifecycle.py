"""Creating an agreement and its parties, and taking it through the lifecycle step by step.

Each step asks `lifecycle.require()` whether the agreement's stage allows it (the same question
the agreement page asks before offering it), then checks its own data, and records who and when
on the timeline.

Every step first re-reads its agreement (and party) locked for the rest of its transaction
(`core.db.lock`), asks `require()` on that fresh row, and saves only the fields it changes: two
people acting at once take the step one after the other, and the second is refused with the
reason ("not possible at this stage"), instead of repeating it or undoing the first.
"""

from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from taawun.core.bounds import add_months
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import stamp
from taawun.core.text import check_text, strip_controls
from taawun.territory.selectors import commune_partner

from .. import lifecycle
from ..choices import CouncilRejection, EventAction, PartyRole, Stage, VisaOutcome
from ..lifecycle import CLOSED, VISA_DAYS, TransitionRefused, require
from ..models import Agreement, Event, Party

DETAIL_LENGTH = Event._meta.get_field("detail").max_length
# The columns a step writes besides the stage (the rest of the row is left as it is).
COUNCIL_FIELDS = (
    "council_session_ar",
    "council_session_fr",
    "council_date",
    "council_decision_number",
    "votes_for",
    "votes_against",
    "votes_abstaining",
)
VISA_FIELDS = ("visa_outcome", "visa_date")
IN_FORCE_FIELDS = ("entered_into_force_on", "start_date", "end_date")
APPROVAL_FIELDS = ["approval_body", "approval_decision_number", "approval_date", "updated_at"]


def _event(agreement, action, by, *, detail="", on=None, facts=None, partner=None):
    Event.objects.create(
        agreement=agreement,
        action=action,
        by=by,
        partner=partner,
        stage=agreement.stage,
        # Never a control character on the timeline, whatever the source (core.text).
        detail=strip_controls(detail)[:DETAIL_LENGTH],
        on=on,
        facts=facts or {},
    )


def _reason(reason, missing):
    """A reason the step requires, stripped; refused with `missing` when empty."""
    reason = (reason or "").strip()
    if not reason:
        raise TransitionRefused(missing)
    # Typed in a form without a model: the text rule (core.text) is asked here.
    check_text(reason, field=_("Reason"))
    return reason[:DETAIL_LENGTH]


def _move(agreement, stage, by, *, on=None, detail="", fields=()):
    """Change stage; `on` is the step's legal date, so files entered afterwards age correctly.
    `fields` are the other columns the step changed (only these and the stage are written)."""
    agreement.stage = stage
    agreement.stage_since = _moment(on)
    advance(agreement)  # an edit form opened before the step is now stale
    stamp(agreement, by)
    agreement.save(update_fields=["stage", "stage_since", "version", "updated_at", *fields])
    _event(agreement, EventAction.STAGE, by, on=on, detail=detail)


def _locked(agreement, party=None):
    """The agreement (then the party) read afresh and locked until the step's transaction ends."""
    lock(agreement)
    if party is not None:
        lock(party)
    return agreement


def _moment(day):
    """Noon of a legal date, or now when there is none (or it is today)."""
    now = timezone.now()
    if day is None or day >= timezone.localdate():
        return now
    return timezone.make_aware(datetime.combine(day, time(12)))


def _not_in_future(day, what):
    if day > timezone.localdate():
        raise TransitionRefused(_("%(what)s cannot be in the future.") % {"what": what})


def _add_months(day: date, months: int) -> date:
    return add_months(day, months)  # core's: past the year 9999 is a message, not a crash


def _assign(instance, fields):
    """Set plain fields; many-to-many values are returned to be set once the row exists."""
    later = {}
    for name, value in fields.items():
        if instance._meta.get_field(name).many_to_many:
            later[name] = value
        else:
            setattr(instance, name, value)
    return later


# Creating and editing ---------------------------------------------------------------------------


@transaction.atomic
def agreement_create(*, commune_role=PartyRole.PROJECT_OWNER, by=None, **fields) -> Agreement:
    """Create a draft agreement from its fields; the commune becomes its first party."""
    agreement = Agreement()
    related = _assign(agreement, fields)
    if agreement.start_date and not agreement.end_date and agreement.kind_id:
        agreement.end_date = _add_months(agreement.start_date, agreement.effective_duration_months)
    agreement.full_clean()
    commune = commune_partner()
    if commune is None:
        raise ValidationError(
            _("The commune's own partner record is not set: edit the commune profile first.")
        )
    stamp(agreement, by)
    agreement.save()
    for name, values in related.items():
        getattr(agreement, name).set(values)
    party = Party(agreement=agreement, partner=commune, role=commune_role)
    stamp(party, by)
    party.save()
    _event(agreement, EventAction.CREATED, by)
    return agreement


@transaction.atomic
def agreement_update(
    *, agreement: Agreement, by=None, expected_version=None, **fields
) -> Agreement:
    """Change an agreement's terms (not its stage: that is the lifecycle's). Only the given
    fields are written, so a step taken meanwhile (its stage, votes, dates) is never undone.
    `expected_version`: the version the editor saw; another one now is a StaleEdit."""
    advance(agreement, expected_version)
    related = _assign(agreement, fields)
    agreement.full_clean()
    stamp(agreement, by)
    agreement.save(update_fields=[*(set(fields) - set(related)), "updated_at"])
    for name, values in related.items():
        getattr(agreement, name).set(values)
    return agreement


@transaction.atomic
def party_save(
    *,
    agreement: Agreement,
    party: Party | None = None,
    by=None,
    expected_version=None,
    **fields,
) -> Party:
    """Add a party (before the council deliberates; after, by amendment) or edit one."""
    _locked(agreement)
    if party is None:
        require(agreement, "add-party")
        party = Party(agreement=agreement)
    elif party.agreement_id != agreement.pk:
        raise ValidationError(_("This party belongs to another agreement."))
    advance(party, expected_version)
    _assign(party, fields)
    party.full_clean()
    stamp(party, by)
    party.save()
    return party


# The lifecycle ----------------------------------------------------------------------------------


@transaction.atomic
def submit_to_committee(*, agreement: Agreement, by=None) -> Agreement:
    """Draft → review by the council's committee."""
    _locked(agreement)
    require(agreement, "submit")
    _move(agreement, Stage.COMMITTEE, by)
    return agreement


@transaction.atomic
def committee_done(*, agreement: Agreement, by=None) -> Agreement:
    """Committee review → on the council's agenda, or straight to the partners' approvals
    for the kinds that need no deliberation."""
    _locked(agreement)
    require(agreement, "committee-done")
    if agreement.kind.needs_council_deliberation:
        _move(agreement, Stage.AGENDA, by)
    else:
        _move(agreement, Stage.PARTNER_APPROVALS, by)
    return agreement


@transaction.atomic
def record_deliberation(
    *,
    agreement: Agreement,
    session_ar: str,
    session_fr: str,
    held_on: date,
    decision_number: str,
    votes_for: int,
    votes_against: int,
    votes_abstaining: int,
    by=None,
) -> Agreement:
    """The council's deliberation, a legal fact whatever its outcome. More votes for than
    against: on the agenda → approved by the council. Otherwise (a tie included) it is recorded
    as a rejection, with its figures on the timeline, and the kind's rule says where the file
    goes: "rejected by the council" (it ends, and the deliberation stays on the agreement, shown
    in the register like any published decision) or back to draft (to be reworked; the
    agreement's own deliberation fields stay empty for the next one)."""
    _locked(agreement)
    require(agreement, "deliberation")
    _not_in_future(held_on, _("The deliberation date"))
    if not decision_number.strip():
        raise TransitionRefused(_("Give the number of the council's decision."))
    facts = {
        "session_ar": session_ar,
        "session_fr": session_fr,
        "votes_for": votes_for,
        "votes_against": votes_against,
        "votes_abstaining": votes_abstaining,
    }
    if votes_for <= votes_against:
        return _record_rejection(agreement, held_on, decision_number.strip(), facts, by)
    agreement.council_session_ar, agreement.council_session_fr = session_ar, session_fr
    agreement.council_date = held_on
    agreement.council_decision_number = decision_number.strip()
    agreement.votes_for, agreement.votes_against = votes_for, votes_against
    agreement.votes_abstaining = votes_abstaining
    commune = commune_partner()
    for party in agreement.parties.all():
        if commune is not None and party.partner_id == commune.pk:
            party.approval_body = ""  # shown as "Communal council" in the reader's language
            party.approval_decision_number = agreement.council_decision_number
            party.approval_date = held_on
            stamp(party, by)
            party.save(update_fields=APPROVAL_FIELDS)
    _event(
        agreement,
        EventAction.DELIBERATION,
        by,
        on=held_on,
        detail=agreement.council_decision_number,
        facts=facts,
    )
    _move(agreement, Stage.COUNCIL_APPROVED, by, on=held_on, fields=COUNCIL_FIELDS)
    return agreement


def _record_rejection(agreement, held_on, decision_number, facts, by):
    _event(agreement, EventAction.REJECTION, by, on=held_on, detail=decision_number, facts=facts)
    if agreement.kind.council_rejection == CouncilRejection.DRAFT:
        _move(agreement, Stage.DRAFT, by, on=held_on)
        return agreement
    agreement.council_session_ar = facts["session_ar"]
    agreement.council_session_fr = facts["session_fr"]
    agreement.council_date = held_on
    agreement.council_decision_number = decision_number
    agreement.votes_for = facts["votes_for"]
    agreement.votes_against = facts["votes_against"]
    agreement.votes_abstaining = facts["votes_abstaining"]
    _move(agreement, Stage.REJECTED, by, on=held_on, fields=COUNCIL_FIELDS)
    return agreement


@transaction.atomic
def open_partner_approvals(*, agreement: Agreement, by=None) -> Agreement:
    _locked(agreement)
    require(agreement, "open-approvals")
    _move(agreement, Stage.PARTNER_APPROVALS, by)
    return agreement


@transaction.atomic
def record_approval(
    *, party: Party, body: str, decision_number: str, approved_on: date, by=None
) -> Party:
    """A partner's own body approves the agreement."""
    agreement = _locked(party.agreement, party)
    require(agreement, "approval", party)
    _not_in_future(approved_on, _("The approval date"))
    if not body.strip():
        raise TransitionRefused(_("Name the body that approved it (board, council, ministry…)."))
    party.approval_body = body.strip()
    party.approval_decision_number = decision_number.strip()
    party.approval_date = approved_on
    stamp(party, by)
    party.save(update_fields=APPROVAL_FIELDS)
    _event(agreement, EventAction.APPROVAL, by, on=approved_on, partner=party.partner)
    return party


@transaction.atomic
def finish_approvals(*, agreement: Agreement, on: date | None = None, by=None):
    """Every party approved → sent for the governor's visa where the kind needs it,
    otherwise sent for signatures. `on` is the day it was sent (today by default)."""
    _locked(agreement)
    require(agreement, "finish-approvals")  # the stage, and every party's approval
    day = on or timezone.localdate()
    _not_in_future(day, _("The date it was sent"))
    if agreement.kind.needs_governor_visa:
        agreement.visa_submitted_on = day
        _event(agreement, EventAction.VISA_SUBMITTED, by, on=day)
        _move(agreement, Stage.VISA_PENDING, by, on=day, fields=["visa_submitted_on"])
    else:
        _move(agreement, Stage.SIGNATURES, by, on=day)
    return agreement


@transaction.atomic
def record_visa(*, agreement: Agreement, outcome: str, decided_on: date, by=None) -> Agreement:
    """The governor's answer: granted → signatures; refused → back to the committee."""
    _locked(agreement)
    require(agreement, "visa")
    _not_in_future(decided_on, _("The visa date"))
    if decided_on < agreement.visa_submitted_on:
        raise TransitionRefused(_("The visa cannot be dated before the agreement was sent for it."))
    agreement.visa_outcome = outcome
    agreement.visa_date = decided_on
    if outcome == VisaOutcome.GRANTED:
        _event(agreement, EventAction.VISA_GRANTED, by, on=decided_on)
        _move(agreement, Stage.SIGNATURES, by, on=decided_on, fields=VISA_FIELDS)
    elif outcome == VisaOutcome.REFUSED:
        _event(agreement, EventAction.VISA_REFUSED, by, on=decided_on)
        _move(agreement, Stage.COMMITTEE, by, on=decided_on, fields=VISA_FIELDS)
    else:
        raise TransitionRefused(
            ngettext(
                "Record a tacit visa with its own action, once %(days)s day has passed.",
                "Record a tacit visa with its own action, once %(days)s days have passed.",
                VISA_DAYS,
            )
            % {"days": VISA_DAYS}
        )
    return agreement


@transaction.atomic
def record_tacit_visa(*, agreement: Agreement, today: date | None = None, by=None) -> Agreement:
    """No answer within VISA_DAYS counts as a visa (art. 118)."""
    _locked(agreement)
    require(agreement, "visa")  # the stage; the clock is asked against `today` below
    today = today or timezone.localdate()
    deadline = agreement.visa_deadline
    if today < deadline:
        raise TransitionRefused(lifecycle.tacit_visa_not_yet(deadline))
    agreement.visa_outcome = VisaOutcome.TACIT
    agreement.visa_date = deadline
    _event(agreement, EventAction.VISA_TACIT, by, on=deadline)
    _move(agreement, Stage.SIGNATURES, by, on=deadline, fields=VISA_FIELDS)
    return agreement


@transaction.atomic
def sign(*, party: Party, signed_on: date, signatory: str, by=None) -> Party:
    """A party signs. The last signature puts the agreement in force."""
    agreement = _locked(party.agreement, party)
    require(agreement, "sign", party)
    _not_in_future(signed_on, _("The signature date"))
    earliest = agreement.visa_date or agreement.council_date
    if earliest and signed_on < earliest:
        raise TransitionRefused(
            _("The signature cannot be dated before %(day)s.") % {"day": date_format(earliest)}
        )
    if not signatory.strip():
        raise TransitionRefused(_("Give the name of the person who signed."))
    party.signed_on = signed_on
    party.signatory = signatory.strip()
    stamp(party, by)
    party.save(update_fields=["signed_on", "signatory", "updated_at"])
    _event(agreement, EventAction.SIGNED, by, on=signed_on, partner=party.partner)
    if not agreement.parties.filter(signed_on__isnull=True).exists():
        agreement.entered_into_force_on = signed_on
        if agreement.start_date is None:
            agreement.start_date = signed_on
            if agreement.end_date is None:
                agreement.end_date = _add_months(signed_on, agreement.effective_duration_months)
        _move(agreement, Stage.IN_FORCE, by, on=signed_on, fields=IN_FORCE_FIELDS)
    return party


@transaction.atomic
def suspend(*, agreement: Agreement, reason: str = "", on: date | None = None, by=None):
    _locked(agreement)
    require(agreement, "suspend")
    day = on or timezone.localdate()
    _not_in_future(day, _("The suspension date"))
    agreement.suspended_from = agreement.stage
    _event(agreement, EventAction.SUSPENDED, by, detail=reason, on=day)
    _move(agreement, Stage.SUSPENDED, by, on=day, fields=["suspended_from"])
    return agreement


@transaction.atomic
def resume(*, agreement: Agreement, on: date | None = None, by=None) -> Agreement:
    _locked(agreement)
    require(agreement, "resume")
    day = on or timezone.localdate()
    _not_in_future(day, _("The date it resumed"))
    agreement.suspended_from = ""
    _event(agreement, EventAction.RESUMED, by, on=day)
    _move(agreement, Stage.IN_FORCE, by, on=day, fields=["suspended_from"])
    return agreement


@transaction.atomic
def close(*, agreement: Agreement, outcome: str, on: date, reason: str = "", by=None) -> Agreement:
    """In force (or suspended) → completed, expired or terminated."""
    _locked(agreement)
    require(agreement, "close")
    if outcome not in CLOSED:
        raise TransitionRefused(_("Choose how the agreement ended."))
    _not_in_future(on, _("The closing date"))
    if outcome == Stage.EXPIRED and (agreement.end_date is None or agreement.end_date > on):
        raise TransitionRefused(_("An agreement expires only once its end date has passed."))
    _event(agreement, EventAction.CLOSED, by, on=on, detail=reason)
    _move(agreement, outcome, by, on=on)
    return agreement
