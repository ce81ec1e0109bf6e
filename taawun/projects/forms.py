from django import forms
from django.utils.translation import gettext_lazy as _

from taawun.core.bounds import BoundedModelMultipleChoiceField
from taawun.core.forms import DATE, LTR_EN, LTR_FR, RTL
from taawun.core.widgets import SearchableCheckboxes, SearchableSelect
from taawun.finance.models import currency_choices

from .choices import Disaggregation
from .models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
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
        field_classes = {
            "agreements": BoundedModelMultipleChoiceField,
            "domains": BoundedModelMultipleChoiceField,
        }


class LocationForm(forms.ModelForm):
    class Meta:
        model = ProjectLocation
        fields = ["locality", "latitude", "longitude", "description_ar", "description_fr"]
        widgets = {
            "locality": SearchableSelect("localities"),
            "description_ar": forms.TextInput(attrs=RTL),
            "description_fr": forms.TextInput(attrs=LTR_FR),
        }
        help_texts = {"latitude": _("Left empty, the locality's own point is used.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["latitude"].required = False
        self.fields["longitude"].required = False


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
            "description_ar",
            "description_fr",
            "description_en",
            "override_reason",
        ]
        widgets = {
            "date": DATE,
            "provider": SearchableSelect("partners"),
            "receiver": SearchableSelect("partners"),
            "description_ar": forms.TextInput(attrs=RTL),
            "description_fr": forms.TextInput(attrs=LTR_FR),
            "description_en": forms.TextInput(attrs=LTR_EN),
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


class _CurrentPhoto:
    """What the photo input shows of the stored photo: its name, linked through the view that
    checks the reader (the photos of news are private files: they have no public address)."""

    def __init__(self, name, url):
        self.name, self.url = name, url

    def __str__(self):
        return self.name.rsplit("/", 1)[-1]


class PhotoInput(forms.ClearableFileInput):
    """A clearable photo input whose "currently" link is `url` (never the storage's URL)."""

    def __init__(self, *args, url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.url = url

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None))

    def format_value(self, value):
        if self.is_initial(value):
            return _CurrentPhoto(value.name, self.url)
        return None


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
        if self.instance.pk:
            from django.urls import reverse

            url = reverse("projects:update-photo", kwargs={"pk": self.instance.pk})
            self.fields["photo"].widget = PhotoInput(url=url)


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


class ValueForm(forms.ModelForm):
    """One disaggregated part of a period: by sex, or by sex and age group."""

    class Meta:
        model = IndicatorValue
        fields = ["sex", "age_group", "target", "actual"]

    def __init__(self, *args, disaggregation=Disaggregation.SEX, **kwargs):
        super().__init__(*args, **kwargs)
        if disaggregation == Disaggregation.SEX:
            del self.fields["age_group"]
        else:
            self.fields["age_group"].required = True


ValueFormSet = forms.inlineformset_factory(
    IndicatorPeriod, IndicatorValue, form=ValueForm, extra=2, can_delete=True
)


class PeriodForm(forms.ModelForm):
    class Meta:
        model = IndicatorPeriod
        fields = ["period_start", "period_end", "target", "actual", "comment"]
        widgets = {"period_start": DATE, "period_end": DATE}

    def __init__(self, *args, indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.indicator = indicator
