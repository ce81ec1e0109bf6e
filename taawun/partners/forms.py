from django import forms

from .columns import FORM_FIELDS, REPRESENTATIVE_FIELDS
from .models import Contact, Partner

PARTNER_FIELDS = FORM_FIELDS  # the name the demo loader reads


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

    def data_for_service(self):
        """The cleaned fields, as the keyword data of partner_create/partner_update."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


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


class BaseContactFormSet(forms.BaseInlineFormSet):
    def rows(self):
        """The valid formset as contact rows for the partner services: changed and new
        people with their fields, removed ones as {"id": …, "delete": True}."""
        rows = []
        for form in self.forms:
            pk = form.instance.pk
            if self._should_delete_form(form):
                if pk is not None:
                    rows.append({"id": pk, "delete": True})
            elif form.has_changed():
                rows.append(
                    {"id": pk, **{k: form.cleaned_data[k] for k in ContactForm._meta.fields}}
                )
        return rows


ContactFormSet = forms.inlineformset_factory(
    Partner,
    Contact,
    form=ContactForm,
    formset=BaseContactFormSet,
    extra=1,
    can_delete=True,
    max_num=20,
    validate_max=True,
)
