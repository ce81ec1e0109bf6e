"""The text a convention is drafted from: one template per kind of agreement and language.

Apart from models.py, which imports it (``taawun.agreements.models.ConventionTemplate``), to keep
that module short. The legal references belong to the kind (`AgreementKind.legal_references_*`);
the template says where they go.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from taawun.core.concurrency import Versioned
from taawun.core.models import TimeStampedModel

from .choices import ConventionLanguage
from .conventions import placeholders


class ConventionTemplate(Versioned, TimeStampedModel):
    """The articles of a kind's convention in one language, with placeholders for the record."""

    kind = models.ForeignKey(
        "agreements.AgreementKind",
        verbose_name=_("kind"),
        on_delete=models.CASCADE,
        related_name="convention_templates",
    )
    language = models.CharField(_("language"), max_length=2, choices=ConventionLanguage.choices)
    title = models.TextField(
        _("title"),
        help_text=_("The document's title: its first line in large type, the others below it."),
    )
    body = models.TextField(
        _("articles"),
        help_text=_(
            "One paragraph per line. A line starting with “# ” is an article's heading, a line "
            "starting with “- ” an item of a list."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("convention template")
        verbose_name_plural = _("convention templates")
        ordering = ["kind__name_fr", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "language"],
                name="one_convention_template_per_kind_and_language",
                violation_error_message=_(
                    "This kind of agreement already has a template in this language."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.kind} ({self.get_language_display()})"

    def clean(self):
        errors = {}
        for field in ("title", "body"):
            try:
                placeholders.check(getattr(self, field) or "")
            except ValidationError as error:
                errors[field] = error
        if errors:
            raise ValidationError(errors)
