"""The lifecycle of a convention (Organic Law 113-14), declared once.

Everything that depends on the stage lives here: the stage groups, the governor's visa clock,
and the table of STEPS (what can be done, by whom, from which stages, through which service and
form). The services refuse through `require()`; the agreement page and its next-step panel read
`capabilities()`, `available_steps()` and the per-record helpers, so the page never offers a
step that the service refuses, and no template compares stages.

Only `choices` is imported at module level: the models, querysets and services all import this
module, and the forms and services named in the table are looked up when a step is taken.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .choices import AmendmentStatus, ObligationStatus, Stage

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
PUBLISHED = frozenset(set(Stage) - BEFORE_DELIBERATION)
# What binds the parties: their obligations are followed, deliveries recorded.
BINDING = frozenset({Stage.IN_FORCE, Stage.SUSPENDED})
CLOSED = frozenset({Stage.COMPLETED, Stage.EXPIRED, Stage.TERMINATED})
# A partner's own body approves between the committee and the end of the approvals.
APPROVALS = frozenset(
    {Stage.COMMITTEE, Stage.AGENDA, Stage.COUNCIL_APPROVED, Stage.PARTNER_APPROVALS}
)
# An amendment changes an agreement that has been signed (or is being signed).
AMENDABLE = frozenset({Stage.SIGNATURES, *BINDING})
# Deliveries are recorded while the agreement binds, and late ones after it was completed.
DELIVERABLE = frozenset({*BINDING, Stage.COMPLETED})
# Files that wait for someone (the "stuck" alert): neither running nor ended.
WAITING = frozenset(set(Stage) - CLOSED - {Stage.IN_FORCE})
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


# Refusals -----------------------------------------------------------------------------------


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
        VISA_DAYS,
    ) % {"days": VISA_DAYS, "deadline": date_format(deadline)}


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


# The table of steps -------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One thing that can be done to an agreement or to one of its records.

    `subject` is what the service acts on ("agreement", "party", "obligation", "amendment"),
    `rule` the permission asked about the agreement (about the obligation for a delivery);
    `service` and `form` are names in `agreements.services` and `agreements.forms`. `panel` says
    how the next-step panel shows it ("button", "details", "details-open", "form"; empty: not in
    the panel, the page shows it beside its record). `refused` gives the reason when the stage
    does not allow it; `checks` look at the agreement and the subject once the stage allows it.
    """

    name: str
    title: str
    stages: frozenset
    service: str
    form: str | None = None
    rule: str = "agreements.change_agreement"
    subject: str = "agreement"
    panel: str = ""
    refused: Callable = _at_stage
    checks: tuple = ()
    label: Callable | None = field(default=None, compare=False)
    dated_today: bool = False  # the form's "on" field starts at today

    @property
    def route(self):
        """Which StepView takes it: "agreement" (agreements:step), "party" (agreements:party-step)
        or "" (the step has its own view beside its record)."""
        if self.panel:
            return "agreement"
        return "party" if self.name in PARTY_STEPS else ""

    def button(self, agreement):
        return self.label(agreement) if self.label else self.title

    @property
    def form_class(self):
        if self.form is None:
            return None
        from . import forms

        return getattr(forms, self.form)

    @property
    def function(self):
        from . import services

        return getattr(services, self.service)


def _finish_label(agreement):
    if agreement.needs_visa:
        return _("Send it for the governor's visa")
    return _("All parties have approved: open the signatures")


