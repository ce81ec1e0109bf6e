"""Form pieces shared by every app: the upload form of an import, the widgets' attributes, and
the shaping of a valid form or formset into a service's keyword data."""

from django import forms
from django.utils.translation import gettext_lazy as _

# A date picker that round-trips ISO dates whatever the language's date format.
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# The direction and language of the inputs of a translated field (title_ar, title_fr, title_en).
RTL = {"dir": "rtl", "lang": "ar"}
LTR_FR = {"dir": "ltr", "lang": "fr"}
LTR_EN = {"dir": "ltr", "lang": "en"}


class ImportForm(forms.Form):
    """Step 1 of every import: one CSV or XLSX file (core.views.ImportPreviewView reads it)."""

    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("First row: column names. Download the template to see them."),
    )


def cleaned(form):
    """A valid model form's fields, as the keyword data of a service (forms shape input, the
    service checks and writes it)."""
    return {
        name: form.cleaned_data[name] for name in form._meta.fields if name in form.cleaned_data
    }


def formset_rows(formset):
    """A valid inline formset as rows for a service: changed and new records with their fields
    ({"id": None, …} for a new one), removed ones as {"id": …, "delete": True}; untouched rows
    are left out, and so is the link to the parent (the service sets it)."""
    fk = getattr(formset, "fk", None)
    parent = fk.name if fk is not None else None
    rows = []
    for form in formset.forms:
        pk = form.instance.pk
        if formset.can_delete and formset._should_delete_form(form):
            if pk is not None:
                rows.append({"id": pk, "delete": True})
        elif form.has_changed():
            names = [name for name in form._meta.fields if name in form.fields and name != parent]
            rows.append({"id": pk, **{name: form.cleaned_data[name] for name in names}})
    return rows
