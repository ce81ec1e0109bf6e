"""A call for projects from its draft to its results: created with the default scoring grid and
documents (grants.grid, adapted per call while it is a draft), published, closed at its
deadline, reviewed, its results published. Its rules cannot change once applications may
arrive: an association applies under the rules it read."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.permissions import sees_everything
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, stamp
from taawun.core.numbering import save_numbered

from ..choices import CallState
from ..grid import DEFAULT_CRITERIA, DEFAULT_DOCUMENTS
from ..models import Call, Criterion, RequiredDocument, Review

RULE_FIELDS = [
    "title_ar",
    "title_fr",
    "title_en",
    "description_ar",
    "description_fr",
    "description_en",
    "legal_basis",
    "envelope",
    "min_grant",
    "max_grant",
    "min_own_share",
    "max_funding_rate",
    "applicant_kinds",
    "min_years",
    "opens_at",
    "closes_at",
]
RELATED = ("domains", "pac_axes", "localities")
# Each step: the state it starts from, the state it leads to.
STEPS = {
    "publish": (CallState.DRAFT, CallState.PUBLISHED),
    "close": (CallState.PUBLISHED, CallState.CLOSED),
    "review": (CallState.CLOSED, CallState.REVIEW),
    "results": (CallState.REVIEW, CallState.RESULTS),
    "archive": (CallState.RESULTS, CallState.ARCHIVED),
}


def _require(by):
    if not by.has_perm("grants.edit_call"):
        raise PermissionDenied


def _set_related(call, related):
    for name, values in related.items():
        getattr(call, name).set(values)


@transaction.atomic
def call_create(*, by, **fields) -> Call:
    """A draft call, numbered AP-<year>-<nn> in the year it opens, with the default grid and
    documents to adapt."""
    _require(by)
    related = {name: fields.pop(name) for name in RELATED if name in fields}
    opens_at = fields.get("opens_at") or timezone.now()
    year = timezone.localtime(opens_at).year

    def make(number):
        call = Call(reference=f"AP-{year}-{number:02}", year=year, number=number)
        assign(call, fields, RULE_FIELDS)
        stamp(call, by)
        return call

    call = save_numbered(
        Call, year, make, refused=_("The call could not be numbered; please save it again.")
    )
    _set_related(call, related)
    Criterion.objects.bulk_create(
        Criterion(call=call, order=n, **row) for n, row in enumerate(DEFAULT_CRITERIA, start=1)
    )
    RequiredDocument.objects.bulk_create(
        RequiredDocument(call=call, order=n, **row)
        for n, row in enumerate(DEFAULT_DOCUMENTS, start=1)
    )
    return call


@transaction.atomic
def call_update(*, call: Call, by, expected_version=None, **fields) -> Call:
    """Change a draft call's rules (a published call keeps them)."""
    _require(by)
    call = lock(call)
    if call.state != CallState.DRAFT:
        raise ValidationError(_("A published call keeps the rules the applicants read."))
    related = {name: fields.pop(name) for name in RELATED if name in fields}
    advance(call, expected_version)
    assign(call, fields, RULE_FIELDS)
    call.full_clean()
    stamp(call, by)
    call.save()
    _set_related(call, related)
    return call


@transaction.atomic
def criterion_save(*, call: Call, by, criterion=None, **fields) -> Criterion:
    """Add or change a line of a draft call's grid."""
    _require(by)
    call = lock(call)
    if call.state != CallState.DRAFT:
        raise ValidationError(_("A published call keeps its scoring grid."))
    criterion = criterion or Criterion(call=call)
    if criterion.call_id != call.pk:
        raise ValidationError(_("This criterion belongs to another call."))
    for name, value in fields.items():
        setattr(criterion, name, value)
    criterion.full_clean()
    criterion.save()
    return criterion


@transaction.atomic
def call_reviewers_set(*, call: Call, reviewers, by) -> Call:
    """Name the call's reviewers, the commune's people who score its applications (none named:
    any of them), until its results are published. One who has declared on an application
    stays: their declaration and scores are part of the record."""
    _require(by)
    call = lock(call)
    if call.state in (CallState.RESULTS, CallState.ARCHIVED):
        raise ValidationError(_("The results are published: the reviewers stay as they were."))
    reviewers = list(reviewers)
    outsiders = [user for user in reviewers if not sees_everything(user)]
    if outsiders:
        raise ValidationError(_("A reviewer is one of the commune's people."))
    kept = set(Review.objects.filter(application__call=call).values_list("reviewer_id", flat=True))
    dropped = kept - {user.pk for user in reviewers}
    if reviewers and dropped:
        raise ValidationError(_("A reviewer who has declared on an application stays named."))
    call.reviewers.set(reviewers)
    advance(call)
    stamp(call, by)
    call.save()  # the change is in the call's history, with who made it
    return call


@transaction.atomic
def call_step(*, call: Call, step: str, by, now=None) -> Call:
    """Move the call on: publish (it needs a grid worth points and its deadline ahead), close
    (at or after its deadline), start the review, publish the results (every eligible
    application decided), archive."""
    _require(by)
    call = lock(call)
    start, end = STEPS[step]
    if call.state != start:
        raise ValidationError(
            _("The call is %(state)s: this step is not possible now.")
            % {"state": call.get_state_display().lower()}
        )
    now = now or timezone.now()
    if step == "publish":
        if not call.total_weight:
            raise ValidationError(_("The scoring grid has no criterion worth points."))
        if call.closes_at <= now:
            raise ValidationError(_("The call's deadline has passed: set a later one."))
    if step == "close" and now < call.closes_at:
        raise ValidationError(_("The call is open until its deadline."))
    if step == "results":
        from ..choices import ApplicationState

        if call.applications.filter(state=ApplicationState.ELIGIBLE).exists():
            raise ValidationError(_("Some eligible applications are not decided yet."))
        call.results_published_at = now
    advance(call)
    call.state = end
    stamp(call, by)
    call.save()
    return call


def close_due_calls(*, now=None) -> int:
    """Close the published calls whose deadline has passed (for the daily command); how many."""
    now = now or timezone.now()
    count = 0
    for call in Call.objects.filter(state=CallState.PUBLISHED, closes_at__lte=now):
        with transaction.atomic():
            call = lock(call)
            advance(call)
            call.state = CallState.CLOSED
            call.save()  # its history names no one: the clock closed it
        count += 1
    return count