STEPS = {
    step.name: step
    for step in (
        # The lifecycle, in the order of the next-step panel.
        Step(
            "submit",
            gettext_lazy("Send to the committee"),
            frozenset({Stage.DRAFT}),
            "submit_to_committee",
            panel="button",
            checks=(_parties_incomplete,),
        ),
        Step(
            "committee-done",
            gettext_lazy("Committee review done"),
            frozenset({Stage.COMMITTEE}),
            "committee_done",
            panel="button",
            checks=(_parties_incomplete,),
        ),
        Step(
            "deliberation",
            gettext_lazy("Record the council's deliberation"),
            frozenset({Stage.AGENDA}),
            "record_deliberation",
            form="DeliberationForm",
            panel="details-open",
        ),
        Step(
            "open-approvals",
            gettext_lazy("Ask the partners for their approvals"),
            frozenset({Stage.COUNCIL_APPROVED}),
            "open_partner_approvals",
            panel="button",
        ),
        Step(
            "finish-approvals",
            gettext_lazy("All parties have approved"),
            frozenset({Stage.PARTNER_APPROVALS}),
            "finish_approvals",
            form="SendOnForm",
            panel="form",
            checks=(_approvals_missing,),
            label=_finish_label,
            dated_today=True,
        ),
        Step(
            "visa",
            gettext_lazy("Record the governor's answer"),
            frozenset({Stage.VISA_PENDING}),
            "record_visa",
            form="VisaForm",
            panel="details",
        ),
        Step(
            "tacit-visa",
            gettext_lazy("Record the tacit visa"),
            frozenset({Stage.VISA_PENDING}),
            "record_tacit_visa",
            panel="button",
            checks=(_not_tacit_yet,),
        ),
        Step(
            "resume",
            gettext_lazy("Resume"),
            frozenset({Stage.SUSPENDED}),
            "resume",
            panel="button",
        ),
        Step(
            "suspend",
            gettext_lazy("Suspend"),
            frozenset({Stage.IN_FORCE}),
            "suspend",
            form="SuspendForm",
            panel="details",
            dated_today=True,
        ),
        Step(
            "close",
            gettext_lazy("Close the agreement"),
            BINDING,
            "close",
            form="CloseForm",
            panel="details",
        ),
        # Steps about one party, shown in the list of parties.
        Step(
            "approval",
            gettext_lazy("Record the party's approval"),
            APPROVALS,
            "record_approval",
            form="ApprovalForm",
            subject="party",
            checks=(_approval_refused,),
        ),
        Step(
            "sign",
            gettext_lazy("Record the party's signature"),
            frozenset({Stage.SIGNATURES}),
            "sign",
            form="SignatureForm",
            subject="party",
            refused=_signing_refused,
            checks=(_already_signed,),
        ),
        # Records that belong to the agreement.
        Step(
            "add-party",
            gettext_lazy("Add a party"),
            BEFORE_DELIBERATION,
            "party_save",
            form="PartyForm",
            refused=_parties_fixed,
        ),
        Step(
            "obligation",
            gettext_lazy("Add an obligation"),
            frozenset(set(Stage) - CLOSED),
            "obligation_save",
            form="ObligationForm",
            subject="party",
            refused=_closed,
        ),
        Step(
            "deliver",
            gettext_lazy("Record a delivery"),
            DELIVERABLE,
            "delivery_record",
            form="DeliveryForm",
            rule="agreements.record_delivery",
            subject="obligation",
            refused=_not_deliverable,
            checks=(_nothing_left,),
        ),
        Step(
            "waive",
            gettext_lazy("Waive"),
            frozenset(set(Stage) - CLOSED),
            "obligation_waive",
            subject="obligation",
            refused=_closed,
            checks=(_waive_refused,),
        ),
        Step(
            "amend",
            gettext_lazy("Add an amendment"),
            AMENDABLE,
            "amendment_save",
            form="AmendmentForm",
            refused=_not_amendable,
        ),
        Step(
            "apply-amendment",
            gettext_lazy("Apply the approved amendment"),
            AMENDABLE,
            "amendment_apply",
            subject="amendment",
            refused=_not_amendable,
            checks=(_amendment_refused,),
        ),
    )
}
PANEL = [step for step in STEPS.values() if step.panel]


PARTY_STEPS = frozenset({"approval", "sign"})

# Questions ----------------------------------------------------------------------------------


def refusal(agreement, step, subject=None):
    """Why `step` cannot be taken now (a translated sentence), or None when it can."""
    step = STEPS[step] if isinstance(step, str) else step
    if agreement.stage not in step.stages:
        return step.refused(agreement, subject)
    for check in step.checks:
        reason = check(agreement, subject)
        if reason:
            return reason
    return None


