"""The reports a grant owes (interim, final, financial), due by a date; the commune accepts a
report, asks for changes or rejects it. A tranche whose condition is a report is not paid before
that report is accepted (grants.tranches), and an overdue report keeps its association from the
next call until it is filed (services.applications.rule_breaches)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.files import private_storage, unguessable_name
from taawun.core.models import TimeStampedModel
from taawun.core.text import CleanText

MONEY = {"max_digits": 14, "decimal_places": 2}


class ReportKind(models.TextChoices):
    INTERIM = "interim", _("Interim report")
    FINAL = "final", _("Final report")
    FINANCIAL = "financial", _("Financial report")


class ReportState(models.TextChoices):
    DUE = "due", _("Due")
    SUBMITTED = "submitted", _("Submitted: the commune reads it")
    CHANGES = "changes", _("Changes asked")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


OWED = (ReportState.DUE, ReportState.CHANGES)


class GrantReport(Versioned, TimeStampedModel):
    application = models.ForeignKey(
        "grants.Application", on_delete=models.CASCADE, related_name="reports"
    )
    kind = models.CharField(_("report"), max_length=10, choices=ReportKind.choices)
    due_on = models.DateField(_("due on"))
    narrative = models.TextField(_("what was done, for whom, with what results"), blank=True)
    expenses = models.DecimalField(_("expenses incurred (MAD)"), **MONEY, null=True, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=ReportState.choices, default=ReportState.DUE
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("the commune's remarks"), max_length=4000, blank=True)
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    class Meta:
        verbose_name = _("grant report")
        verbose_name_plural = _("grant reports")
        ordering = ["application", "due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "kind"], name="grants_one_report_of_each_kind"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.application}"

    def get_manage_url(self):
        return self.application.get_manage_url()

    def is_overdue(self, today=None):
        return self.state in OWED and self.due_on < (today or timezone.localdate())


def report_document_path(instance, filename):
    return unguessable_name("grant-reports", filename)


class ReportDocument(CleanText, models.Model):
    """A piece of a report: the expense statement, a receipt, a photo; private."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", _("Expense statement")
        RECEIPT = "receipt", _("Receipt or invoice")
        PHOTO = "photo", _("Photo")

    report = models.ForeignKey(GrantReport, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("piece"), max_length=10, choices=Kind.choices)
    file = models.FileField(
        _("file"), upload_to=report_document_path, storage=private_storage, max_length=255
    )
    content_type = models.CharField(max_length=100, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("report piece")
        verbose_name_plural = _("report pieces")
        ordering = ["report", "pk"]

    def __str__(self):
        return self.get_kind_display()
