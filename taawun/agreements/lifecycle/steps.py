"""The table of steps: what can be done to an agreement or to one of its records, by whom,
from which stages, through which service and form."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..choices import Stage
from .refusals import (
    _already_signed,
    _amendment_refused,
    _approval_refused,
    _approvals_missing,
    _at_stage,
    _closed,
    _not_amendable,
    _not_deliverable,
    _not_tacit_yet,
    _not_waived,
    _nothing_left,
    _parties_fixed,
    _parties_incomplete,
    _signing_refused,
    _waive_refused,
)
from .stages import AMENDABLE, APPROVALS, BEFORE_DELIBERATION, BINDING, DELIVERABLE, ENDED


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
        from .. import forms

        return getattr(forms, self.form)

    @property
    def function(self):
        from .. import services

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
            frozenset(set(Stage) - ENDED),
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
            gettext_lazy("Waive the obligation"),
            frozenset(set(Stage) - ENDED),
            "obligation_waive",
            form="WaiverForm",
            subject="obligation",
            refused=_closed,
            checks=(_waive_refused,),
        ),
        Step(
            "undo-waiver",
            gettext_lazy("Undo the waiver"),
            frozenset(set(Stage) - ENDED),
            "obligation_unwaive",
            form="WaiverForm",
            subject="obligation",
            refused=_closed,
            checks=(_not_waived,),
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
