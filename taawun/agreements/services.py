"""Every write on agreements: the lifecycle transitions, parties, obligations, deliveries,
amendments and documents. Each transition checks its preconditions and refuses with a
message in the user's language; each records who and when on the timeline."""

from datetime import date, datetime, time
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from taawun.core.files import validate_document
from taawun.finance.services import to_mad
from taawun.territory.models import CommuneProfile

from .choices import (
    CLOSED,
    AmendmentStatus,
    ChangedTerm,
    DocumentCategory,
    EventAction,
    ObligationStatus,
    PartyRole,
    Stage,
    VisaOutcome,
)
from .models import (
    Agreement,
    Amendment,
    AmendmentChange,
    Delivery,
    Document,
    Event,
    Obligation,
    Party,
)


class TransitionRefused(ValidationError):
    """A lifecycle step that cannot be taken now; the message says why."""


def _stamp(instance, by):
    if by is not None:
        instance._history_user = by


def _event(agreement, action, by, *, detail="", on=None):
    Event.objects.create(
        agreement=agreement, action=action, by=by, stage=agreement.stage, detail=detail[:300], on=on
    )


def _move(agreement, stage, by, *, on=None, detail=""):
    """Change stage; `on` is the step's legal date, so files entered afterwards age correctly."""
    agreement.stage = stage
    agreement.stage_since = _moment(on)
    _stamp(agreement, by)
    agreement.save()
    _event(agreement, EventAction.STAGE, by, on=on, detail=detail)


def _moment(day):
    """Noon of a legal date, or now when there is none (or it is today)."""
    now = timezone.now()
    if day is None or day >= timezone.localdate():
        return now
    return timezone.make_aware(datetime.combine(day, time(12)))


def _refuse_unless(agreement, *stages):
    if agreement.stage not in stages:
        raise TransitionRefused(
            _("This step is not possible while the agreement is at the stage “%(stage)s”.")
            % {"stage": agreement.get_stage_display()}
        )


def _not_in_future(day, what):
    if day > timezone.localdate():
        raise TransitionRefused(_("%(what)s cannot be in the future.") % {"what": what})


def commune_partner_id():
    return CommuneProfile.current().partner_id


def commune_partner():
    profile = CommuneProfile.current()
    return profile.partner if profile.partner_id else None


# Creating and editing ---------------------------------------------------------------------------


@transaction.atomic
def agreement_create(*, form, commune_role=PartyRole.PROJECT_OWNER, by=None) -> Agreement:
    """Create a draft agreement; the commune becomes its first party."""
    agreement = form.save(commit=False)
    if agreement.start_date and not agreement.end_date:
        agreement.end_date = _add_months(agreement.start_date, agreement.effective_duration_months)
    agreement.full_clean()
    _stamp(agreement, by)
    agreement.save()
    form.save_m2m()
    commune = commune_partner()
    if commune is None:
        raise ValidationError(
            _("The commune's own partner record is not set: edit the commune profile first.")
        )
    party = Party(agreement=agreement, partner=commune, role=commune_role)
    _stamp(party, by)
    party.save()
    _event(agreement, EventAction.CREATED, by)
    return agreement


@transaction.atomic
def agreement_update(*, form, by=None) -> Agreement:
    agreement = form.save(commit=False)
    agreement.full_clean()
    _stamp(agreement, by)
    agreement.save()
    form.save_m2m()
    return agreement


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    from calendar import monthrange

    return date(year, month, min(day.day, monthrange(year, month)[1]))


@transaction.atomic
def party_save(*, form, by=None) -> Party:
    """Add or edit a party. Parties can only be added before signature (after: by amendment)."""
    party = form.save(commit=False)
    if party.pk is None and party.agreement.stage not in {
        Stage.DRAFT,
        Stage.COMMITTEE,
        Stage.AGENDA,
    }:
        raise TransitionRefused(
            _("Parties are added before the council deliberates; afterwards, use an amendment.")
        )
    party.full_clean()
    _stamp(party, by)
    party.save()
    return party


# The lifecycle ----------------------------------------------------------------------------------


