"""Petitions to the council (Organic Law 113-14, arts. 121–125): deposited against an immediate
receipt, signatures entered from the paper sheets (each person once), the bureau's decision —
admissible only from the threshold and, for an association, its checks of art. 124, or not
admissible with its reasons — and, once admissible, a point on the agenda of an ordinary
session through the council's own service."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.coordination.choices import CommitteeKind
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import stamp
from taawun.core.numbering import save_numbered
from taawun.council import services as council
from taawun.council.choices import SessionKind, SessionStatus

from ..choices import PetitionKind, PetitionState
from ..models import Petition, PetitionSignature, petition_threshold
from .residents import national_id_hash

ASSOCIATION_CHECKS = (
    "association_over_three_years",
    "association_seat_in_commune",
    "association_activity_related",
)


def _require(by, petition=None):
    if not by.has_perm("participation.handle_petition", petition):
        raise PermissionDenied


def petition_deposit(*, by, deposited_on=None, **fields) -> Petition:
    """Record a petition deposited with the council's president; its receipt number
    (PT-<year>-<number>) at once."""
    _require(by)
    deposited_on = deposited_on or timezone.localdate()
    year = deposited_on.year

    def make(number):
        petition = Petition(
            reference=f"PT-{year}-{number:03}",
            year=year,
            number=number,
            deposited_on=deposited_on,
            **fields,
        )
        return stamp(petition, by)

    return save_numbered(
        Petition,
        year,
        make,
        refused=_("The petition could not be numbered; please record it again."),
    )


def hashed_signatures(rows):
    """(full name, national ID number) rows -> (line, name, hash or None): a row without a name
    or a valid number has no hash. The numbers go no further than this function."""
    result = []
    for line, (name, number) in enumerate(rows, start=1):
        name = (name or "").strip()
        try:
            hashed = national_id_hash(number) if name else None
        except ValidationError:
            hashed = None
        result.append((line, name, hashed))
    return result


@transaction.atomic
def petition_sign(*, petition: Petition, rows, by, hashed=False) -> dict:
    """Enter signatures from the paper sheets: `rows` of (full name, national ID number), or of
    (full name, keyed hash) when `hashed` (an import checked first, whose numbers were never
    kept). Each person counts once: a number already entered, or twice in the rows, is a
    duplicate; a row without a name or a valid number is refused.
    Returns {"added", "duplicates", "refused"} (refused: the line numbers)."""
    _require(by, petition)
    petition = lock(petition)
    if petition.state != PetitionState.DEPOSITED:
        raise ValidationError(_("The bureau has decided: no more signatures are entered."))
    if hashed:
        lines = [(line, (name or "").strip(), h) for line, (name, h) in enumerate(rows, start=1)]
    else:
        lines = hashed_signatures(rows)
    seen = set(petition.signatures.values_list("national_id_hash", flat=True))
    duplicates, refused, new = 0, [], []
    for line, name, digest in lines:
        if not name or not digest:
            refused.append(line)
            continue
        if digest in seen:
            duplicates += 1
            continue
        seen.add(digest)
        signature = PetitionSignature(petition=petition, full_name=name, national_id_hash=digest)
        signature.full_clean(exclude=["petition"])
        new.append(signature)
    PetitionSignature.objects.bulk_create(new)
    if new:
        advance(petition)
    return {"added": len(new), "duplicates": duplicates, "refused": refused}


@transaction.atomic
def petition_admit(*, petition: Petition, by, decided_on=None, **checks) -> Petition:
    """The bureau declares the petition admissible: a citizens' petition needs the threshold's
    valid signatures, an association's the three checks of art. 124."""
    _require(by, petition)
    petition = lock(petition)
    if petition.state != PetitionState.DEPOSITED:
        raise ValidationError(_("The bureau has already decided on this petition."))
    if petition.kind == PetitionKind.CITIZENS:
        valid, needed = petition.signatures.count(), petition_threshold()
        if valid < needed:
            raise ValidationError(
                _("%(valid)s valid signatures: a citizens' petition needs %(needed)s.")
                % {"valid": valid, "needed": needed}
            )
    else:
        for name in ASSOCIATION_CHECKS:
            setattr(petition, name, bool(checks.get(name)))
        if not all(getattr(petition, name) for name in ASSOCIATION_CHECKS):
            raise ValidationError(
                _("An association's petition is admissible only when the three checks hold.")
            )
    advance(petition)
    petition.state = PetitionState.ADMISSIBLE
    petition.decided_on = decided_on or timezone.localdate()
    petition.full_clean()
    stamp(petition, by)
    petition.save()
    return petition


