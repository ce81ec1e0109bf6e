"""A good-practice card from its draft to the portal, and the replications of it.

The commune's editors write a card and publish it; a partner's representative drafts one in its
organisation's name and submits it: the commune validates it (or sends it back to draft with a
note) before publishing. A replication is recorded by the commune: the partner or the commune
that did it again, when, how it was adapted, how it went."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import assign, saved

from ..choices import PracticeState
from ..models import Practice, PracticeFile, Replication

PRACTICE_FIELDS = [
    *(f"{name}_{code}" for name in ("title", "summary", "problem", "steps", "results",
                                     "lessons", "prerequisites", "skills", "services")
      for code in ("ar", "fr", "en")),
    "legal_basis", "locality", "started_on", "ended_on", "cost_mad", "project", "agreement",
    "mission", "evidence", "internal_note",
]  # fmt: skip
RELATED = ("partners", "indicators", "domains", "pac_axes")
REPLICATION_FIELDS = [
    "partner", "replicator_ar", "replicator_fr", "replicator_en", "country", "started_on",
    "adaptation_ar", "adaptation_fr", "adaptation_en", "state", "abandon_reason",
    "outcome_ar", "outcome_fr", "outcome_en", "mission", "agreement",
]  # fmt: skip
# step: (the states it starts from, the state it leads to, the rule asked).
PRACTICE_STEPS = {
    "submit": ((PracticeState.DRAFT,), PracticeState.SUBMITTED, "knowledge.propose_practice"),
    "return": ((PracticeState.SUBMITTED,), PracticeState.DRAFT, "knowledge.validate_practice"),
    "validate": (
        (PracticeState.DRAFT, PracticeState.SUBMITTED),
        PracticeState.VALIDATED,
        "knowledge.validate_practice",
    ),
    "publish": ((PracticeState.VALIDATED,), PracticeState.PUBLISHED, "knowledge.validate_practice"),
    "unpublish": (
        (PracticeState.PUBLISHED,),
        PracticeState.VALIDATED,
        "knowledge.validate_practice",
    ),
}


@transaction.atomic
def practice_save(*, by, practice=None, expected_version=None, **fields) -> Practice:
    """Create a card or change one. A representative's card is its organisation's
    (`submitted_by`) and carries no internal note; it changes only while a draft."""
    creating = practice is None
    if creating:
        practice = Practice()
        if not can(by, "knowledge.propose_practice"):
            raise PermissionDenied
        if not can(by, "knowledge.validate_practice"):
            practice.submitted_by_id = by.partner_id
    else:
        practice = lock(practice)
        if not can(by, "knowledge.propose_practice", practice):
            raise PermissionDenied
    if not can(by, "knowledge.validate_practice"):
        fields.pop("internal_note", None)  # the commune's own
    related = {name: fields.pop(name) for name in RELATED if name in fields}
    advance(practice, expected_version)
    assign(practice, fields, PRACTICE_FIELDS)
    saved(practice, by)
    if "indicators" in related and practice.project_id:
        outside = [i for i in related["indicators"] if i.project_id != practice.project_id]
        if outside:
            raise ValidationError({"indicators": _("Choose indicators of the practice's project.")})
    for name, values in related.items():
        getattr(practice, name).set(values)
    return practice


@transaction.atomic
def practice_step(*, practice: Practice, step: str, by, note="") -> Practice:
    """Move the card on: submit (a representative's draft), return to draft (with a note the
    partner reads), validate, publish, unpublish."""
    if step not in PRACTICE_STEPS:
        raise ValidationError(_("Unknown step."))
    sources, target, rule = PRACTICE_STEPS[step]
    practice = lock(practice)
    if not can(by, rule, practice if step == "submit" else None):
        raise PermissionDenied
    if practice.state not in sources:
        raise ValidationError(
            _("This card is “%(state)s”: it cannot take this step.")
            % {"state": practice.get_state_display()}
        )
    if step == "return" and not (note or "").strip():
        raise ValidationError({"note": _("Say what the partner should change.")})
    advance(practice)
    practice.state = target
    if step == "return":
        practice.return_note = note.strip()
    return saved(practice, by)


@transaction.atomic
def practice_file_add(*, practice: Practice, upload, kind, by, caption_ar="", caption_fr=""):
    """A photo, a document or the evaluation report, checked for what it is."""
    if not can(by, "knowledge.propose_practice", practice):
        raise PermissionDenied
    content_type, _extension = validate_document(upload)
    item = PracticeFile(
        practice=practice,
        kind=kind,
        file=upload,
        caption_ar=caption_ar,
        caption_fr=caption_fr,
        content_type=content_type,
        uploaded_by=by,
    )
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def replication_save(
    *, by, practice=None, replication=None, expected_version=None, **fields
) -> Replication:
    """Record who replicated the card, or change that record."""
    if not can(by, "knowledge.record_replication"):
        raise PermissionDenied
    replication = Replication(practice=practice) if replication is None else lock(replication)
    advance(replication, expected_version)
    assign(replication, fields, REPLICATION_FIELDS)
    return saved(replication, by)