def _check_parties(agreement):
    parties = list(agreement.parties.all())
    if len(parties) < 2:
        raise TransitionRefused(
            _("An agreement needs at least two parties, the commune and a partner.")
        )
    commune = commune_partner()
    if commune is not None and all(p.partner_id != commune.pk for p in parties):
        raise TransitionRefused(_("The commune must be one of the parties."))


@transaction.atomic
def submit_to_committee(*, agreement: Agreement, by=None) -> Agreement:
    """Draft → review by the council's committee."""
    _refuse_unless(agreement, Stage.DRAFT)
    _check_parties(agreement)
    _move(agreement, Stage.COMMITTEE, by)
    return agreement


@transaction.atomic
def committee_done(*, agreement: Agreement, by=None) -> Agreement:
    """Committee review → on the council's agenda, or straight to the partners' approvals
    for the kinds that need no deliberation."""
    _refuse_unless(agreement, Stage.COMMITTEE)
    _check_parties(agreement)
    if agreement.kind.needs_council_deliberation:
        _move(agreement, Stage.AGENDA, by)
    else:
        _move(agreement, Stage.PARTNER_APPROVALS, by)
    return agreement


@transaction.atomic
def record_deliberation(
    *,
    agreement: Agreement,
    session: str,
    held_on: date,
    decision_number: str,
    votes_for: int,
    votes_against: int,
    votes_abstaining: int,
    by=None,
) -> Agreement:
    """The council approves the agreement: on the agenda → approved by the council."""
    _refuse_unless(agreement, Stage.AGENDA)
    _not_in_future(held_on, _("The deliberation date"))
    if not decision_number.strip():
        raise TransitionRefused(_("Give the number of the council's decision."))
    if votes_for <= votes_against:
        raise TransitionRefused(
            _("The council did not approve it (%(for)s for, %(against)s against): it cannot go on.")
            % {"for": votes_for, "against": votes_against}
        )
    agreement.council_session = session
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
            _stamp(party, by)
            party.save()
    _event(
        agreement,
        EventAction.DELIBERATION,
        by,
        on=held_on,
        detail=agreement.council_decision_number,
    )
    _move(agreement, Stage.COUNCIL_APPROVED, by, on=held_on)
    return agreement


@transaction.atomic
def open_partner_approvals(*, agreement: Agreement, by=None) -> Agreement:
    _refuse_unless(agreement, Stage.COUNCIL_APPROVED)
    _move(agreement, Stage.PARTNER_APPROVALS, by)
    return agreement


@transaction.atomic
def record_approval(
    *, party: Party, body: str, decision_number: str, approved_on: date, by=None
) -> Party:
    """A partner's own body approves the agreement."""
    agreement = party.agreement
    _refuse_unless(
        agreement, Stage.COUNCIL_APPROVED, Stage.PARTNER_APPROVALS, Stage.COMMITTEE, Stage.AGENDA
    )
    _not_in_future(approved_on, _("The approval date"))
    if not body.strip():
        raise TransitionRefused(_("Name the body that approved it (board, council, ministry…)."))
    party.approval_body = body.strip()
    party.approval_decision_number = decision_number.strip()
    party.approval_date = approved_on
    _stamp(party, by)
    party.save()
    _event(agreement, EventAction.APPROVAL, by, on=approved_on, detail=str(party.partner))
    return party


@transaction.atomic
def finish_approvals(*, agreement: Agreement, on: date | None = None, by=None):
    """Every party approved → sent for the governor's visa where the kind needs it,
    otherwise sent for signatures. `on` is the day it was sent (today by default)."""
    _refuse_unless(agreement, Stage.PARTNER_APPROVALS)
    missing = [
        str(p.partner) for p in agreement.parties.select_related("partner") if not p.is_approved
    ]
    if missing:
        raise TransitionRefused(
            _("Still waiting for the approval of: %(parties)s.") % {"parties": ", ".join(missing)}
        )
    day = on or timezone.localdate()
    _not_in_future(day, _("The date it was sent"))
    if agreement.kind.needs_governor_visa:
        agreement.visa_submitted_on = day
        _event(agreement, EventAction.VISA_SUBMITTED, by, on=day)
        _move(agreement, Stage.VISA_PENDING, by, on=day)
    else:
        _move(agreement, Stage.SIGNATURES, by, on=day)
    return agreement


