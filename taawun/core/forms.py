"""Form pieces shared by every app: the upload form of an import, and the widgets' attributes."""

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
