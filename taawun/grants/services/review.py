"""The committee's review of a call's eligible applications: each reviewer declares first
whether they are tied to the applicant (then they are excluded from it), scores each criterion,
and sees the others' scores only once their own is submitted; the score of an application is
the mean of its reviewers' totals (an eliminatory "no" puts it out); the ranking follows. The
selection awards grants within the envelope and puts others on the reserve list; each award
becomes a grant convention — an agreement of the kind "grant" with the association as a party
and the commune's tranches as obligations, following the ordinary lifecycle."""

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from taawun.agreements import services as agreements
from taawun.agreements.choices import ObligationKind, PartyRole
from taawun.agreements.models import AgreementKind
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import stamp

from ..choices import ApplicationState, CallState
from ..models import Application, Call, Review
from .grant_reports import schedule_reports

CENT = Decimal("0.01")


def _reviewing(application, by):
    if not by.has_perm("grants.review_application", application):
        raise PermissionDenied
    if application.call.state != CallState.REVIEW:
        raise ValidationError(_("The call is not under review."))
    if application.state != ApplicationState.ELIGIBLE:
        raise ValidationError(_("Only an eligible application is scored."))


@transaction.atomic
def review_declare(*, application: Application, by, conflict: bool, note="") -> Review:
    """The reviewer's declaration of interests on this application, before any score."""
    _reviewing(application, by)
    if Review.objects.filter(application=application, reviewer=by).exists():
        raise ValidationError(_("You have already declared your interests for this application."))
    note = (note or "").strip()
    if conflict and not note:
        raise ValidationError({"conflict_note": _("Say how you are tied to the applicant.")})
    review = Review(application=application, reviewer=by, conflict=conflict, conflict_note=note)
    review.full_clean()
    review.save()
    return review


def _points(criterion, value):
    """A reviewer's entry for a criterion, checked: yes/no for an eliminatory one, else 0 to
    its points."""
    if criterion.eliminatory:
        if value not in (True, False, "yes", "no", "1", "0", 1, 0):
            raise ValidationError(_("Answer yes or no: %(name)s.") % {"name": criterion.label})
        return value in (True, "yes", "1", 1)
    try:
        points = Decimal(str(value))
    except ArithmeticError:
        points = None
    if points is None or not points.is_finite() or not 0 <= points <= criterion.weight:
        raise ValidationError(
            _("Give %(name)s between 0 and %(max)s points.")
            % {"name": criterion.label, "max": criterion.weight}
        )
    return float(points)


@transaction.atomic
def review_submit(*, review: Review, scores: dict, comment="", by) -> Review:
    """Submit one's scores (every criterion, by its id), once; the application's score and the
    call's ranking follow."""
    review = lock(review)
    application = review.application
    if review.reviewer_id != by.pk:
        raise PermissionDenied
    _reviewing(application, by)
    if review.conflict:
        raise ValidationError(_("You declared a tie to the applicant: you do not score it."))
    if review.submitted_at:
        raise ValidationError(_("Your scores are submitted: they no longer change."))
    criteria = list(application.call.criteria.all())
    review.scores = {
        str(criterion.pk): _points(criterion, scores.get(str(criterion.pk)))
        for criterion in criteria
    }
    review.comment = (comment or "").strip()
    review.submitted_at = timezone.now()
    review.full_clean()
    review.save()
    rank_call(application.call)
    return review


def visible_reviews(application: Application, user):
    """The reviews `user` may read: a reviewer of the application only once their own is
    submitted (before, none but their own); an editor who does not review it, the submitted
    ones; anyone else, none."""
    reviews = list(application.reviews.select_related("reviewer").order_by("pk"))
    own = next((r for r in reviews if r.reviewer_id == user.pk), None)
    if own is not None:
        return reviews if own.submitted_at else [own]
    if user.has_perm("grants.screen_application"):
        return [r for r in reviews if r.submitted_at]
    return []


def score_of(application, criteria):
    """(score, eliminated): the mean of the submitted totals, None before any."""
    totals = [
        review.total(criteria)
        for review in application.reviews.all()
        if review.submitted_at and not review.conflict
    ]
    if not totals:
        return None, False
    if any(total is None for total in totals):
        return None, True
    return (sum(totals) / len(totals)).quantize(CENT, rounding=ROUND_HALF_UP), False


def rank_call(call):
    """Score every eligible application and rank them, the best first (ties: the earlier
    submission first)."""
    criteria = list(call.criteria.all())
    applications = list(
        call.applications.filter(state=ApplicationState.ELIGIBLE).prefetch_related("reviews")
    )
    for application in applications:
        application.score, _eliminated = score_of(application, criteria)
    ranked = sorted(
        (a for a in applications if a.score is not None),
        key=lambda a: (-a.score, a.submitted_at),
    )
    for position, application in enumerate(ranked, start=1):
        application.rank = position
    for application in applications:
        if application.score is None:
            application.rank = None
    Application.objects.bulk_update(applications, ["score", "rank"])
    return ranked