@transaction.atomic
def record_visa(*, agreement: Agreement, outcome: str, decided_on: date, by=None) -> Agreement:
    """The governor's answer: granted → signatures; refused → back to the committee."""
    _refuse_unless(agreement, Stage.VISA_PENDING)
    _not_in_future(decided_on, _("The visa date"))
    if decided_on < agreement.visa_submitted_on:
        raise TransitionRefused(_("The visa cannot be dated before the agreement was sent for it."))
    agreement.visa_outcome = outcome
    agreement.visa_date = decided_on
    if outcome == VisaOutcome.GRANTED:
        _event(agreement, EventAction.VISA_GRANTED, by, on=decided_on)
        _move(agreement, Stage.SIGNATURES, by, on=decided_on)
    elif outcome == VisaOutcome.REFUSED:
        _event(agreement, EventAction.VISA_REFUSED, by, on=decided_on)
        _move(agreement, Stage.COMMITTEE, by, on=decided_on)
    else:
        raise TransitionRefused(
            _("Record a tacit visa with its own action, once 20 days have passed.")
        )
    return agreement


@transaction.atomic
def record_tacit_visa(*, agreement: Agreement, today: date | None = None, by=None) -> Agreement:
    """No answer within 20 days counts as a visa (art. 118)."""
    _refuse_unless(agreement, Stage.VISA_PENDING)
    today = today or timezone.localdate()
    deadline = agreement.visa_deadline
    if today < deadline:
        raise TransitionRefused(
            _(
                "The governor has 20 days, until %(deadline)s; "
                "a tacit visa cannot be recorded before then."
            )
            % {"deadline": date_format(deadline)}
        )
    agreement.visa_outcome = VisaOutcome.TACIT
    agreement.visa_date = deadline
    _event(agreement, EventAction.VISA_TACIT, by, on=deadline)
    _move(agreement, Stage.SIGNATURES, by, on=deadline)
    return agreement


@transaction.atomic
def sign(*, party: Party, signed_on: date, signatory: str, by=None) -> Party:
    """A party signs. The last signature puts the agreement in force."""
    agreement = party.agreement
    if agreement.stage == Stage.VISA_PENDING:
        raise TransitionRefused(
            _(
                "Signing is not possible before the governor's visa; "
                "it is still awaited (deadline %(deadline)s)."
            )
            % {"deadline": date_format(agreement.visa_deadline)}
        )
    if agreement.stage in {
        Stage.DRAFT,
        Stage.COMMITTEE,
        Stage.AGENDA,
        Stage.COUNCIL_APPROVED,
        Stage.PARTNER_APPROVALS,
    }:
        raise TransitionRefused(
            _("Signing comes after the council's deliberation and every party's approval%(visa)s.")
            % {"visa": _(" and the governor's visa") if agreement.needs_visa else ""}
        )
    _refuse_unless(agreement, Stage.SIGNATURES)
    if party.is_signed:
        raise TransitionRefused(_("This party has already signed."))
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
    _stamp(party, by)
    party.save()
    _event(agreement, EventAction.SIGNED, by, on=signed_on, detail=str(party.partner))
    if not agreement.parties.filter(signed_on__isnull=True).exists():
        agreement.entered_into_force_on = signed_on
        if agreement.start_date is None:
            agreement.start_date = signed_on
            if agreement.end_date is None:
                agreement.end_date = _add_months(signed_on, agreement.effective_duration_months)
        _move(agreement, Stage.IN_FORCE, by, on=signed_on)
    return party


@transaction.atomic
def suspend(*, agreement: Agreement, reason: str = "", on: date | None = None, by=None):
    _refuse_unless(agreement, Stage.IN_FORCE)
    day = on or timezone.localdate()
    _not_in_future(day, _("The suspension date"))
    agreement.suspended_from = agreement.stage
    _event(agreement, EventAction.SUSPENDED, by, detail=reason, on=day)
    _move(agreement, Stage.SUSPENDED, by, on=day)
    return agreement


