"""An association's application to a call: drafted by its representative while the call is
open, its budget lines and documents joined, submitted before the deadline — the server's clock
decides, in Morocco's time — against a receipt number, or withdrawn; then screened by the
commune (eligible, or not with its reasons)."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import assign, stamp
from taawun.core.numbering import save_numbered

from ..choices import ApplicationState, CallState
from ..models import Application, ApplicationDocument, BudgetLine, Call
from .grant_reports import overdue_reports

FIELDS = [
    "applicant_kind",
    "domain",
    "founded_on",
    "title",
    "summary",
    "locality",
    "women",
    "men",
    "girls",
    "boys",
    "starts_on",
    "ends_on",
    "no_double_funding",
    "data_notice",
]
LINE_FIELDS = ("label", "requested", "own_cash", "own_in_kind", "other_funders")
MAX_LINES = 40


def deadline_text(call: Call) -> str:
    """ "31 mars 2025, 23:59": the deadline as the reader's calendar says it, Morocco's time."""
    moment = timezone.localtime(call.closes_at)
    return f"{formats.date_format(moment, 'DATE_FORMAT')}, {moment:%H:%M}"


def _editable(application: Application, by, now=None):
    if not can(by, "grants.apply", application) or application.association_id is None:
        raise PermissionDenied
    if application.state != ApplicationState.DRAFT:
        raise ValidationError(_("A submitted application can no longer be changed."))
    if not application.call.is_open(now):
        raise ValidationError(
            _(
                "The call closed on %(deadline)s (Morocco time): applications are no longer received."
            )
            % {"deadline": deadline_text(application.call)}
        )


@transaction.atomic
def application_save(*, by, call=None, application=None, expected_version=None, now=None, **fields):
    """Start (given `call`) or change (given `application`) a draft, in the name of the
    representative's own association."""
    if application is None:
        application = Application(call=call, association_id=by.partner_id)
        _editable(application, by, now)
    else:
        application = lock(application)
        _editable(application, by, now)
        advance(application, expected_version)
    assign(application, fields, FIELDS)
    application.full_clean()
    stamp(application, by)
    application.save()
    return application


@transaction.atomic
def budget_set(*, application: Application, lines, by, now=None) -> list:
    """Replace the draft's budget lines by `lines` (dicts of LINE_FIELDS)."""
    application = lock(application)
    _editable(application, by, now)
    if len(lines) > MAX_LINES:
        raise ValidationError(_("At most %(count)s budget lines.") % {"count": MAX_LINES})
    made = []
    for row in lines:
        line = BudgetLine(application=application, **{k: row[k] for k in LINE_FIELDS if k in row})
        line.full_clean()
        made.append(line)
    application.budget_lines.all().delete()
    BudgetLine.objects.bulk_create(made)
    advance(application)
    application.save()
    return made


@transaction.atomic
def document_join(*, application: Application, upload, title, requirement=None, by, now=None):
    """Join a document to the draft, checked for what it really is (PDF, image, office)."""
    application = lock(application)
    _editable(application, by, now)
    if requirement is not None and requirement.call_id != application.call_id:
        raise ValidationError(_("This document is asked by another call."))
    content_type, extension = validate_document(upload)
    document = ApplicationDocument(
        application=application,
        requirement=requirement,
        title=(title or (requirement.label if requirement else "")).strip()[:200] or upload.name,
        content_type=content_type,
    )
    document.file.save(f"document.{extension}", upload, save=False)
    document.full_clean()
    document.save()
    return document


