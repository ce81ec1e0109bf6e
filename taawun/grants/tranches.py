"""A grant convention's tranches and the reports they wait for: settings.GRANT_TRANCHES names,
for each tranche, its share and its condition — "signature", or "<kind>_report" (the report of
that kind accepted). The agreements app asks, before recording a delivery (signal
`delivery_asked`), whether the obligation may be delivered; grants answers for its tranches."""

from django.conf import settings
from django.utils.translation import gettext as _

from .report_models import ReportKind, ReportState


def condition_of(tranche):
    """The report kind a tranche waits for, or None ("signature", or no such tranche)."""
    if not tranche or tranche > len(settings.GRANT_TRANCHES):
        return None
    condition = settings.GRANT_TRANCHES[tranche - 1][1]
    kind = condition.removesuffix("_report")
    return kind if kind != condition and kind in ReportKind.values else None


def tranche_refusal(sender=None, *, obligation, **kwargs):
    """Why the obligation, a tranche of a grant convention, cannot be paid yet; None if it can
    (or if it is no grant's tranche)."""
    from .models import Application

    kind = condition_of(obligation.tranche)
    if kind is None:
        return None
    application = (
        Application.objects.filter(agreement_id=obligation.party.agreement_id)
        .only("pk", "reference")
        .first()
    )
    if application is None:
        return None
    if application.reports.filter(kind=kind, state=ReportState.ACCEPTED).exists():
        return None
    return _("Tranche %(tranche)s is paid once the %(report)s is accepted.") % {
        "tranche": obligation.tranche,
        "report": ReportKind(kind).label.lower(),
    }