@transaction.atomic
def resume(*, agreement: Agreement, on: date | None = None, by=None) -> Agreement:
    _refuse_unless(agreement, Stage.SUSPENDED)
    day = on or timezone.localdate()
    _not_in_future(day, _("The date it resumed"))
    agreement.suspended_from = ""
    _event(agreement, EventAction.RESUMED, by, on=day)
    _move(agreement, Stage.IN_FORCE, by, on=day)
    return agreement


@transaction.atomic
def close(*, agreement: Agreement, outcome: str, on: date, reason: str = "", by=None) -> Agreement:
    """In force (or suspended) → completed, expired or terminated."""
    _refuse_unless(agreement, Stage.IN_FORCE, Stage.SUSPENDED)
    if outcome not in CLOSED:
        raise TransitionRefused(_("Choose how the agreement ended."))
    _not_in_future(on, _("The closing date"))
    if outcome == Stage.EXPIRED and (agreement.end_date is None or agreement.end_date > on):
        raise TransitionRefused(_("An agreement expires only once its end date has passed."))
    _event(agreement, EventAction.CLOSED, by, on=on, detail=reason)
    _move(agreement, outcome, by, on=on)
    return agreement


# Obligations and deliveries ---------------------------------------------------------------------


def _valuation_day(obligation):
    if obligation.due_date:
        return obligation.due_date
    if obligation.due_year:
        return date(obligation.due_year, 1, 1)
    return timezone.localdate()


def _refresh_status(obligation):
    if obligation.status == ObligationStatus.WAIVED:
        return
    delivered = obligation.deliveries.aggregate(total=Sum("mad_value"))["total"] or Decimal("0")
    obligation.delivered_mad = delivered
    if delivered <= 0:
        obligation.status = ObligationStatus.DUE
    elif delivered < obligation.mad_value:
        obligation.status = ObligationStatus.PARTLY_DELIVERED
    else:
        obligation.status = ObligationStatus.DELIVERED


@transaction.atomic
def obligation_save(*, form, by=None) -> Obligation:
    """Add or edit an obligation; its MAD value comes from the rate valid when it is due."""
    obligation = form.save(commit=False)
    if obligation.party.agreement.is_closed:
        raise TransitionRefused(_("The agreement is closed: its obligations can no longer change."))
    obligation.mad_value = to_mad(
        obligation.amount, obligation.currency, _valuation_day(obligation)
    )
    if obligation.pk:
        _refresh_status(obligation)
    obligation.full_clean()
    _stamp(obligation, by)
    obligation.save()
    # A project's funding plan that comes from this obligation follows it.
    from taawun.projects.services import contributions_follow_obligation

    contributions_follow_obligation(obligation)
    return obligation


@transaction.atomic
def obligation_waive(*, obligation: Obligation, by=None) -> Obligation:
    obligation.status = ObligationStatus.WAIVED
    _stamp(obligation, by)
    obligation.save()
    return obligation


@transaction.atomic
def delivery_record(
    *,
    obligation: Obligation,
    delivered_on: date,
    mad_value: Decimal,
    note: str = "",
    proof=None,
    by=None,
) -> Delivery:
    """Record money paid or a contribution handed over, with its proof; updates the status."""
    agreement = obligation.party.agreement
    if agreement.stage not in {Stage.IN_FORCE, Stage.SUSPENDED, Stage.COMPLETED}:
        raise TransitionRefused(
            _("Deliveries are recorded once the agreement is in force (now: %(stage)s).")
            % {"stage": agreement.get_stage_display()}
        )
    if obligation.status == ObligationStatus.WAIVED:
        raise TransitionRefused(_("This obligation was waived."))
    _not_in_future(delivered_on, _("The delivery date"))
    if mad_value <= 0:
        raise TransitionRefused(_("The value delivered must be more than zero."))
    if mad_value > obligation.outstanding_mad:
        raise TransitionRefused(
            _("Only %(left)s MAD remain due on this obligation; %(value)s MAD is too much.")
            % {"left": obligation.outstanding_mad, "value": mad_value}
        )
    document = None
    if proof is not None:
        document = document_add(
            agreement=agreement,
            upload=proof,
            title=_("Proof of delivery — %(partner)s") % {"partner": obligation.party.partner},
            category=DocumentCategory.PROOF,
            by=by,
        )
    delivery = Delivery(
        obligation=obligation,
        delivered_on=delivered_on,
        mad_value=mad_value,
        note=note,
        proof=document,
        recorded_by=by,
    )
    delivery.full_clean()
    _stamp(delivery, by)
    delivery.save()
    _refresh_status(obligation)
    _stamp(obligation, by)
    obligation.save()
    return delivery


