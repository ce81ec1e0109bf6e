from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import ORGANISATION_ROLES, Role


class User(AbstractUser):
    """A person who signs in: commune staff, council member, or a partner's representative."""

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="representatives",
        help_text=_("For partner and association representatives: the organisation they act for."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role__in=sorted(r.value for r in ORGANISATION_ROLES))
                | Q(partner__isnull=False),
                name="representative_has_organisation",
                violation_error_message=_("A representative must be tied to an organisation."),
            )
        ]

    def clean(self):
        super().clean()
        if self.role in ORGANISATION_ROLES and not self.partner_id:
            raise ValidationError(
                {"partner": _("A representative must be tied to an organisation.")}
            )

    @property
    def is_representative(self):
        return self.role in ORGANISATION_ROLES
