"""Optimistic concurrency: two people editing one record never silently overwrite each other.

A record people edit carries a `version` (the `Versioned` mixin), moved on by its update
service. The edit form and the API hand the service the version the editor saw
(`expected_version`); `advance()` moves the row on only if it is still at that version, in one
guarded UPDATE inside the service's transaction, and otherwise raises `StaleEdit` with the
current record, who changed it and when, and which fields. `expected_version=None` (the demo,
commands, lifecycle steps) checks nothing but still moves the version on.

Pages: `carry_version()` gives an edit form its hidden field, `seen_version()` reads it back,
`stale_context()` shows the other person's values next to the user's and lets the form carry the
new version, so saving again is a deliberate choice. API: `etag()` and `version_from_etag()`
(core.api uses them for ETag / If-Match and 412).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

VERSION_FIELD = "version"
# Never compared: they change on every save, or they are the version itself.
UNCOMPARED = {"id", VERSION_FIELD, "created_at", "updated_at"}


class Versioned(models.Model):
    """A record edited by people: its update service moves `version` on at every save."""

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True


def _name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class StaleEdit(ValidationError):
    """An edit made from an older copy of a record: refused, nothing saved.

    `current` is the record as it is now (None when it was deleted meanwhile), `seen_version`
    the version the editor started from, `changed_fields` the names of the fields changed since
    (None when the history cannot tell), `changed_by`/`changed_at` the last change's author
    (None when unknown) and time. A ValidationError, so a caller that knows nothing of it still
    refuses with its message."""

    def __init__(
        self, *, current, seen_version, changed_fields=None, changed_by=None, changed_at=None
    ):
        self.current = current
        self.seen_version = seen_version
        self.changed_fields = changed_fields
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(self.describe(), code="stale")

    @property
    def current_version(self):
        return None if self.current is None else self.current.version

    def describe(self):
        if self.current is None:
            return gettext("This record was deleted after you opened it: nothing was saved.")
        when = formats.date_format(
            timezone.localtime(self.changed_at or timezone.now()), "DATETIME_FORMAT"
        )
        if self.changed_by is not None:
            return gettext(
                "%(who)s changed this record on %(when)s, after you opened it: nothing was saved."
            ) % {"who": _name(self.changed_by), "when": when}
        return gettext(
            "Someone else changed this record on %(when)s, after you opened it: nothing was saved."
        ) % {"when": when}


def _compared_fields(model, historical):
    names = {f.name for f in historical._meta.concrete_fields}
    return [f for f in model._meta.concrete_fields if f.name in names and f.name not in UNCOMPARED]


def stale_edit(record, seen_version) -> StaleEdit:
    """The refusal of an edit of `record` made from `seen_version`: the record as it is now and,
    from its history (django-simple-history) when it has one, who changed it, when and what."""
    model = type(record)
    current = model._base_manager.filter(pk=record.pk).first()
    if current is None:
        return StaleEdit(current=None, seen_version=seen_version)
    changed_by = changed_fields = None
    changed_at = getattr(current, "updated_at", None)
    history = getattr(current, "history", None)
    if history is not None:
        last = history.select_related("history_user").first()  # the newest
        if last is not None:
            changed_by, changed_at = last.history_user, last.history_date
        seen = history.filter(**{VERSION_FIELD: seen_version}).first()
        if seen is not None:
            changed_fields = [
                f.name
                for f in _compared_fields(model, history.model)
                if getattr(seen, f.attname) != getattr(current, f.attname)
            ]
    return StaleEdit(
        current=current,
        seen_version=seen_version,
        changed_fields=changed_fields,
        changed_by=changed_by,
        changed_at=changed_at,
    )


def advance(record, expected_version=None):
    """Move `record`'s row to its next version, or refuse with StaleEdit when the row is no
    longer at `expected_version` (the version the editor saw).

    Call it inside the service's transaction before anything else is written: the guarded
    UPDATE (… WHERE pk = … AND version = …) is one statement, so of two editors who saw the
    same version the second waits for the first's transaction, then matches no row and is
    refused. `expected_version=None` (internal callers) checks nothing and still moves the
    version on. A new record (not saved yet) is left at version 1. `record.version` is set to
    the new version, which the service's own save() then writes (and its history keeps)."""
    if record.pk is None or record._state.adding:
        return record
    rows = type(record)._base_manager.filter(pk=record.pk)
    if expected_version is None:
        if rows.update(**{VERSION_FIELD: F(VERSION_FIELD) + 1}):
            record.version = rows.values_list(VERSION_FIELD, flat=True).get()
        return record
    expected = int(expected_version)
    if rows.filter(**{VERSION_FIELD: expected}).update(**{VERSION_FIELD: expected + 1}) != 1:
        raise stale_edit(record, expected)
    record.version = expected + 1
    return record


