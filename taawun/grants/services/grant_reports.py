"""The reports of a grant: scheduled when the convention is made (settings.GRANT_REPORTS: the
kinds and how many days after the project's end each is due), filed by the association's
representative, decided by the commune — accepted, changes asked, or rejected, with its
remarks."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.permissions import can
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import stamp

from ..choices import ApplicationState
from ..report_models import OWED, GrantReport, ReportDocument, ReportKind, ReportState

VERDICTS = {
    "accepted": ReportState.ACCEPTED,
    "changes": ReportState.CHANGES,
    "rejected": ReportState.REJECTED,
}


def schedule_reports(application):
    """The reports the grant owes, each due so many days after the project ends."""
    return GrantReport.objects.bulk_create(
        GrantReport(
            application=application,
            kind=kind,
            due_on=application.ends_on + timedelta(days=days),
        )
        for kind, days in settings.GRANT_REPORTS
    )


@transaction.atomic
def report_dates_set(*, application, by, interim_on=None, **due) -> list:
    """The dates of a convention's reports, set by the commune's editors: an interim report
    asked by `interim_on` (within the project's dates; None removes one not filed yet), and
    the due day of the final and financial reports (`final=`, `financial=`) while not filed.
    A report filed (and not sent back for changes) keeps its date."""
    if not by.has_perm("grants.screen_application"):
        raise PermissionDenied
    application = lock(application)
    if application.state != ApplicationState.SELECTED:
        raise ValidationError(_("Only a selected application owes reports."))
    reports = {report.kind: report for report in application.reports.all()}
    errors = {}
    interim = reports.get(ReportKind.INTERIM)
    if interim_on is not None and not (application.starts_on <= interim_on <= application.ends_on):
        errors["interim_on"] = _("An interim report falls within the project's dates.")
    for kind, day in due.items():
        if kind not in (ReportKind.FINAL, ReportKind.FINANCIAL) or day is None:
            continue
        if day < application.ends_on:
            errors[kind] = _("The final and financial reports are due after the project ends.")
    if errors:
        raise ValidationError(errors)
    changed = []
    if interim_on is not None and interim is None:
        interim = GrantReport(application=application, kind=ReportKind.INTERIM, due_on=interim_on)
        interim.full_clean()
        interim.save()
        changed.append(interim)
    elif interim is not None:
        due[ReportKind.INTERIM] = interim_on
    for kind, day in due.items():
        report = reports.get(kind) or (interim if kind == ReportKind.INTERIM else None)
        if report is None or report.due_on == day:
            continue
        if report.state not in OWED:
            raise ValidationError(_("A report filed keeps its date."))
        report = lock(report)
        if day is None:  # only an interim report is removed
            report.delete()
            continue
        advance(report)
        report.due_on = day
        stamp(report, by)
        report.full_clean()
        report.save()
        changed.append(report)
    return changed


def overdue_reports(partner_id, today=None):
    """The reports an association owes past their date: they keep it from the next call."""
    today = today or timezone.localdate()
    return GrantReport.objects.filter(
        application__association_id=partner_id, state__in=OWED, due_on__lt=today
    ).select_related("application")


@transaction.atomic
def report_submit(*, report: GrantReport, by, narrative, expenses=None, pieces=()) -> GrantReport:
    """The association files its report: what was done, the expenses, and its pieces
    ((kind, upload), checked for what they are). A financial report needs its statement."""
    report = lock(report)
    if not can(by, "grants.apply", report.application):
        raise PermissionDenied
    if report.state not in OWED:
        raise ValidationError(_("This report is filed: the commune reads it."))
    narrative = (narrative or "").strip()
    if not narrative:
        raise ValidationError({"narrative": _("Say what was done, for whom, with what results.")})
    pieces = [(kind, upload) for kind, upload in pieces if upload]
    statements = [kind for kind, _upload in pieces if kind == ReportDocument.Kind.STATEMENT]
    has_statement = statements or report.documents.filter(kind=ReportDocument.Kind.STATEMENT)
    if report.kind == ReportKind.FINANCIAL and not has_statement:
        raise ValidationError({"statement": _("Join the expense statement.")})
    for kind, upload in pieces:
        content_type, extension = validate_document(upload)
        document = ReportDocument(report=report, kind=kind, content_type=content_type)
        document.file.save(f"{kind}.{extension}", upload, save=False)
        document.save()
    advance(report)
    report.narrative, report.expenses = narrative, expenses
    report.state, report.submitted_at = ReportState.SUBMITTED, timezone.now()
    stamp(report, by)
    report.save()
    return report


@transaction.atomic
def report_decide(*, report: GrantReport, verdict: str, note="", by) -> GrantReport:
    """The commune accepts the report, asks for changes, or rejects it; its remarks are
    required unless it accepts."""
    if not by.has_perm("grants.screen_application"):
        raise PermissionDenied
    report = lock(report)
    if report.state != ReportState.SUBMITTED:
        raise ValidationError(_("Only a submitted report is decided."))
    if verdict not in VERDICTS:
        raise ValidationError(_("Accept the report, ask for changes or reject it."))
    note = (note or "").strip()
    if verdict != "accepted" and not note:
        raise ValidationError({"decision_note": _("Say what is to change, or why it is rejected.")})
    advance(report)
    report.state, report.decision_note = VERDICTS[verdict], note
    report.decided_at = timezone.now()
    stamp(report, by)
    report.save()
    return report
