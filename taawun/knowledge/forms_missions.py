from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from taawun.agreements.models import Agreement, Obligation
from taawun.core.forms import DATE, LTR_FR, RTL

from .models import Mission, MissionCost, MissionMember


class MissionForm(forms.ModelForm):
    class Meta:
        model = Mission
        fields = [
            "kind", "direction", "title_ar", "title_fr", "title_en", "agreement", "counterpart",
            "starts_on", "ends_on", "places_ar", "places_fr", "objectives_ar", "objectives_fr",
            "programme_ar", "programme_fr", "approval", "is_public", "internal_note",
        ]  # fmt: skip
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "places_ar": forms.TextInput(attrs=RTL),
            "places_fr": forms.TextInput(attrs=LTR_FR),
            "objectives_ar": forms.Textarea(attrs={"rows": 3, **RTL}),
            "objectives_fr": forms.Textarea(attrs={"rows": 3, **LTR_FR}),
            "programme_ar": forms.Textarea(attrs={"rows": 4, **RTL}),
            "programme_fr": forms.Textarea(attrs={"rows": 4, **LTR_FR}),
            "starts_on": DATE,
            "ends_on": DATE,
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agreement"].queryset = Agreement.objects.visible_to(user).order_by("reference")


class MemberForm(forms.ModelForm):
    class Meta:
        model = MissionMember
        fields = ["name", "role", "institution", "sex", "category"]
        widgets = {"name": forms.TextInput(attrs={"dir": "auto"})}


class CostForm(forms.ModelForm):
    class Meta:
        model = MissionCost
        fields = ["item", "description", "amount", "currency", "payer", "obligation"]

    def __init__(self, *args, mission=None, **kwargs):
        super().__init__(*args, **kwargs)
        obligations = Obligation.objects.none()
        if mission is not None and mission.agreement_id:
            obligations = Obligation.objects.filter(party__agreement=mission.agreement_id)
        self.fields["obligation"].queryset = obligations.select_related("party__partner")
        self.fields["obligation"].help_text = _("An obligation of the mission's agreement.")


def follow_up_choices(mission):
    """The action items a mission may lead to: those of the committees that follow its
    agreement (every committee's when it serves none), still open, and those linked already."""
    from taawun.coordination.choices import CLOSED_ACTIONS
    from taawun.coordination.models import ActionItem

    items = ActionItem.objects.all()
    if mission.agreement_id:
        items = items.filter(committee__agreement=mission.agreement_id)
    linked = mission.action_items.values("pk")
    return (
        items.filter(Q(pk__in=linked) | ~Q(status__in=CLOSED_ACTIONS))
        .select_related("committee")
        .distinct()
        .order_by("due_on", "pk")
    )


class FollowUpForm(forms.Form):
    action_items = forms.ModelMultipleChoiceField(
        label=_("Follow-up action items"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The actions of the coordination committees this mission leads to: tick those it "
            "produced or that carry its recommendations. Write a new one in its committee first."
        ),
    )

    def __init__(self, *args, mission=None, **kwargs):
        kwargs.setdefault("initial", {})["action_items"] = list(
            mission.action_items.values_list("pk", flat=True)
        )
        super().__init__(*args, **kwargs)
        field = self.fields["action_items"]
        field.queryset = follow_up_choices(mission)
        field.label_from_instance = lambda item: f"{item.title} — {item.committee.name}"


class ReportForm(forms.Form):
    report_ar = forms.CharField(
        label=_("Report (Arabic)"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6, **RTL}),
    )
    report_fr = forms.CharField(
        label=_("Report (French)"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6, **LTR_FR}),
    )
    report_file = forms.FileField(label=_("The signed report (PDF)"), required=False)