def rule_breaches(application: Application, today=None) -> list:
    """What keeps the application from being submitted under its call's rules, as messages."""
    call, errors = application.call, []
    today = today or timezone.localdate()
    if not application.no_double_funding:
        errors.append(_("Declare that no other public funding covers the same expenses."))
    if not application.data_notice:
        errors.append(_("Say that you read the notice on personal data."))
    if application.applicant_kind not in call.applicant_kinds:
        errors.append(_("This call is not open to this kind of applicant."))
    founded = application.founded_on
    if call.min_years and founded and years_between(founded, today) < call.min_years:
        errors.append(
            _("The call asks for applicants constituted for %(years)s years at least.")
            % {"years": call.min_years}
        )
    localities = set(call.localities.values_list("pk", flat=True))
    if localities and application.locality_id not in localities:
        errors.append(_("The project's locality is not among the call's."))
    themes = set(call.domains.values_list("pk", flat=True))
    if themes and application.domain_id not in themes:
        errors.append(_("Choose the project's theme among the call's."))
    totals = application.totals()
    requested, budget = totals["requested"], totals["budget"]
    if not budget:
        errors.append(_("Fill in the budget: what each expense costs and who pays it."))
    else:
        if not call.min_grant <= requested <= call.max_grant:
            errors.append(
                _("The grant asked must be between %(min)s and %(max)s MAD.")
                % {
                    "min": formats.number_format(call.min_grant, 0, force_grouping=True),
                    "max": formats.number_format(call.max_grant, 0, force_grouping=True),
                }
            )
        if totals["own"] * 100 < call.min_own_share * budget:
            errors.append(
                _("Your own contribution must be at least %(share)s%% of the budget.")
                % {"share": formats.number_format(call.min_own_share, 0)}
            )
        if requested * 100 > call.max_funding_rate * budget:
            errors.append(
                _("The commune pays at most %(rate)s%% of the budget.")
                % {"rate": formats.number_format(call.max_funding_rate, 0)}
            )
    for report in overdue_reports(application.association_id, today):
        errors.append(
            _("The %(report)s of %(project)s was due on %(date)s: file it before applying again.")
            % {
                "report": report.get_kind_display().lower(),
                "project": report.application.title,
                "date": formats.date_format(report.due_on, "DATE_FORMAT"),
            }
        )
    joined = set(application.documents.values_list("requirement_id", flat=True))
    for requirement in call.required_documents.filter(required=True):
        if requirement.pk not in joined:
            errors.append(_("Join this document: %(name)s.") % {"name": requirement.label})
    return errors


@transaction.atomic
def application_submit(*, application: Application, by, now=None) -> Application:
    """Submit before the deadline, by the server's clock: a receipt number at once, the draft
    closed. Every rule of the call it breaks is said, and nothing changes."""
    application = lock(application)
    now = now or timezone.now()
    _editable(application, by, now)
    errors = rule_breaches(application, today=timezone.localtime(now).date())
    if errors:
        raise ValidationError(errors)
    year = timezone.localtime(now).year

    def make(number):
        application.year, application.number = year, number
        application.reference = f"DS-{year}-{number:04}"
        application.state = ApplicationState.SUBMITTED
        application.submitted_at = now
        advance(application)
        stamp(application, by)
        return application

    return save_numbered(
        Application, year, make, refused=_("The application could not be numbered; try again.")
    )


WITHDRAWABLE = {ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.ELIGIBLE}


@transaction.atomic
def application_withdraw(*, application: Application, by) -> Application:
    """The association withdraws its application, until the selection."""
    if not can(by, "grants.apply", application):
        raise PermissionDenied
    application = lock(application)
    if application.state not in WITHDRAWABLE:
        raise ValidationError(
            _("The selection is made: the application can no longer be withdrawn.")
        )
    advance(application)
    application.state = ApplicationState.WITHDRAWN
    stamp(application, by)
    application.save()
    return application


@transaction.atomic
def application_screen(*, application: Application, eligible: bool, reasons="", by):
    """The commune's eligibility screening, once the call is closed: eligible, or not with the
    reasons the association is told."""
    if not by.has_perm("grants.screen_application"):
        raise PermissionDenied
    application = lock(application)
    if application.call.state not in {CallState.CLOSED, CallState.REVIEW}:
        raise ValidationError(_("Applications are screened once the call is closed."))
    if application.state not in {
        ApplicationState.SUBMITTED,
        ApplicationState.ELIGIBLE,
        ApplicationState.INELIGIBLE,
    }:
        raise ValidationError(_("This application is not waiting for its screening."))
    reasons = (reasons or "").strip()
    if not eligible and not reasons:
        raise ValidationError({"screening_reasons": _("Say why the application is not eligible.")})
    advance(application)
    application.state = ApplicationState.ELIGIBLE if eligible else ApplicationState.INELIGIBLE
    application.screening_reasons = "" if eligible else reasons
    stamp(application, by)
    application.save()
    return application


def years_between(start: date, end: date) -> int:
    """Whole years from `start` to `end` (a birthday rule: 29 February counts on 1 March)."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years
