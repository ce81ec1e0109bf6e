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


class SearchableSelect(forms.Select):
    """A <select>; over LISTED_CHOICES options it holds only the current choice, and a text box
    beside it (not part of the form) fetches the matching names into it with htmx."""

    template_name = "core/widgets/searchable_select.html"

    def __init__(self, kind, attrs=None):
        super().__init__(attrs)
        self.kind = kind

    def get_context(self, name, value, attrs):
        iterator = self.choices
        field = iterator.field
        head = [("", field.empty_label)] if field.empty_label is not None else []
        rows = list(iterator.queryset[: LISTED_CHOICES + 1])
        searchable = len(rows) > LISTED_CHOICES
        if searchable:
            chosen = [v for v in self.format_value(value) if v.isdigit()]
            rows = list(iterator.queryset.filter(pk__in=chosen)) if chosen else []
        self.choices = head + [iterator.choice(row) for row in rows]
        try:
            context = super().get_context(name, value, attrs)
        finally:
            self.choices = iterator
        context["widget"]["searchable"] = searchable
        context["widget"]["suggest_url"] = reverse("portal:choices", args=[self.kind])
        return context


class SearchableCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes for every option while there are few; over LISTED_CHOICES only the checked
    ones, and a text box (not part of the form) that brings the matching names as more
    checkboxes of the same name, so the chosen stay chosen while the reader searches."""

    template_name = "core/widgets/searchable_checkboxes.html"

    def __init__(self, kind, attrs=None):
        super().__init__(attrs)
        self.kind = kind

    def get_context(self, name, value, attrs):
        iterator = self.choices
        rows = list(iterator.queryset[: LISTED_CHOICES + 1])
        searchable = len(rows) > LISTED_CHOICES
        if searchable:
            chosen = [v for v in self.format_value(value) if v.isdigit()]
            rows = list(iterator.queryset.filter(pk__in=chosen)) if chosen else []
        self.choices = [iterator.choice(row) for row in rows]
        try:
            context = super().get_context(name, value, attrs)
        finally:
            self.choices = iterator
        context["widget"]["searchable"] = searchable
        context["widget"]["suggest_url"] = (
            reverse("portal:choices", args=[self.kind]) + f"?checkboxes={name}"
        )
        return context


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
