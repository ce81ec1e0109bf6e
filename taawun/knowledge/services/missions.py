"""An exchange mission from its idea to its closing: planned, approved (the council's
deliberation or the order of mission), done, reported (the report filed, due
settings.MISSION_REPORT_DAYS after the return), closed; its delegation and its costs, each paid
by a partner — in kind when an obligation of that partner covers it."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import assign, saved

from ..choices import MissionState
from ..models import Mission, MissionCost, MissionMember

MISSION_FIELDS = [
    "kind", "direction", "title_ar", "title_fr", "title_en", "agreement", "counterpart",
    "starts_on", "ends_on", "places_ar", "places_fr", "places_en", "objectives_ar",
    "objectives_fr", "objectives_en", "programme_ar", "programme_fr", "programme_en",
    "approval", "is_public", "internal_note",
]  # fmt: skip
MEMBER_FIELDS = ["name", "role", "institution", "sex", "category", "user"]
COST_FIELDS = ["item", "description", "amount", "currency", "payer", "obligation"]
# step: (the states it starts from, the state it leads to)
MISSION_STEPS = {
    "plan": ((MissionState.IDEA,), MissionState.PLANNED),
    "approve": ((MissionState.PLANNED,), MissionState.APPROVED),
    "done": ((MissionState.APPROVED,), MissionState.DONE),
    "close": ((MissionState.REPORTED,), MissionState.CLOSED),
}


def _require(by):
    if not can(by, "knowledge.edit_mission"):
        raise PermissionDenied


@transaction.atomic
def mission_save(*, by, mission=None, expected_version=None, **fields) -> Mission:
    _require(by)
    mission = Mission() if mission is None else lock(mission)
    advance(mission, expected_version)
    assign(mission, fields, MISSION_FIELDS)
    return saved(mission, by)


@transaction.atomic
def mission_step(*, mission, step, by, today=None) -> Mission:
    """Move the mission on; approving needs what approved it, "done" its last day passed."""
    _require(by)
    if step not in MISSION_STEPS:
        raise ValidationError(_("Unknown step."))
    sources, target = MISSION_STEPS[step]
    mission = lock(mission)
    if mission.state not in sources:
        raise ValidationError(
            _("This mission is “%(state)s”: it cannot take this step.")
            % {"state": mission.get_state_display()}
        )
    today = today or timezone.localdate()
    if step == "approve" and not mission.approval.strip():
        raise ValidationError(
            {
                "approval": _(
                    "Say what approved it: the council's deliberation or the order of mission."
                )
            }
        )
    if step == "done" and mission.ends_on > today:
        raise ValidationError(_("The mission is done once its last day has passed."))
    advance(mission)
    mission.state = target
    return saved(mission, by)


@transaction.atomic
def mission_report(*, mission, by, report_ar="", report_fr="", upload=None, today=None):
    """File the mission's report (its text in Arabic and French, and the signed file)."""
    _require(by)
    mission = lock(mission)
    if mission.state != MissionState.DONE:
        raise ValidationError(_("The report is filed once the mission is done."))
    if not (report_ar.strip() and report_fr.strip()):
        raise ValidationError(_("Write the report in Arabic and in French."))
    if upload is not None:
        validate_document(upload)
        mission.report_file = upload
    advance(mission)
    mission.report_ar, mission.report_fr = report_ar.strip(), report_fr.strip()
    mission.reported_on = today or timezone.localdate()
    mission.state = MissionState.REPORTED
    return saved(mission, by)


@transaction.atomic
def member_add(*, mission, by, **fields) -> MissionMember:
    _require(by)
    member = MissionMember(mission=mission)
    assign(member, fields, MEMBER_FIELDS)
    member.full_clean()
    member.save()
    return member


@transaction.atomic
def cost_add(*, mission, by, **fields) -> MissionCost:
    _require(by)
    cost = MissionCost(mission=mission)
    assign(cost, fields, COST_FIELDS)
    if cost.obligation_id and (
        mission.agreement_id is None or cost.obligation.party.agreement_id != mission.agreement_id
    ):
        raise ValidationError({"obligation": _("Choose an obligation of the mission's agreement.")})
    return saved(cost, by)


@transaction.atomic
def mission_follow_up_set(*, mission, by, action_items) -> Mission:
    """The coordination action items the mission leads to (replacing those linked before); an
    item must belong to a committee that follows the mission's agreement, when it has one."""
    _require(by)
    mission = lock(mission)
    items = list(action_items)
    if mission.agreement_id:
        strays = [item for item in items if item.committee.agreement_id != mission.agreement_id]
        if strays:
            raise ValidationError(
                {
                    "action_items": _(
                        "Choose actions of the committees that follow the mission's agreement."
                    )
                }
            )
    mission.action_items.set(items)
    return saved(mission, by)
