"""Sections an app adds to another app's record page without that page importing it: a
project's page shows the funding opportunities that fit it and its good practices, though
projects sit below funding and knowledge in the layers (docs/architecture.md).

An app registers, in its AppConfig.ready(), `register("projects.Project", template, context)`:
the page's `{% record_panels record %}` (templatetags.taawun) renders each template with
`context(request, record)` (a dict, or None to show nothing) for whoever it returns one for."""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Panel:
    template: str
    context: object  # callable(request, record) -> dict | None
    order: int = 50


PANELS = {}


def register(model_label, template, context, order=50):
    if not callable(context):
        raise ImproperlyConfigured("A panel's context must be callable.")
    panels = PANELS.setdefault(model_label, [])
    if all(p.template != template for p in panels):
        panels.append(Panel(template, context, order))
        panels.sort(key=lambda p: (p.order, p.template))


def panels_for(record):
    return PANELS.get(record._meta.label, [])
