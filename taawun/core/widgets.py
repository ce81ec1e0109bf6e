"""A choice among thousands: a select that lists every option while there are few, and a name
search filling it on demand when there are many (20,000 partners or 16,000 localities at national
scale would otherwise weigh megabytes on every list page and take seconds to render)."""

import django_filters
from django import forms
from django.urls import reverse
from django_filters.fields import ModelChoiceField

# Below this many options the select lists them all, as it always did for one commune.
LISTED_CHOICES = 200
# How many names a search suggests.
SUGGESTED_CHOICES = 20


class SearchableWidget:
    """For a choice widget over a model: every option while there are at most LISTED_CHOICES,
    else only the chosen ones, with a name box (not part of the form) beside them."""

    def __init__(self, kind, attrs=None):
        super().__init__(attrs)
        self.kind = kind

    def head(self, iterator):
        return []

    def suggest_url(self, name):
        return reverse("core:choices", args=[self.kind])

    def get_context(self, name, value, attrs):
        iterator = self.choices
        rows = list(iterator.queryset[: LISTED_CHOICES + 1])
        searchable = len(rows) > LISTED_CHOICES
        if searchable:
            chosen = [v for v in self.format_value(value) if v.isdigit()]
            rows = list(iterator.queryset.filter(pk__in=chosen)) if chosen else []
        self.choices = self.head(iterator) + [iterator.choice(row) for row in rows]
        try:
            context = super().get_context(name, value, attrs)
        finally:
            self.choices = iterator
        context["widget"]["searchable"] = searchable
        context["widget"]["suggest_url"] = self.suggest_url(name)
        return context


class SearchableSelect(SearchableWidget, forms.Select):
    """A <select> whose name box fetches the matching names into it as <option>s (htmx)."""

    template_name = "core/widgets/searchable_select.html"

    def head(self, iterator):
        empty = iterator.field.empty_label
        return [("", empty)] if empty is not None else []


class SearchableCheckboxes(SearchableWidget, forms.CheckboxSelectMultiple):
    """Checkboxes whose name box brings the matching names as more checkboxes of the same
    field, so the chosen stay chosen while the reader searches."""

    template_name = "core/widgets/searchable_checkboxes.html"

    def suggest_url(self, name):
        return f"{super().suggest_url(name)}?checkboxes={name}"


class SearchableModelChoiceField(ModelChoiceField):
    def __init__(self, *args, kind, **kwargs):
        kwargs["widget"] = SearchableSelect(kind)
        super().__init__(*args, **kwargs)


class SearchableModelChoiceFilter(django_filters.ModelChoiceFilter):
    """ModelChoiceFilter for registers that grow large (partners, localities)."""

    field_class = SearchableModelChoiceField

    def __init__(self, *args, kind, **kwargs):
        kwargs["kind"] = kind
        super().__init__(*args, **kwargs)