def _amount(value):
    return formats.number_format(value, 0, force_grouping=True)


@transaction.atomic
def select_awards(*, call, awards: dict, reserve=(), decision, by) -> list:
    """The committee's selection: `awards` {application: amount in MAD}, `reserve` the
    applications kept in case an award falls through; every other eligible application is not
    selected. `decision` is the committee's decision that adopted it, recorded in coordination
    (a held meeting with its quorum), and serves one call. The awards' sum cannot exceed the
    envelope; each is within the call's smallest and largest grant and what was asked. Each
    award makes its grant convention."""
    if not by.has_perm("grants.select_awards"):
        raise PermissionDenied
    call = lock(call)
    if call.state != CallState.REVIEW:
        raise ValidationError(_("The selection is made while the call is under review."))
    if decision is None:
        raise ValidationError(_("Name the committee's decision that adopted the selection."))
    if Call.objects.filter(selection_decision=decision).exclude(pk=call.pk).exists():
        raise ValidationError(_("This decision already adopted the selection of another call."))
    eligible = {a.pk: a for a in call.applications.filter(state=ApplicationState.ELIGIBLE)}
    chosen = {getattr(a, "pk", a): Decimal(str(amount)) for a, amount in awards.items()}
    kept = {getattr(a, "pk", a) for a in reserve}
    if set(chosen) - set(eligible) or kept - set(eligible) or set(chosen) & kept:
        raise ValidationError(_("Choose among the eligible applications, each once."))
    if any(eligible[pk].score is None for pk in chosen):
        raise ValidationError(_("An application is awarded once the reviewers have scored it."))
    total = sum(chosen.values(), Decimal("0"))
    if total > call.envelope:
        raise ValidationError(
            _("The awards come to %(total)s MAD, %(over)s above the envelope of %(envelope)s MAD.")
            % {
                "total": _amount(total),
                "over": _amount(total - call.envelope),
                "envelope": _amount(call.envelope),
            }
        )
    for pk, amount in chosen.items():
        requested = eligible[pk].totals()["requested"]
        if not call.min_grant <= amount <= min(call.max_grant, requested):
            raise ValidationError(
                _("%(reference)s: a grant between %(min)s MAD and %(max)s MAD.")
                % {
                    "reference": eligible[pk].reference,
                    "min": _amount(call.min_grant),
                    "max": _amount(min(call.max_grant, requested)),
                }
            )
    advance(call)
    call.selection_decision = decision
    stamp(call, by)
    call.save()
    made = []
    for pk, application in eligible.items():
        advance(application)
        if pk in chosen:
            application.state, application.awarded = ApplicationState.SELECTED, chosen[pk]
        else:
            application.state = (
                ApplicationState.RESERVE if pk in kept else ApplicationState.NOT_SELECTED
            )
        stamp(application, by)
        application.save()
        if pk in chosen:
            make_convention(application=application, by=by)
            made.append(application)
    return made


def make_convention(*, application: Application, by):
    """The grant convention of an award, through the agreements' own services: a draft
    agreement of the kind "grant" with the association as beneficiary and the commune's
    tranches (settings.GRANT_TRANCHES: share and condition) as its obligations."""
    call = application.call
    agreement = agreements.agreement_create(
        by=by,
        commune_role=PartyRole.FUNDER,
        reference=f"SUB-{application.reference}",
        kind=AgreementKind.objects.get(code="grant"),
        title_ar=f"اتفاقية دعم: {application.title}"[:255],
        title_fr=f"Convention de subvention : {application.title}"[:255],
        title_en=f"Grant agreement: {application.title}"[:255],
        object_ar=f"دعم مشروع «{application.title}» في إطار طلب المشاريع {call.reference}.",
        object_fr=(
            f"Soutien au projet « {application.title} » dans le cadre de l'appel à projets "
            f"{call.reference}."
        ),
        start_date=application.starts_on,
    )
    agreement.localities.set([application.locality_id])
    agreement.domains.set(call.domains.all())
    agreements.party_save(
        agreement=agreement, by=by, partner=application.association, role=PartyRole.BENEFICIARY
    )
    commune = agreement.parties.get(role=PartyRole.FUNDER)
    remaining, tranches = application.awarded, settings.GRANT_TRANCHES
    for number, (share, _condition) in enumerate(tranches, start=1):
        last = number == len(tranches)
        amount = remaining if last else (application.awarded * share / 100).quantize(CENT)
        remaining -= amount
        due = application.starts_on if number == 1 else application.ends_on + timedelta(days=90)
        agreements.obligation_save(
            party=commune,
            kind=ObligationKind.FINANCIAL,
            amount=amount,
            currency="MAD",
            tranche=number,
            due_date=due,
            by=by,
        )
    application.agreement = agreement
    application.save(update_fields=["agreement", "updated_at"])
    schedule_reports(application)
    return agreement
