"""Names people typed, set apart from the text around them (core.text): `{{ name|bdi }}` in HTML
and PDF templates (a `<bdi>` element, usable inside {% blocktranslate with … %}), and
`{{ name|isolate }}` in plain text (e-mails, titles: FIRST STRONG ISOLATE … POP DIRECTIONAL
ISOLATE). Whatever its script — or a control character stored before the text rule, dropped
here — a name cannot reorder the figures and words next to it."""

from django import template
from django.utils.html import format_html

from taawun.core import text

register = template.Library()


@register.filter
def bdi(value):
    """`<bdi>value</bdi>`, escaped; nothing for an empty value."""
    if value is None or value == "":
        return ""
    return format_html("<bdi>{}</bdi>", text.strip_controls(str(value)))


@register.filter
def isolate(value):
    """FSI value PDI, for plain text."""
    if value is None or value == "":
        return ""
    return text.isolate(value)
