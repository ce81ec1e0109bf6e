"""The lifecycle of a convention (Organic Law 113-14), declared once.

Everything that depends on the stage lives here: the stage groups, the governor's visa clock,
and the table of STEPS (what can be done, by whom, from which stages, through which service and
form). The services refuse through `require()`; the agreement page and its next-step panel read
`capabilities()`, `available_steps()` and the per-record helpers, so the page never offers a
step that the service refuses, and no template compares stages.

- stages.py: the stage groups (PREPARATION, PUBLISHED, BINDING, CLOSED, ENDED, MAIN_LINE…) and the
  visa clock (VISA_DAYS, VISA_WARNING_DAYS, visa_clock)
- refusals.py: TransitionRefused and one function per reason a step is refused
- steps.py: Step and the STEPS table
- questions.py: refusal/require/allows, capabilities, available_steps, the per-record helpers

Only `choices` is imported at module level: the models, querysets and services all import this
package, and the forms and services named in the table are looked up when a step is taken.
"""

from .questions import (
    allows,
    amendment_steps,
    available_steps,
    blocked_steps,
    capabilities,
    next_step_hint,
    obligation_steps,
    party_steps,
    progress,
    refusal,
    require,
)
from .refusals import TransitionRefused, tacit_visa_not_yet
from .stages import (
    AMENDABLE,
    APPROVALS,
    BEFORE_DELIBERATION,
    BINDING,
    CLOSED,
    DELIVERABLE,
    ENDED,
    MAIN_LINE,
    OPEN_OBLIGATION,
    PREPARATION,
    PUBLISHED,
    VISA_DAYS,
    VISA_WARNING_DAYS,
    WAITING,
    VisaClock,
    visa_clock,
    visa_deadline,
)
from .steps import PANEL, PARTY_STEPS, STEPS, Step

__all__ = [
    "AMENDABLE",
    "APPROVALS",
    "BEFORE_DELIBERATION",
    "BINDING",
    "CLOSED",
    "DELIVERABLE",
    "ENDED",
    "MAIN_LINE",
    "OPEN_OBLIGATION",
    "PANEL",
    "PARTY_STEPS",
    "PREPARATION",
    "PUBLISHED",
    "STEPS",
    "VISA_DAYS",
    "VISA_WARNING_DAYS",
    "WAITING",
    "Step",
    "TransitionRefused",
    "VisaClock",
    "allows",
    "amendment_steps",
    "available_steps",
    "blocked_steps",
    "capabilities",
    "next_step_hint",
    "obligation_steps",
    "party_steps",
    "progress",
    "refusal",
    "require",
    "tacit_visa_not_yet",
    "visa_clock",
    "visa_deadline",
]