def require(agreement, step, subject=None):
    """Raise TransitionRefused with the reason unless `step` can be taken now."""
    reason = refusal(agreement, step, subject)
    if reason:
        raise TransitionRefused(reason)


def allows(agreement, step, subject=None):
    return refusal(agreement, step, subject) is None


def capabilities(agreement):
    """What the agreement's stage allows, step by step: {"add_party": True, "sign": False…}.

    Only the stage is asked here; a record's own state (a party already signed, an obligation
    delivered) is asked by `party_steps()`, `obligation_steps()` and `amendment_steps()`.
    """
    names = {
        "add_party": "add-party",
        "approve": "approval",
        "sign": "sign",
        "amend": "amend",
        "apply_amendment": "apply-amendment",
        "deliver": "deliver",
        "waive": "waive",
        "change_obligations": "obligation",
    }
    return {key: agreement.stage in STEPS[name].stages for key, name in names.items()}


def _can(user, step, subject):
    return user is None or user.has_perm(step.rule, subject)


def available_steps(agreement, user=None):
    """The panel's steps that can be taken now (and that `user` may take), in order."""
    return [step for step in PANEL if allows(agreement, step) and _can(user, step, agreement)]


def blocked_steps(agreement):
    """The reasons why a step of the current stage cannot be taken yet (e.g. a missing party)."""
    reasons = []
    for step in PANEL:
        if agreement.stage in step.stages:
            reason = refusal(agreement, step)
            if reason and reason not in reasons:
                reasons.append(reason)
    return reasons


def party_steps(agreement, party, user=None):
    """{"approval": bool, "sign": bool} for one party."""
    return {
        name: allows(agreement, name, party) and _can(user, STEPS[name], agreement)
        for name in ("approval", "sign")
    }


def obligation_steps(agreement, obligation, user=None):
    """{"deliver": bool, "waive": bool, "edit": bool} for one obligation."""
    return {
        "deliver": allows(agreement, "deliver", obligation)
        and _can(user, STEPS["deliver"], obligation),
        "waive": allows(agreement, "waive", obligation) and _can(user, STEPS["waive"], agreement),
        "edit": allows(agreement, "obligation") and _can(user, STEPS["obligation"], agreement),
    }


def amendment_steps(agreement, amendment, user=None):
    """{"apply": bool, "note": why a draft amendment cannot be applied yet, or ""}."""
    step = STEPS["apply-amendment"]
    allowed = _can(user, step, agreement)
    reason = refusal(agreement, step, amendment)
    waiting = (
        allowed
        and reason
        and amendment.status == AmendmentStatus.DRAFT
        and agreement.stage in step.stages
    )
    return {"apply": allowed and reason is None, "note": reason if waiting else ""}


def progress(agreement):
    """The progress line: the main stages this agreement goes through, the current one marked
    (the visa only for the kinds that need it)."""
    return [
        {"stage": stage, "label": stage.label, "current": stage == agreement.stage}
        for stage in MAIN_LINE
        if stage != Stage.VISA_PENDING or agreement.needs_visa
    ]


def next_step_hint(agreement):
    """What the next-step panel says about the current stage."""
    stage = agreement.stage
    if stage == Stage.COMMITTEE:
        if agreement.kind.needs_council_deliberation:
            return _(
                "Once the committee has examined it, the agreement goes on the council's agenda."
            )
        return _(
            "This kind of agreement needs no council deliberation: after the committee, "
            "the partners approve it."
        )
    hints = {
        Stage.DRAFT: _(
            "Add the parties and their obligations, then send the draft to the council's committee."
        ),
        Stage.COUNCIL_APPROVED: _(
            "The council approved it. Each partner now has it approved by its own body."
        ),
        Stage.PARTNER_APPROVALS: _("Record each partner's approval in the list of parties below."),
        Stage.SIGNATURES: _(
            "Record each party's signature in the list of parties below; "
            "the last signature puts the agreement in force."
        ),
        Stage.IN_FORCE: _("The agreement is in force. Follow each party's obligations below."),
    }
    if stage in CLOSED:
        return _("The agreement is closed.")
    return hints.get(stage, "")
