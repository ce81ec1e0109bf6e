"""The communal council's sessions and the points of their agenda (issue 12 #5).

Organic Law 113-14: the council meets in ordinary session three times a year (the months are
data: settings.COUNCIL_ORDINARY_MONTHS) and in extraordinary session when needed; it deliberates
on the cooperation and partnership conventions (art. 92). A point that names an agreement moves
it through the agreements' own lifecycle service when its outcome is recorded: one source of
truth. Sessions, their agenda and outcomes are public once published (Law 31-13); they hold no
personal data.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.i18n import Translated, char_fields
from taawun.core.models import PublicRecord, TimeStampedModel

from .choices import PointResult, SessionKind, SessionStatus
from .querysets import CouncilSessionQuerySet, PublicSessionManager, SessionPointQuerySet

HISTORY = {"excluded_fields": ["created_at", "updated_at"]}


def ordinary_months():
    """The months an ordinary session opens in (Law 113-14: February, May, October)."""
    return tuple(getattr(settings, "COUNCIL_ORDINARY_MONTHS", (2, 5, 10)))


def ordinary_months_label():
    """ "February, May, October" in the reader's language (the Arabic comma in Arabic)."""
    separator = pgettext("list separator", ", ")
    return separator.join(str(MONTHS[month]) for month in ordinary_months())


class CouncilSession(PublicRecord, Versioned, TimeStampedModel):
    """A session of the communal council: ordinary (in the months the law sets) or
    extraordinary."""

    kind = models.CharField(
        _("kind"), max_length=16, choices=SessionKind.choices, default=SessionKind.ORDINARY
    )
    name_ar, name_fr, name_en = char_fields(_("name"), max_length=120)
    opens_on = models.DateField(_("opens on"))
    venue_ar, venue_fr, venue_en = char_fields(_("venue"), max_length=200, required=())
    status = models.CharField(
        _("status"), max_length=12, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    history = HistoricalRecords(**HISTORY)

    name = Translated("name")
    venue = Translated("venue")

    objects = CouncilSessionQuerySet.as_manager()
    public_objects = PublicSessionManager()

    class Meta:
        verbose_name = _("council session")
        verbose_name_plural = _("council sessions")
        ordering = ["-opens_on", "-pk"]

    label_fields = ("name",)
    slug_fields = ("name_fr", "name_en")
    public_url_name = "council-public:session-detail"
    manage_url_name = "council:session-detail"

    def clean(self):
        super().clean()
        if (
            self.kind == SessionKind.ORDINARY
            and self.opens_on is not None
            and self.opens_on.month not in ordinary_months()
        ):
            raise ValidationError(
                {
                    "opens_on": _(
                        "An ordinary session opens in %(months)s; "
                        "at another time, the session is extraordinary."
                    )
                    % {"months": ordinary_months_label()}
                }
            )


class SessionPoint(Versioned, TimeStampedModel):
    """A point on a session's agenda, often an agreement to deliberate, and its outcome."""

    session = models.ForeignKey(
        CouncilSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="points",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title_ar, title_fr, title_en = char_fields(_("title"), max_length=300)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("agreement"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="council_points",
        help_text=_("The agreement the council deliberates on, if any."),
    )
    votes_for = models.PositiveSmallIntegerField(_("votes for"), null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(_("votes against"), null=True, blank=True)
    votes_abstaining = models.PositiveSmallIntegerField(_("abstentions"), null=True, blank=True)
    decision_number = models.CharField(_("decision number"), max_length=40, blank=True)
    result = models.CharField(_("result"), max_length=10, choices=PointResult.choices, blank=True)
    recorded_at = models.DateTimeField(_("outcome recorded at"), null=True, blank=True)
    history = HistoricalRecords(**HISTORY)

    title = Translated("title")

    objects = SessionPointQuerySet.as_manager()

    class Meta:
        verbose_name = _("agenda point")
        verbose_name_plural = _("agenda points")
        ordering = ["session", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "agreement"],
                condition=Q(agreement__isnull=False),
                name="council_point_one_agreement_per_session",
                violation_error_message=_("This agreement is already on this session's agenda."),
            ),
            models.CheckConstraint(
                condition=Q(recorded_at__isnull=True) | ~Q(result=""),
                name="council_point_recorded_has_result",
            ),
        ]

    def __str__(self):
        return f"{self.order}. {self.title}"

    def get_manage_url(self):
        return self.session.get_manage_url() + f"#sessionpoint-{self.pk}"

    @property
    def is_recorded(self):
        return self.recorded_at is not None
