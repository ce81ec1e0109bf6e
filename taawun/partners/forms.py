from django import forms

from taawun.core.bounds import BoundedModelMultipleChoiceField

from .columns import FORM_FIELDS, REPRESENTATIVE_FIELDS
from .models import Contact, Partner


class PartnerForm(forms.ModelForm):
    class Meta:
        model = Partner
        fields = FORM_FIELDS
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "name_fr": forms.TextInput(attrs={"dir": "ltr", "lang": "fr"}),
            "name_en": forms.TextInput(attrs={"dir": "ltr", "lang": "en"}),
            "description_ar": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "en"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "website": forms.URLInput(attrs={"dir": "ltr"}),
            "domains": forms.CheckboxSelectMultiple,
        }
        field_classes = {"domains": BoundedModelMultipleChoiceField}


class RepresentativePartnerForm(PartnerForm):
    """What a partner's own representative may change about its organisation."""

    class Meta(PartnerForm.Meta):
        fields = REPRESENTATIVE_FIELDS


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone"]
        widgets = {
            "email": forms.EmailInput(attrs={"dir": "ltr"}),
            "phone": forms.TextInput(attrs={"dir": "ltr", "inputmode": "tel"}),
        }


ContactFormSet = forms.inlineformset_factory(
    Partner,
    Contact,
    form=ContactForm,
    extra=1,
    can_delete=True,
    max_num=20,
    validate_max=True,
)
