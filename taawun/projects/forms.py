from django import forms
from django.utils.translation import gettext_lazy as _

from taawun.core.forms import DATE, RTL
from taawun.core.widgets import SearchableCheckboxes, SearchableSelect
from taawun.finance.models import currency_choices

from .models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    Milestone,
    Participant,
    Project,
    ProjectLocation,
    Transaction,
    Update,
)


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = [
            "code",
            "title_ar",
            "title_fr",
            "title_en",
            "description_ar",
            "description_fr",
            "description_en",
            "status",
            "owner",
            "agreements",
            "domains",
            "pac_axis",
            "budget",
            "beneficiaries",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "progress",
            "social_weight",
            "economic_weight",
            "environmental_weight",
            "expertise_exchange",
            "integration",
            "innovation",
            "is_public",
        ]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "description_ar": forms.Textarea(attrs={"rows": 3, **RTL}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr"}),
            "domains": forms.CheckboxSelectMultiple,
            "agreements": SearchableCheckboxes("agreements"),
            "owner": SearchableSelect("partners"),
            "planned_start": DATE,
            "planned_end": DATE,
            "actual_start": DATE,
            "actual_end": DATE,
            "code": forms.TextInput(attrs={"dir": "ltr"}),
        }

    def clean(self):
        data = super().clean()
        weights = [
            data.get(k) for k in ("social_weight", "economic_weight", "environmental_weight")
        ]
        if all(w is not None for w in weights) and sum(weights) != 100:
            raise forms.ValidationError(
                _(
                    "The social, economic and environmental weights must add up to 100 (now %(sum)s)."
                )
                % {"sum": sum(weights)}
            )
        return data


class LocationForm(forms.ModelForm):
    class Meta:
        model = ProjectLocation
        fields = ["locality", "latitude", "longitude", "description"]
        widgets = {"locality": SearchableSelect("localities")}
        help_texts = {"latitude": _("Left empty, the locality's own point is used.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["latitude"].required = False
        self.fields["longitude"].required = False

    def clean(self):
        data = super().clean()
        locality = data.get("locality")
        if locality is not None:
            if data.get("latitude") is None:
                data["latitude"] = locality.latitude
                self.instance.latitude = locality.latitude
            if data.get("longitude") is None:
                data["longitude"] = locality.longitude
                self.instance.longitude = locality.longitude
        return data


LocationFormSet = forms.inlineformset_factory(
    Project, ProjectLocation, form=LocationForm, extra=1, can_delete=True
)
ParticipantFormSet = forms.inlineformset_factory(
    Project,
    Participant,
    fields=["partner", "role"],
    widgets={"partner": SearchableSelect("partners")},
    extra=1,
    can_delete=True,
)


class ContributionForm(forms.ModelForm):
    class Meta:
        model = Contribution
        fields = ["partner", "kind", "amount", "currency", "obligation", "note"]
        widgets = {"partner": SearchableSelect("partners")}
        help_texts = {
            "obligation": _("When it comes from an agreement, its amount is the obligation's."),
        }

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.project = project
        self.fields["currency"].widget = forms.Select(choices=currency_choices())
        self.fields["obligation"].queryset = (
            self.fields["obligation"]
            .queryset.filter(party__agreement__in=project.agreements.all())
            .select_related("party__partner")
        )
        self.fields["partner"].required = False
        self.fields["amount"].required = False

    def clean(self):
        data = super().clean()
        if not data.get("obligation"):
            if not data.get("partner"):
                self.add_error("partner", _("Choose the partner, or the obligation it comes from."))
            if data.get("amount") in (None, ""):
                self.add_error("amount", _("Give the amount."))
        else:
            self.instance.partner = data["obligation"].party.partner
            if data.get("amount") is None:
                self.instance.amount = data["obligation"].amount
        return data


class TransactionForm(forms.ModelForm):
    class Meta:
        model = Transaction
        fields = [
            "type",
            "date",
            "provider",
            "receiver",
            "amount",
            "currency",
            "description",
            "override_reason",
        ]
        widgets = {
            "date": DATE,
            "provider": SearchableSelect("partners"),
            "receiver": SearchableSelect("partners"),
        }

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.project = project
        self.fields["currency"].widget = forms.Select(choices=currency_choices())


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = [
            "title_ar",
            "title_fr",
            "title_en",
            "planned_date",
            "actual_date",
            "progress",
            "status",
        ]
        widgets = {
            "planned_date": DATE,
            "actual_date": DATE,
            "title_ar": forms.TextInput(attrs=RTL),
        }

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.project = project


class UpdateForm(forms.ModelForm):
    class Meta:
        model = Update
        fields = [
            "date",
            "title_ar",
            "title_fr",
            "title_en",
            "body_ar",
            "body_fr",
            "body_en",
            "photo",
            "photo_caption",
            "is_public",
        ]
        widgets = {
            "date": DATE,
            "title_ar": forms.TextInput(attrs=RTL),
            "body_ar": forms.Textarea(attrs={"rows": 4, **RTL}),
            "body_fr": forms.Textarea(attrs={"rows": 4, "dir": "ltr"}),
            "body_en": forms.Textarea(attrs={"rows": 4, "dir": "ltr"}),
        }

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.project = project

    def clean_photo(self):
        from django.conf import settings

        photo = self.cleaned_data.get("photo")
        if photo and getattr(photo, "size", 0) > settings.PHOTO_MAX_BYTES:
            raise forms.ValidationError(
                _("The photo is too large; the limit is %(limit)s MB.")
                % {"limit": settings.PHOTO_MAX_BYTES // (1024 * 1024)}
            )
        return photo


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = [
            "name_ar",
            "name_fr",
            "name_en",
            "result_type",
            "measure",
            "unit_ar",
            "unit_fr",
            "unit_en",
            "baseline",
            "baseline_year",
            "disaggregation",
        ]
        widgets = {"name_ar": forms.TextInput(attrs=RTL)}

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.project = project


class PeriodForm(forms.ModelForm):
    class Meta:
        model = IndicatorPeriod
        fields = ["period_start", "period_end", "target", "actual", "comment"]
        widgets = {"period_start": DATE, "period_end": DATE}

    def __init__(self, *args, indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.indicator = indicator
