from django import forms

from .models import MAD, ExchangeRate, currency_choices


class ExchangeRateForm(forms.ModelForm):
    class Meta:
        model = ExchangeRate
        fields = ["currency", "rate_to_mad", "valid_from", "source"]
        widgets = {"valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["currency"].widget = forms.Select(
            choices=[c for c in currency_choices() if c[0] != MAD]
        )
