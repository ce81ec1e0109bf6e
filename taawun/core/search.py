"""What the public search and the workspace search share: the bounded query form and the
match of a translated column in any content language."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .i18n import CONTENT_LANGUAGES


class SearchForm(forms.Form):
    """The query: 2 to 100 characters, or a clear message (never a 500)."""

    q = forms.CharField(
        label=_("Search the site"), min_length=2, max_length=100, strip=True, required=True
    )


def in_any_language(field, text):
    """A Q matching `text` in the column `field` of any content language."""
    match = Q()
    for code in CONTENT_LANGUAGES:
        match |= Q(**{f"{field}_{code}__icontains": text})
    return match
