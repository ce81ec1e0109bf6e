"""The placeholder language of the convention templates: Django's template syntax, kept small.

A template's text may say `{{ name }}` for one of the names below, and `{% if name %}` …
`{% else %}` … `{% endif %}` around a passage; nothing else. The engine that reads it is a
separate `Engine` whose only built-in library is `LIBRARY` (the `if` and `comment` tags, three
harmless filters): no `{% load %}`, `{% include %}`, `{% extends %}`, `{% url %}`, `{% debug %}`,
no template loader, so a text can reach no file and no other library. The context holds plain
strings and `Block` markers built for the document (conventions.context), never a model, so no
placeholder can call a method or read a field the document does not show (a representative
reads the document: the internal notes are never in it). `check()` refuses, with the line and
the text at fault, a name outside this list, a dotted name (`{{ agreement.internal_notes }}`),
a tag or filter outside the library, and a block placeholder that does not stand alone on its
line; `ConventionTemplate.clean()` calls it, so every way of saving a template meets it.

Why not docxtpl's Jinja: a text the commune edits would need Jinja's sandbox (an ordinary
Jinja environment lets `{{ ''.__class__ }}` walk Python's objects), a second template language
beside Django's, and a .docx master file to keep per kind and language; Django's syntax with a
closed library and a context of strings gives the commune what it needs with nothing to escape.
"""

import re

from django import template
from django.core.exceptions import ValidationError
from django.template import defaultfilters, defaulttags
from django.template.base import FilterExpression, Variable, VariableNode
from django.template.defaulttags import IfNode
from django.template.engine import Engine
from django.utils.translation import gettext_lazy as _

LIBRARY = template.Library()
LIBRARY.tag("if", defaulttags.do_if)
LIBRARY.tag("comment", defaulttags.comment)
for _name in ("default", "upper", "lower"):
    LIBRARY.filter(_name, getattr(defaultfilters, _name))
del _name


class PlaceholderEngine(Engine):
    """Django's engine with no built-in library but LIBRARY and no loader."""

    default_builtins = []

    def get_template_builtins(self, builtins):
        return [LIBRARY]


ENGINE = PlaceholderEngine(debug=True, loaders=[], libraries={}, autoescape=False)

# name -> what it gives, shown beside the text on the template's page (in the page's language;
# the document writes the value in its own).
VALUES = {
    "commune": _("the commune's name"),
    "reference": _("the agreement's reference number"),
    "title": _("the agreement's title"),
    "kind": _("the kind of agreement"),
    "object": _("the agreement's object"),
    "party_names": _("the parties' names, one after the other"),
    "start_date": _("the start date"),
    "end_date": _("the end date"),
    "duration_months": _("the duration, in months"),
    "renewal": _("the renewal rule"),
    "council_session": _("the council session that deliberated"),
    "council_date": _("the date of the council's deliberation"),
    "council_decision_number": _("the number of the council's decision"),
    "framework": _("the framework agreement it comes under"),
    "localities": _("the localities concerned"),
    "domains": _("the domains concerned"),
    "total": _("the total value of the contributions, in dirhams"),
}
# Conditions only, for {% if %}: they print nothing.
CONDITIONS = {
    "needs_visa": _("whether the kind needs the governor's visa"),
}
# Whole blocks written by the application (lists and tables), each alone on its line.
BLOCKS = {
    "legal_references": _("the legal references of the kind, one per line"),
    "parties": _("the parties and their representatives"),
    "obligations": _("each party's contributions, by tranche and year, with the totals"),
    "committee": _("the committee that follows the agreement, its mandate and members"),
    "amendments": _("the amendments approved so far"),
    "signatures": _("one signature block per party"),
}
NAMES = set(VALUES) | set(CONDITIONS) | set(BLOCKS)


def sentinel(name):
    """What a block placeholder renders to: a marker the document reader replaces whole."""
    return f"\x00block:{name}\x00"


SENTINEL = re.compile("\x00block:([a-z_]+)\x00")


