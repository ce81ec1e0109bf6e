"""Model mixins shared by every domain app (no concrete models here)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .text import CleanText


class TimeStampedModel(CleanText, models.Model):
    """Creation and last-change timestamps; text fields follow the text rule (core.text)."""

    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        abstract = True


class PublicRecord:
    """A register's record with a page on the portal and one in the workspace (partners,
    agreements, projects): its label, its slug and both addresses, from four attributes.
    A plain mixin, not a model: it adds no column."""

    # The fields shown, joined by " — ", as the record's label (`str()`).
    label_fields = ("name",)
    # The first of these with a value gives the slug of the public address, after the field of
    # the reader's language (name_ar for an Arabic page): a slug in the reader's script.
    slug_fields = ("name_fr", "name_en")
    # The portal's page ({pk, slug}) and the workspace's page ({pk}).
    public_url_name = None
    manage_url_name = None

    def __str__(self):
        return " — ".join(str(getattr(self, name)) for name in self.label_fields)

    @property
    def slug(self):
        base = self.slug_fields[0].rsplit("_", 1)[0]
        names = [f"{base}_{get_language() or settings.LANGUAGE_CODE}", *self.slug_fields]
        source = next((getattr(self, n) for n in names if getattr(self, n, "")), "")
        # Latin text loses its accents (université → universite); Arabic keeps its letters.
        slug = slugify(source) or slugify(source, allow_unicode=True)
        return slug[:60].strip("-") or self._meta.model_name

    def get_absolute_url(self):
        return reverse(self.public_url_name, kwargs={"pk": self.pk, "slug": self.slug})

    def get_manage_url(self):
        return reverse(self.manage_url_name, kwargs={"pk": self.pk})


class SearchEntry(CleanText, models.Model):
    """A record's search columns, normalized into one text (core.search): the search index."""

    model = models.CharField(max_length=100)  # "projects.project"
    object_id = models.PositiveBigIntegerField()
    text = models.TextField(blank=True)
    # The record's names, codes and titles (its short search columns), each on its own line and
    # the whole framed by line breaks: "\nroute de tamraght\nطريق تامراغت\n". What ranks an
    # exact title first (core.search.ranking); "" until the record is indexed again.
    title = models.TextField(blank=True, default="")

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["model", "object_id"], name="core_search_entry_once")
        ]

    def __str__(self):
        return f"{self.model} {self.object_id}"


class BuiltFile(CleanText, models.Model):
    """A heavy public file (the IATI activity file, a whole dataset, the annual report's PDF)
    as the worker last built it (core.published): where it is in the built files' storage, what
    a response needs to send it, and the data version it was built from."""

    kind = models.CharField(max_length=40)  # "iati", "dataset", "annual-report"
    key = models.CharField(max_length=80)  # "activities", "partners.csv", "2026-ar"
    path = models.CharField(max_length=255)  # its name in the storage
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    version = models.PositiveBigIntegerField()  # core.caching.data_version() when it was built
    built_at = models.DateTimeField()
    content_type = models.CharField(max_length=120)
    disposition = models.CharField(max_length=200)
    pages = models.PositiveIntegerField(null=True, blank=True)  # a PDF's, when it says

    class Meta:
        verbose_name = _("built file")
        verbose_name_plural = _("built files")
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="core_built_file_once")]

    def __str__(self):
        return f"{self.kind}:{self.key}"
