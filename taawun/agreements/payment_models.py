"""What was paid against an obligation: deliveries, and the payment declarations of partners'
representatives that become deliveries once finance confirms them.

Apart from models.py, which imports them (``taawun.agreements.models.Delivery``,
``…models.PaymentDeclaration``), to keep that module short. The models of models.py are named by
label so that the two modules need not import each other.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.models import TimeStampedModel
from taawun.core.querysets import ScopedQuerySet

from .choices import DeclarationState


class Delivery(TimeStampedModel):
    """A delivery against an obligation: money paid or contribution handed over, with its proof."""

    obligation = models.ForeignKey(
        "agreements.Obligation",
        verbose_name=_("obligation"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    delivered_on = models.DateField(_("delivered on"))
    mad_value = models.DecimalField(
        _("value delivered (MAD)"),
        max_digits=16,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    note = models.CharField(_("note"), max_length=255, blank=True)
    proof = models.ForeignKey(
        "agreements.Document",
        verbose_name=_("proof"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deliveries",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, editable=False
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["delivered_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(mad_value__gt=0), name="delivery_value_positive"),
        ]


class PaymentDeclaration(Versioned, TimeStampedModel):
    """A tranche a partner's representative says was paid, with its proof: it counts (becomes a
    Delivery) only once a finance officer confirms it."""

    obligation = models.ForeignKey(
        "agreements.Obligation",
        verbose_name=_("obligation"),
        on_delete=models.CASCADE,
        related_name="payment_declarations",
    )
    delivered_on = models.DateField(_("paid on"))
    mad_value = models.DecimalField(
        _("value paid (MAD)"),
        max_digits=16,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    note = models.CharField(_("note"), max_length=255, blank=True)
    proof = models.ForeignKey(
        "agreements.Document",
        verbose_name=_("proof"),
        on_delete=models.PROTECT,
        related_name="payment_declarations",
    )
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    declared_at = models.DateTimeField(_("declared at"), default=timezone.now, editable=False)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=DeclarationState.choices,
        default=DeclarationState.PENDING,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, editable=False)
    refusal_reason = models.CharField(_("reason for refusal"), max_length=300, blank=True)
    delivery = models.OneToOneField(
        Delivery,
        verbose_name=_("delivery"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="declaration",
    )
    history = HistoricalRecords()

    objects = ScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("payment declaration")
        verbose_name_plural = _("payment declarations")
        ordering = ["-declared_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(mad_value__gt=0), name="payment_declaration_value_positive"
            ),
        ]

    def __str__(self):
        return f"{self.obligation} — {self.mad_value}"