@transaction.atomic
def petition_refuse(*, petition: Petition, reasons, by, decided_on=None) -> Petition:
    """The bureau's reasoned refusal, notified to the proxy or legal representative."""
    _require(by, petition)
    petition = lock(petition)
    reasons = (reasons or "").strip()
    if petition.state != PetitionState.DEPOSITED:
        raise ValidationError(_("The bureau has already decided on this petition."))
    if not reasons:
        raise ValidationError({"inadmissibility_reasons": _("Give the reasons of the refusal.")})
    advance(petition)
    petition.state = PetitionState.INADMISSIBLE
    petition.inadmissibility_reasons = reasons
    petition.decided_on = decided_on or timezone.localdate()
    stamp(petition, by)
    petition.save()
    return petition


def next_ordinary_sessions():
    """The ordinary sessions not held yet, the next first: where an admissible petition goes."""
    from taawun.council.models import CouncilSession

    return CouncilSession.objects.filter(
        kind=SessionKind.ORDINARY,
        status=SessionStatus.PLANNED,
        opens_on__gte=timezone.localdate(),
    ).order_by("opens_on", "pk")


@transaction.atomic
def petition_place(*, petition: Petition, session, by, committee=None) -> Petition:
    """Put an admissible petition on the agenda of an ordinary session: a point of the session,
    through the council's service, titled after the petition; and refer it to the competent
    permanent committee of the council (art. 125), when the commune has recorded its
    committees."""
    _require(by, petition)
    petition = lock(petition)
    if petition.state != PetitionState.ADMISSIBLE:
        raise ValidationError(_("Only an admissible petition is put on the agenda."))
    if not next_ordinary_sessions().filter(pk=session.pk).exists():
        raise ValidationError({"session": _("Choose an ordinary session not held yet.")})
    if committee is not None and committee.kind != CommitteeKind.COUNCIL:
        raise ValidationError({"committee": _("Choose a permanent committee of the council.")})
    point = council.point_save(
        session=session,
        by=by,
        title_ar=f"عريضة {petition.reference}: {petition.title}"[:300],
        title_fr=f"Pétition {petition.reference} : {petition.title}"[:300],
        title_en=f"Petition {petition.reference}: {petition.title}"[:300],
    )
    advance(petition)
    petition.state = PetitionState.PLACED
    petition.session_point = point
    petition.committee = committee
    stamp(petition, by)
    petition.save()
    return petition


WITHDRAWABLE = (PetitionState.DEPOSITED, PetitionState.ADMISSIBLE)


@transaction.atomic
def petition_withdraw(*, petition: Petition, reason, by) -> Petition:
    """The proxy or the association withdraws the petition before it is on a session's agenda
    (recorded by the commune, with what they wrote). It leaves the public list."""
    _require(by, petition)
    petition = lock(petition)
    reason = (reason or "").strip()
    if petition.state not in WITHDRAWABLE:
        raise ValidationError(_("Only a petition not yet on a session's agenda can be withdrawn."))
    if not reason:
        raise ValidationError({"withdrawal_reason": _("Say who withdrew it and why.")})
    advance(petition)
    petition.state = PetitionState.WITHDRAWN
    petition.withdrawal_reason = reason
    petition.full_clean()
    stamp(petition, by)
    petition.save()
    return petition
