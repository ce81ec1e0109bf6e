from django import forms

from taawun.accounts.choices import COMMUNE_ROLES
from taawun.accounts.models import User
from taawun.core.forms import DATE, LTR_FR, RTL

from .models import Training, TrainingParticipant


class TrainingForm(forms.ModelForm):
    class Meta:
        model = Training
        fields = [
            "title_ar", "title_fr", "title_en", "provider", "theme", "modality", "starts_on",
            "ends_on", "hours", "venue", "trainer", "seats", "cost_mad", "funded_by", "state",
        ]  # fmt: skip
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "starts_on": DATE,
            "ends_on": DATE,
        }


class ParticipantForm(forms.ModelForm):
    class Meta:
        model = TrainingParticipant
        fields = [
            "user", "name", "sex", "category", "service", "registration", "hours_attended",
            "certificate_number",
        ]  # fmt: skip
        widgets = {"name": forms.TextInput(attrs={"dir": "auto"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = User.objects.filter(
            is_active=True, role__in=COMMUNE_ROLES
        ).order_by("last_name", "username")
        self.fields["name"].required = False

    def clean(self):
        data = super().clean()
        if not data.get("user") and not data.get("name"):
            self.add_error("name", self.fields["name"].error_messages["required"])
        return data
