"""What the services and the agreement page ask the lifecycle."""

from django.utils.translation import gettext as _

from ..choices import AmendmentStatus, Stage
from .refusals import TransitionRefused
from .stages import CLOSED, MAIN_LINE
from .steps import PANEL, STEPS


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
    """{"deliver", "declare", "waive", "undo_waiver", "edit": bool} for one obligation.

    "declare": a partner's representative declares a payment (the staff record it instead)."""
    deliver = allows(agreement, "deliver", obligation)
    record = deliver and _can(user, STEPS["deliver"], obligation)
    return {
        "deliver": record,
        "declare": deliver
        and not record
        and user is not None
        and user.has_perm("agreements.declare_payment", obligation),
        "waive": allows(agreement, "waive", obligation) and _can(user, STEPS["waive"], agreement),
        "undo_waiver": allows(agreement, "undo-waiver", obligation)
        and _can(user, STEPS["undo-waiver"], agreement),
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
        Stage.REJECTED: _(
            "The council voted against this agreement: the file ends here. "
            "A new proposal is a new agreement."
        ),
    }
    if stage in CLOSED:
        return _("The agreement is closed.")
    return hints.get(stage, "")