class Block:
    """A block placeholder's value: true when it has something to show ({% if committee %})."""

    def __init__(self, name, content):
        self.name, self.content = name, content

    def __bool__(self):
        return bool(self.content)

    def __str__(self):
        return sentinel(self.name)


class Blank(str):
    """A value the record does not have yet: dots to fill in by hand, false for {% if %}."""

    def __bool__(self):
        return False


BLANK = "………………"


def _fail(line, text):
    return ValidationError(
        _(
            "Line %(line)s: “%(text)s” cannot be used here: use only the placeholders listed "
            "beside the text."
        ),
        code="placeholder",
        params={"line": line, "text": text},
    )


def _variables(expression):
    """The variables a FilterExpression reads: its own and its filters' arguments."""
    if isinstance(expression, FilterExpression):
        yield expression.var
        for _function, arguments in expression.filters:
            for _lookup, argument in arguments:
                yield argument
    else:
        yield expression


def _condition_expressions(condition):
    """The FilterExpressions of an {% if %} condition (smartif's tree of operators)."""
    if condition is None:
        return
    value = getattr(condition, "value", None)
    if value is not None:
        yield value
    for side in ("first", "second"):
        child = getattr(condition, side, None)
        if child is not None:
            yield from _condition_expressions(child)


def _check_name(variable, line, text, *, printed):
    if not isinstance(variable, Variable) or variable.lookups is None:
        return  # a literal: "text", 3
    name = ".".join(variable.lookups)
    allowed = (set(VALUES) | set(BLOCKS)) if printed else NAMES
    if name not in allowed:
        raise _fail(line, text)


def compile_text(text):
    """The compiled template of `text`, or ValidationError naming the line at fault."""
    try:
        compiled = ENGINE.from_string(text)
    except template.TemplateSyntaxError as error:
        debug = getattr(error, "template_debug", None) or {}
        raise _fail(debug.get("line", "?"), debug.get("during", "")) from None
    for node in compiled.nodelist.get_nodes_by_type(VariableNode):
        token, expression = node.token, node.filter_expression
        text = f"{{{{ {token.contents} }}}}"
        for variable in _variables(expression):
            _check_name(variable, token.lineno, text, printed=True)
        lookups = getattr(expression.var, "lookups", None) or ()
        if expression.filters and ".".join(lookups) in BLOCKS:
            raise _fail(token.lineno, text)  # a block is written whole, never filtered
    for node in compiled.nodelist.get_nodes_by_type(IfNode):
        token = node.token
        for condition, _nodes in node.conditions_nodelists:
            for expression in _condition_expressions(condition):
                for variable in _variables(expression):
                    _check_name(variable, token.lineno, f"{{% {token.contents} %}}", printed=False)
    return compiled


def sample_context(truthy):
    """Every name with a value (or every name empty), to try a text before it is saved."""
    values = {name: ("x" if truthy else Blank(BLANK)) for name in VALUES}
    conditions = dict.fromkeys(CONDITIONS, truthy)
    blocks = {name: Block(name, [1] if truthy else []) for name in BLOCKS}
    return {**values, **conditions, **blocks}


def check(text):
    """Refuse `text` (ValidationError) unless it reads as a convention template; a block
    placeholder must stand alone on its line, with every condition true or false."""
    compiled = compile_text(text)
    for truthy in (True, False):
        rendered = compiled.render(template.Context(sample_context(truthy), autoescape=False))
        for line in rendered.splitlines():
            found = SENTINEL.search(line)
            if found and line.strip() != found.group():
                raise ValidationError(
                    _("“%(placeholder)s” must stand alone on its line."),
                    code="block_placeholder",
                    params={"placeholder": f"{{{{ {found.group(1)} }}}}"},
                )
    return compiled


def render(text, context):
    """`text` rendered with `context` (checked already by `check()` when it was saved)."""
    return compile_text(text).render(template.Context(context, autoescape=False))
