"""The one text rule: no invisible control character in what people type, and none in what we
write out.

Refused in every free-text field (forms, the API, imports, the demo):
- the C0 controls U+0000–U+001F except tab, line feed and carriage return, and DEL (U+007F):
  XML 1.0 cannot carry them (an IATI file or an Atom feed with one is not well-formed) and
  spreadsheets refuse them;
- the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069: one of them in a
  partner's name reverses what follows on the line ("MAD" read "DAM", "2026" read "6202").

How it reaches every entry point: `CleanText`, a plain mixin of every taawun model (through
`core.models.TimeStampedModel`, and named directly by the few models without timestamps), checks
each CharField and TextField in `clean_fields()`. Forms are model forms (`_post_clean()` calls
`full_clean()`), and every service calls `full_clean()` before it saves — so the pages, the API
(its serializers hand over to the services), the imports (rows go through the services) and the
demo loader all meet the same rule, and the refusal lands on the field at fault with its name.
Why not validators on the fields: a field's validators are part of its deconstruction, so
adding one to every CharField/TextField would rewrite a migration for every model of every app;
a mixin is no column and no field option, and `makemigrations` sees nothing.
`tests/test_text_rule.py` walks every model's text fields and fails when one lets a control
character through (a new model without the mixin fails it).

For what is already stored (rows from before the rule, or written around the services), the
writers drop these characters: `strip_controls()` in the IATI writer, the XLSX writer
(`core.tabular`) and the Atom feeds. Names shown inside other text are isolated: `<bdi>` in
HTML and PDF templates, `isolate()` (FSI … PDI) in plain text (e-mails, feed titles).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

CONTROL_CHARACTERS = "".join(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + ["\x7f"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_FORBIDDEN = re.compile(f"[{re.escape(CONTROL_CHARACTERS)}]")

FSI, PDI = "\u2068", "\u2069"

MESSAGE = _(
    "This text contains an invisible control character (%(code)s) in “%(field)s”: delete it "
    "(retype the text, or paste it as plain text) and save again."
)


def first_control(value):
    """The first forbidden character of `value` (a string), or None."""
    match = _FORBIDDEN.search(value)
    return match.group() if match else None


def check_text(value, field=""):
    """Raise ValidationError (code "control_character") when `value` holds a forbidden
    character; `field` names the field in the message."""
    if not isinstance(value, str):
        return
    found = first_control(value)
    if found is not None:
        raise ValidationError(
            MESSAGE,
            code="control_character",
            params={"code": f"U+{ord(found):04X}", "field": field},
        )


def strip_controls(value):
    """`value` without the forbidden characters (for writers of what is already stored)."""
    if not isinstance(value, str):
        return value
    return _FORBIDDEN.sub("", value)


def isolate(name):
    """A user-supplied name set apart in plain text (FIRST STRONG ISOLATE … POP DIRECTIONAL
    ISOLATE), so whatever its direction it cannot reorder the text around it."""
    name = strip_controls(str(name))
    return f"{FSI}{name}{PDI}" if name else name


def text_fields(model):
    """The model's concrete CharFields and TextFields (subclasses included)."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField))
    ]


class CleanText:
    """Model mixin: `clean_fields()` refuses control characters in every text field (see the
    module's docstring). A plain class, not a model: no column, no migration."""

    def clean_fields(self, exclude=None):
        # The rule first: a field holding a control character gets this message (which says
        # what to fix) rather than, say, "not a valid choice"; the field's own checks run on
        # the others.
        exclude = set(exclude or ())
        errors = {}
        for field in text_fields(type(self)):
            if field.name in exclude:
                continue
            value = getattr(self, field.attname)
            if value is not None and not isinstance(value, str):
                value = field.value_to_string(self)  # e.g. a country field's Country or list
            try:
                check_text(value, field=capfirst(field.verbose_name))
            except ValidationError as error:
                errors[field.name] = error.error_list
        try:
            super().clean_fields(exclude=exclude | set(errors))
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)
