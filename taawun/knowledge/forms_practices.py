from django import forms
from django.utils.translation import gettext_lazy as _

from taawun.agreements.models import Agreement
from taawun.core.forms import DATE, LTR_FR, RTL
from taawun.projects.models import Indicator, Project

from .models import Practice, PracticeFile, Replication

TEXTS = ("summary", "problem", "steps", "results", "lessons", "prerequisites", "skills")


def _text_widgets(names):
    widgets = {}
    for name in names:
        widgets[f"{name}_ar"] = forms.Textarea(attrs={"rows": 3, **RTL})
        widgets[f"{name}_fr"] = forms.Textarea(attrs={"rows": 3, **LTR_FR})
        widgets[f"{name}_en"] = forms.Textarea(attrs={"rows": 2})
    return widgets


class PracticeForm(forms.ModelForm):
    """A card. Its indicators are those of its project (chosen first: the page reloads the
    list from the project given)."""

    class Meta:
        model = Practice
        fields = [
            "title_ar", "title_fr", "title_en",
            *(f"{name}_{code}" for name in TEXTS for code in ("ar", "fr", "en")),
            "services_ar", "services_fr", "services_en", "partners", "locality",
            "started_on", "ended_on", "cost_mad", "project", "agreement", "indicators",
            "evidence", "legal_basis", "domains", "pac_axes", "internal_note",
        ]  # fmt: skip
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "services_ar": forms.TextInput(attrs=RTL),
            "services_fr": forms.TextInput(attrs=LTR_FR),
            "started_on": DATE,
            "ended_on": DATE,
            "indicators": forms.CheckboxSelectMultiple,
            "domains": forms.CheckboxSelectMultiple,
            "pac_axes": forms.CheckboxSelectMultiple,
            **_text_widgets(TEXTS),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["project"].queryset = Project.objects.visible_to(user).order_by("code")
        fields["agreement"].queryset = Agreement.objects.visible_to(user).order_by("reference")
        project = self.data.get("project") or self.initial.get("project")
        project = getattr(project, "pk", project) or self.instance.project_id
        indicators = Indicator.objects.none()
        if project and str(project).isdigit():
            indicators = Indicator.objects.filter(project_id=project).order_by("pk")
        fields["indicators"].queryset = indicators
        fields["indicators"].help_text = _("Those of the project: save the project first.")
        if user is None or not user.has_perm("knowledge.validate_practice"):
            del fields["internal_note"]  # the commune's own


class PracticeFileForm(forms.ModelForm):
    class Meta:
        model = PracticeFile
        fields = ["kind", "file", "caption_ar", "caption_fr"]
        widgets = {
            "caption_ar": forms.TextInput(attrs=RTL),
            "caption_fr": forms.TextInput(attrs=LTR_FR),
        }


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=_("What the partner should change"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )


class ReplicationForm(forms.ModelForm):
    class Meta:
        model = Replication
        fields = [
            "partner", "replicator_ar", "replicator_fr", "country", "started_on", "state",
            "adaptation_ar", "adaptation_fr", "abandon_reason", "outcome_ar", "outcome_fr",
            "mission", "agreement",
        ]  # fmt: skip
        widgets = {
            "replicator_ar": forms.TextInput(attrs=RTL),
            "replicator_fr": forms.TextInput(attrs=LTR_FR),
            "started_on": DATE,
            "adaptation_ar": forms.Textarea(attrs={"rows": 3, **RTL}),
            "adaptation_fr": forms.Textarea(attrs={"rows": 3, **LTR_FR}),
            "abandon_reason": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "outcome_ar": forms.Textarea(attrs={"rows": 2, **RTL}),
            "outcome_fr": forms.Textarea(attrs={"rows": 2, **LTR_FR}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agreement"].queryset = Agreement.objects.visible_to(user).order_by("reference")
