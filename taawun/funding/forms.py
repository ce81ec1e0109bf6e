from django import forms
from django.utils.translation import gettext_lazy as _

from taawun.core.forms import DATE, LTR_FR, RTL

from .choices import Applicant, Stage
from .models import Bid, FundingOpportunity


class OpportunityForm(forms.ModelForm):
    applicants = forms.MultipleChoiceField(
        label=_("Who may apply"),
        choices=Applicant.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = FundingOpportunity
        fields = [
            "donor", "programme_ar", "programme_fr", "programme_en", "reference", "url",
            "instrument", "summary_ar", "summary_fr", "summary_en", "applicants", "lead_kind",
            "lead_country", "countries", "domains", "pac_axes", "opens_on", "currency",
            "min_amount", "max_amount", "envelope", "min_cofinancing", "max_funding_rate",
            "min_months", "max_months", "documents_ar", "documents_fr", "excluded_costs_ar",
            "excluded_costs_fr", "contact", "state", "source", "last_checked_on",
            "illustrative", "is_public",
        ]  # fmt: skip
        widgets = {
            "programme_ar": forms.TextInput(attrs=RTL),
            "programme_fr": forms.TextInput(attrs=LTR_FR),
            "summary_ar": forms.Textarea(attrs={"rows": 4, **RTL}),
            "summary_fr": forms.Textarea(attrs={"rows": 4, **LTR_FR}),
            "summary_en": forms.Textarea(attrs={"rows": 3}),
            "documents_ar": forms.Textarea(attrs={"rows": 3, **RTL}),
            "documents_fr": forms.Textarea(attrs={"rows": 3, **LTR_FR}),
            "excluded_costs_ar": forms.Textarea(attrs={"rows": 2, **RTL}),
            "excluded_costs_fr": forms.Textarea(attrs={"rows": 2, **LTR_FR}),
            "domains": forms.CheckboxSelectMultiple,
            "pac_axes": forms.CheckboxSelectMultiple,
            "opens_on": DATE,
            "last_checked_on": DATE,
        }


class DeadlineForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    day = forms.DateField(label=_("Day"), widget=DATE)
    time = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}))
    tzid = forms.CharField(
        label=_("Time zone of the donor"),
        initial="Europe/Paris",
        max_length=64,
        help_text=_("For instance Europe/Paris, Europe/Brussels, Africa/Casablanca."),
    )


class BidForm(forms.ModelForm):
    class Meta:
        model = Bid
        fields = ["lead", "amount", "currency", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}


class AwardForm(forms.Form):
    amount_awarded = forms.DecimalField(
        label=_("Amount awarded"), min_value=0, max_digits=16, decimal_places=2
    )
    decided_on = forms.DateField(label=_("Decided on"), widget=DATE, required=False)
