from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy


def _with_visa_days(message):
    from .lifecycle import stages  # the lifecycle imports these choices

    return message % {"days": stages.VISA_DAYS}


# A label that names the visa clock's number of days, in the reader's language and number.
_visa_days = lazy(_with_visa_days, str)


class Stage(models.TextChoices):
    """The Moroccan lifecycle of a convention (Organic Law 113-14)."""

    DRAFT = "draft", _("Draft")
    COMMITTEE = "committee", _("Committee review")
    AGENDA = "agenda", _("On the council's agenda")
    COUNCIL_APPROVED = "council_approved", _("Approved by the council")
    PARTNER_APPROVALS = "partner_approvals", _("Partners' approvals")
    VISA_PENDING = "visa_pending", _("Awaiting the governor's visa")
    SIGNATURES = "signatures", _("Signatures")
    IN_FORCE = "in_force", _("In force")
    SUSPENDED = "suspended", _("Suspended")
    COMPLETED = "completed", _("Completed")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")
    REJECTED = "rejected", _("Rejected by the council")


class CouncilRejection(models.TextChoices):
    """What a council's vote against does to the file: a rule of the agreement's kind."""

    REJECTED = "rejected", _("The file ends, rejected by the council")
    DRAFT = "draft", _("The file goes back to draft")


class Renewal(models.TextChoices):
    NONE = "none", _("No renewal")
    TACIT = "tacit", _("Tacit renewal")
    EXPLICIT = "explicit", _("Explicit renewal")


class PartyRole(models.TextChoices):
    PROJECT_OWNER = "project_owner", _("Project owner")
    DELEGATED_OWNER = "delegated_owner", _("Delegated project owner")
    FUNDER = "funder", _("Funder")
    TECHNICAL = "technical", _("Technical partner")
    BENEFICIARY = "beneficiary", _("Beneficiary")
    OTHER = "other", _("Other")


class VisaOutcome(models.TextChoices):
    GRANTED = "granted", _("Visa granted")
    TACIT = (
        "tacit",
        _visa_days(
            ngettext_lazy(
                "Tacit visa (no answer within %(days)s day)",
                "Tacit visa (no answer within %(days)s days)",
                "days",
            )
        ),
    )
    REFUSED = "refused", _("Visa refused")


class ObligationKind(models.TextChoices):
    FINANCIAL = "financial", _("Financial contribution")
    IN_KIND = "in_kind", _("In-kind contribution")


class InKindType(models.TextChoices):
    LAND = "land", _("Land")
    STAFF = "staff", _("Staff")
    STUDIES = "studies", _("Studies")
    EQUIPMENT = "equipment", _("Equipment")
    PREMISES = "premises", _("Premises")
    OTHER = "other", _("Other")


class ObligationStatus(models.TextChoices):
    DUE = "due", _("Due")
    PARTLY_DELIVERED = "partly_delivered", _("Partly delivered")
    DELIVERED = "delivered", _("Delivered")
    WAIVED = "waived", _("Waived")


class DocumentCategory(models.TextChoices):
    SIGNED = "signed", _("Signed agreement")
    ANNEX = "annex", _("Annex")
    DELIBERATION = "deliberation", _("Council deliberation")
    APPROVAL = "approval", _("Partner's approval")
    VISA = "visa", _("Governor's visa")
    AMENDMENT = "amendment", _("Amendment")
    PROOF = "proof", _("Proof of delivery")
    OTHER = "other", _("Other")


class AmendmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved and applied")


class EventAction(models.TextChoices):
    CREATED = "created", _("Agreement drafted")
    STAGE = "stage", _("Moved to a new stage")
    DELIBERATION = "deliberation", _("Council deliberation recorded")
    REJECTION = "rejection", _("The council voted against")
    APPROVAL = "approval", _("Partner's approval recorded")
    VISA_SUBMITTED = "visa_submitted", _("Sent for the governor's visa")
    VISA_GRANTED = "visa_granted", _("Visa granted")
    VISA_TACIT = (
        "visa_tacit",
        _visa_days(
            ngettext_lazy(
                "Tacit visa: no answer within %(days)s day",
                "Tacit visa: no answer within %(days)s days",
                "days",
            )
        ),
    )
    VISA_REFUSED = "visa_refused", _("Visa refused")
    SIGNED = "signed", _("Signed")
    IN_FORCE = "in_force", _("Entered into force")
    SUSPENDED = "suspended", _("Suspended")
    RESUMED = "resumed", _("Resumed")
    CLOSED = "closed", _("Closed")
    AMENDMENT = "amendment", _("Amendment applied")
    WAIVED = "waived", _("Obligation waived")
    WAIVER_UNDONE = "waiver_undone", _("Waiver undone: the obligation is due again")
    PAYMENT_DECLARED = "payment_declared", _("Payment declared by a partner")
    PAYMENT_CONFIRMED = "payment_confirmed", _("Declared payment confirmed by finance")
    PAYMENT_REFUSED = "payment_refused", _("Declared payment refused by finance")


class DeclarationState(models.TextChoices):
    PENDING = "pending", _("Awaiting confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    REFUSED = "refused", _("Refused")


class ChangedTerm(models.TextChoices):
    START_DATE = "start_date", _("Start date")
    END_DATE = "end_date", _("End date")
    OBLIGATION = "obligation", _("New obligation")
    PARTY = "party", _("New party")


class ConventionLanguage(models.TextChoices):
    """The languages a convention is drafted in: the commune's legal languages."""

    AR = "ar", _("Arabic")
    FR = "fr", _("French")
