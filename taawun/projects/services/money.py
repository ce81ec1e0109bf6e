"""Writes on a project's money: its funding plan, its transactions and the summary they keep
current."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction as db_transaction
from django.db.models import Q, Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from taawun.agreements.choices import ObligationKind
from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.history import assign, stamp
from taawun.core.i18n import amount
from taawun.finance.services import ABSURD_MAD, rate_on, to_mad
from taawun.territory.selectors import commune_partner_id

from ..choices import ContributionKind, TransactionType
from ..models import Contribution, Project, Transaction

ZERO = Decimal("0")


# The summary ------------------------------------------------------------------------------------


def project_refresh_totals(project: Project) -> Project:
    """Recompute the project's money summary from its plan and transactions.

    Secured money, per provider, is what it committed or, if more, what it actually paid.
    """
    commune = commune_partner_id()
    plan = project.contributions.aggregate(
        planned=Sum("mad_value"), in_kind=Sum("mad_value", filter=Q(kind=ContributionKind.IN_KIND))
    )
    by_provider = {}
    rows = (
        project.transactions.values("provider_id", "type")
        .annotate(total=Sum("mad_value"))
        .values_list("provider_id", "type", "total")
        .order_by()
    )
    for provider, kind, total in rows:
        by_provider.setdefault(provider, {})[kind] = total
    committed = disbursed = spent = secured = commune_secured = ZERO
    for provider, totals in by_provider.items():
        c = totals.get(TransactionType.COMMITMENT, ZERO)
        d = totals.get(TransactionType.DISBURSEMENT, ZERO)
        committed += c
        disbursed += d
        spent += totals.get(TransactionType.EXPENDITURE, ZERO)
        provider_secured = max(c, d)
        secured += provider_secured
        if provider == commune:
            commune_secured += provider_secured
    Project.objects.filter(pk=project.pk).update(
        planned_mad=plan["planned"] or ZERO,
        in_kind_mad=plan["in_kind"] or ZERO,
        committed_mad=committed,
        disbursed_mad=disbursed,
        spent_mad=spent,
        secured_mad=secured,
        commune_mad=commune_secured,
    )
    project.refresh_from_db(
        fields=[
            "planned_mad",
            "in_kind_mad",
            "committed_mad",
            "disbursed_mad",
            "spent_mad",
            "secured_mad",
            "commune_mad",
        ]
    )
    return project


# Funding plan -----------------------------------------------------------------------------------


def _value_contribution(contribution):
    obligation = contribution.obligation
    if obligation is not None:
        # The plan follows the obligation it comes from.
        contribution.partner_id = obligation.party.partner_id
        contribution.amount = obligation.amount
        contribution.currency = obligation.currency
        contribution.mad_value = obligation.mad_value
        contribution.kind = (
            ContributionKind.IN_KIND
            if obligation.kind == ObligationKind.IN_KIND
            else ContributionKind.CASH
        )
    else:
        from django.utils import timezone

        day = contribution.project.planned_start or timezone.localdate()
        contribution.mad_value = to_mad(contribution.amount, contribution.currency, day)


CONTRIBUTION_FIELDS = ["partner", "kind", "amount", "currency", "obligation", "note"]


def _check_contribution(contribution):
    """A line of the plan comes from an obligation of a linked agreement, or names its
    partner and amount."""
    if contribution.obligation_id:
        agreement_ids = set(contribution.project.agreements.values_list("pk", flat=True))
        if contribution.obligation.party.agreement_id not in agreement_ids:
            raise ValidationError(
                {
                    "obligation": _(
                        "This obligation belongs to an agreement the project is not linked to."
                    )
                }
            )
        return
    errors = {}
    if not contribution.partner_id:
        errors["partner"] = _("Choose the partner, or the obligation it comes from.")
    if contribution.amount in (None, ""):
        errors["amount"] = _("Give the amount.")
    if errors:
        raise ValidationError(errors)


@db_transaction.atomic
def contribution_save(
    *,
    project: Project | None = None,
    contribution: Contribution | None = None,
    by=None,
    expected_version=None,
    **fields,
) -> Contribution:
    """Add a line to `project`'s funding plan, or change `contribution`; the plan's totals
    follow. From an obligation, the line takes the obligation's partner, amount and kind."""
    contribution = contribution or Contribution(project=project)
    lock(contribution.project)  # one change of the plan at a time: its totals stay true
    advance(contribution, expected_version)
    assign(contribution, fields, CONTRIBUTION_FIELDS)
    _check_contribution(contribution)
    exclude = ["project", "mad_value"]
    if contribution.obligation_id:  # these follow the obligation
        exclude += ["partner", "kind", "amount", "currency"]
    contribution.clean_fields(exclude=exclude)
    _value_contribution(contribution)
    contribution.full_clean()
    stamp(contribution, by)
    contribution.save()
    project_refresh_totals(contribution.project)
    return contribution