# Amendments -------------------------------------------------------------------------------------


@transaction.atomic
def amendment_save(*, form, by=None) -> Amendment:
    amendment = form.save(commit=False)
    if amendment.status == AmendmentStatus.APPROVED:
        raise TransitionRefused(_("An applied amendment can no longer be edited."))
    if amendment.agreement.stage not in {Stage.IN_FORCE, Stage.SUSPENDED, Stage.SIGNATURES}:
        raise TransitionRefused(_("Amendments change an agreement that has been signed."))
    amendment.full_clean()
    _stamp(amendment, by)
    amendment.save()
    return amendment


@transaction.atomic
def amendment_apply(*, amendment: Amendment, by=None) -> Amendment:
    """The amendment was approved and signed: apply its changes and keep what they replaced."""
    if amendment.status == AmendmentStatus.APPROVED:
        raise TransitionRefused(_("This amendment was already applied."))
    if not amendment.council_date or not amendment.council_decision_number:
        raise TransitionRefused(
            _("An amendment is approved by the council like the agreement: give its deliberation.")
        )
    agreement = amendment.agreement
    changes = []
    for term, new in (
        (ChangedTerm.START_DATE, amendment.new_start_date),
        (ChangedTerm.END_DATE, amendment.new_end_date),
    ):
        old = getattr(agreement, term)
        if new is not None and new != old:
            changes.append(
                AmendmentChange(
                    amendment=amendment,
                    term=term,
                    before=old.isoformat() if old else "",
                    after=new.isoformat(),
                )
            )
            setattr(agreement, term, new)
    for obligation in amendment.added_obligations.select_related("party__partner"):
        changes.append(
            AmendmentChange(
                amendment=amendment,
                term=ChangedTerm.OBLIGATION,
                subject=str(obligation.party.partner),
                after=f"{obligation.amount} {obligation.currency}",
            )
        )
    for party in amendment.added_parties.select_related("partner"):
        changes.append(
            AmendmentChange(amendment=amendment, term=ChangedTerm.PARTY, after=str(party.partner))
        )
    agreement.full_clean()
    _stamp(agreement, by)
    agreement.save()
    AmendmentChange.objects.bulk_create(changes)
    amendment.status = AmendmentStatus.APPROVED
    amendment.applied_at = timezone.now()
    _stamp(amendment, by)
    amendment.save()
    _event(agreement, EventAction.AMENDMENT, by, on=amendment.dated, detail=str(amendment.number))
    return amendment


# Documents --------------------------------------------------------------------------------------


@transaction.atomic
def document_add(
    *,
    agreement: Agreement,
    upload,
    title: str,
    category: str,
    is_public: bool = False,
    previous: Document | None = None,
    by=None,
) -> Document:
    """Store a document after checking what it really is; a new version replaces `previous`."""
    content_type, extension = validate_document(upload)
    base = upload.name.rsplit(".", 1)[0][:80] or "document"
    upload.name = f"{base}.{extension}"  # the name follows the content, not the other way round
    document = Document(
        agreement=agreement,
        title=title,
        category=category,
        is_public=is_public,
        content_type=content_type,
        size=upload.size,
        uploaded_by=by,
    )
    if previous is not None:
        if previous.agreement_id != agreement.pk:
            raise ValidationError(_("A new version must belong to the same agreement."))
        # Ask the database: the form has already linked `previous` to the unsaved new version.
        if Document.objects.filter(previous=previous).exists():
            raise ValidationError(_("Only the latest version can be replaced."))
        document.previous = previous
        document.version = previous.version + 1
    document.file.save(upload.name, upload, save=False)
    _stamp(document, by)
    document.save()
    return document
