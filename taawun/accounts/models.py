from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from taawun.core.text import CleanText

from .choices import ORGANISATION_ROLES, Role


class User(CleanText, AbstractUser):
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
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="ar",
        help_text=_("The language of the e-mails and calendar entries you receive."),
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


class CalendarFeed(CleanText, models.Model):
    """A person's secret calendar address: their meetings and due dates, read by a calendar
    program without signing in. Revoking it makes a new address; the old one answers 404.

    The address carries `selector` (found by an index) and `verifier` (compared in constant
    time), both random (secrets.token_urlsafe), so a guess learns nothing from timing."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    selector = models.CharField(max_length=32, unique=True, editable=False)
    verifier = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(revoked_at__isnull=True),
                name="one_live_calendar_feed_per_user",
                violation_error_message=_("This person already has a calendar address."),
            )
        ]

    def __str__(self):
        return str(self.user)

    @property
    def token(self):
        return f"{self.selector}.{self.verifier}"


class NotificationPreference(CleanText, models.Model):
    """Whether a person receives one kind of e-mail (accounts.notifications); without a row,
    they do."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(_("kind"), max_length=60)
    enabled = models.BooleanField(_("receive"), default=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"],
                name="one_preference_per_user_and_kind",
                violation_error_message=_("This preference is already recorded."),
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.kind}"