@db_transaction.atomic
def contribution_delete(*, contribution: Contribution, by=None):
    project = contribution.project
    stamp(contribution, by)
    contribution.delete()
    project_refresh_totals(project)


def contributions_follow_obligation(obligation):
    """Called when an obligation changes: its contributions take its new amount."""
    for contribution in Contribution.objects.filter(obligation=obligation).select_related(
        "project"
    ):
        _value_contribution(contribution)
        contribution.save()
        project_refresh_totals(contribution.project)


# Transactions -----------------------------------------------------------------------------------


class TransactionRefused(ValidationError):
    """A transaction that cannot be recorded; the message says why."""


def check_transaction(tx: Transaction) -> list[str]:
    """Refuse what is wrong; return warnings for what is only unusual."""
    warnings = []
    if tx.amount is None or tx.amount <= 0:
        raise TransactionRefused({"amount": _("The amount must be more than zero.")})
    if tx.mad_value > ABSURD_MAD:
        raise TransactionRefused(
            {
                "amount": _("This amount (%(value)s) is not plausible; check the figures.")
                % {"value": amount(tx.mad_value)}
            }
        )
    from django.utils import timezone

    if tx.date > timezone.localdate():
        raise TransactionRefused(
            {
                "date": _(
                    "A transaction is recorded once it has happened: the date is in the future."
                )
            }
        )
    if tx.type == TransactionType.DISBURSEMENT:
        check_commitment_cover(tx)
    start, end = tx.project.date_range
    if (start and tx.date < start) or (end and tx.date > end):
        warnings.append(
            _("The date %(day)s is outside the project's dates: check it.")
            % {"day": date_format(tx.date)}
        )
    return warnings


def check_commitment_cover(tx):
    """A provider may not pay more than it committed, unless a reason is given.

    Compared in the currency itself when all of the provider's commitments and payments share
    it (so exchange-rate drift between two dates is not mistaken for an over-payment), in MAD
    otherwise.
    """
    if tx.override_reason.strip():
        return
    others = tx.project.transactions.filter(provider_id=tx.provider_id).exclude(pk=tx.pk)
    money = others.filter(type__in=[TransactionType.COMMITMENT, TransactionType.DISBURSEMENT])
    currencies = set(money.values_list("currency", flat=True)) | {tx.currency}
    field, value, unit = (
        ("amount", tx.amount, tx.currency)
        if len(currencies) == 1
        else ("mad_value", tx.mad_value, "MAD")
    )
    committed = money.filter(type=TransactionType.COMMITMENT).aggregate(s=Sum(field))["s"] or ZERO
    disbursed = money.filter(type=TransactionType.DISBURSEMENT).aggregate(s=Sum(field))["s"] or ZERO
    if disbursed + value > committed:
        raise TransactionRefused(
            {
                "override_reason": _(
                    "%(provider)s committed %(committed)s and has disbursed %(disbursed)s; this "
                    "disbursement of %(value)s goes beyond. Give the reason to record it anyway."
                )
                % {
                    "provider": tx.provider,
                    "committed": amount(committed, unit),
                    "disbursed": amount(disbursed, unit),
                    "value": amount(value, unit),
                }
            }
        )


TRANSACTION_FIELDS = [
    "type",
    "date",
    "provider",
    "receiver",
    "amount",
    "currency",
    "description_ar",
    "description_fr",
    "description_en",
    "override_reason",
]


@db_transaction.atomic
def transaction_save(
    *,
    project: Project | None = None,
    tx: Transaction | None = None,
    by=None,
    refresh=True,
    expected_version=None,
    **fields,
) -> tuple[Transaction, list[str]]:
    """Record a transaction of `project`, or correct `tx`, at the rate valid on its date;
    returns it and warnings (what is unusual but allowed).

    `refresh=False` lets a bulk import recompute each project's summary once, at the end.
    """
    tx = tx or Transaction(project=project)
    # One transaction of the project at a time: the commitment cover is checked against what
    # is recorded now, and the money summary counts every row (core.db.lock).
    lock(tx.project)
    advance(tx, expected_version)
    assign(tx, fields, TRANSACTION_FIELDS)
    try:  # each field as the form would read it, before the rate is looked up
        tx.clean_fields(exclude=["project", "rate", "mad_value", "recorded_by"])
    except ValidationError as error:
        raise TransactionRefused(error.error_dict) from None
    tx.rate = rate_on(tx.currency, tx.date)
    tx.mad_value = to_mad(tx.amount, tx.currency, tx.date, rate=tx.rate)
    warnings = check_transaction(tx)
    if tx.pk is None:
        tx.recorded_by = by
    tx.full_clean()
    stamp(tx, by)
    tx.save()
    if refresh:
        project_refresh_totals(tx.project)
    return tx, warnings


@db_transaction.atomic
def transaction_delete(*, tx: Transaction, by=None):
    project = tx.project
    stamp(tx, by)
    tx.delete()
    project_refresh_totals(project)