# Edit forms ----------------------------------------------------------------------------------


def carry_version(form, record):
    """Give the edit form of `record` a hidden field with the version the editor sees (create
    forms, `record` None or unsaved, get none)."""
    if record is not None and record.pk is not None and hasattr(record, VERSION_FIELD):
        form.fields[VERSION_FIELD] = forms.IntegerField(
            widget=forms.HiddenInput, required=False, min_value=1, initial=record.version
        )
    return form


def seen_version(form):
    """The version the editor saw, taken out of the valid form's data (None when the page
    carried none: an old page or a script, whose edit is then not checked)."""
    return form.cleaned_data.pop(VERSION_FIELD, None)


@dataclass
class Difference:
    """One field as the other person saved it and as this editor typed it."""

    name: str
    label: str
    theirs: str
    yours: str
    changed_meanwhile: bool


@dataclass
class Stale:
    """What a refused form page shows: the message and the differing fields."""

    message: str
    changed_by: object
    changed_at: object
    differences: list = field(default_factory=list)


def _key(model_field, value):
    """A comparable form of a model value or of a form's cleaned value."""
    if model_field.many_to_many:
        return frozenset(getattr(v, "pk", v) for v in (value or ()))
    if model_field.is_relation:
        return getattr(value, "pk", value)
    if value in (None, ""):
        return None
    return value


def _shown(model_field, value):
    if model_field.many_to_many:
        return ", ".join(sorted(str(v) for v in value or ())) or "—"
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, (Decimal, int, float)):
        return formats.number_format(value, force_grouping=True)
    return str(value)


def _current_value(record, model_field):
    if model_field.many_to_many:
        return list(getattr(record, model_field.name).all())
    if model_field.is_relation:
        return getattr(record, model_field.name)
    return getattr(record, model_field.attname)


def differences(form, stale: StaleEdit) -> list[Difference]:
    """The form's fields whose value now differs from what the editor typed, field by field,
    those the other person changed first."""
    current = stale.current
    if current is None:
        return []
    changed = set(stale.changed_fields or ())
    rows = []
    for name, bound in ((n, form[n]) for n in form.fields if n in form.cleaned_data):
        try:
            model_field = current._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(model_field, models.FileField) or name in UNCOMPARED:
            continue
        theirs, yours = _current_value(current, model_field), form.cleaned_data[name]
        if _key(model_field, theirs) == _key(model_field, yours):
            continue
        rows.append(
            Difference(
                name=name,
                label=str(bound.label),
                theirs=_shown(model_field, theirs),
                yours=_shown(model_field, yours),
                changed_meanwhile=name in changed,
            )
        )
    rows.sort(key=lambda row: not row.changed_meanwhile)
    return rows


def stale_context(form, stale: StaleEdit) -> dict:
    """The refused page's context ({"stale": …}); the form keeps the editor's input but now
    carries the current version, so saving it again (having seen the other change) goes through."""
    if stale.current is not None and VERSION_FIELD in form.fields:
        data = form.data.copy()
        data[form.add_prefix(VERSION_FIELD)] = str(stale.current.version)
        form.data = data
    return {
        "stale": Stale(
            message=stale.messages[0],
            changed_by=stale.changed_by,
            changed_at=stale.changed_at,
            differences=differences(form, stale),
        )
    }


# The API -------------------------------------------------------------------------------------


def etag(version) -> str:
    """The strong ETag of a record's version."""
    return f'"{int(version)}"'


def version_from_etag(header):
    """The version an If-Match header names; None for "*" or no header; -1 for anything that
    names no version of ours (it matches none, so the write is refused)."""
    header = (header or "").strip()
    if not header or header == "*":
        return None
    tag = header.split(",")[0].strip()
    if tag.startswith('"') and tag.endswith('"') and tag[1:-1].isdigit():
        return int(tag[1:-1])
    return -1
