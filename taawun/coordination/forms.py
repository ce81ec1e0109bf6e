"""The workspace forms of coordination: they shape input; the services check and write it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from taawun.core.forms import DATE, DATETIME, LTR_FR, RTL
from taawun.core.widgets import SearchableSelect

from .choices import ActionStatus, MinutesStatus
from .models import ActionItem, AgendaItem, Committee, Decision, Meeting, Membership

# Local time of Morocco in, UTC stored: the field reads the input in the active time zone.
TEXT_AR = forms.Textarea(attrs={**RTL, "rows": 4})
TEXT_FR = forms.Textarea(attrs={**LTR_FR, "rows": 4})


class CommitteeForm(forms.ModelForm):
    class Meta:
        model = Committee
        fields = [
            "kind",
            "name_ar",
            "name_fr",
            "name_en",
            "agreement",
            "founding_clause_ar",
            "founding_clause_fr",
            "mandate_ar",
            "mandate_fr",
            "quorum_fraction",
            "quorum_minimum",
            "decision_rule",
            "dissolved_on",
        ]
        widgets = {
            "name_ar": forms.TextInput(attrs=RTL),
            "name_fr": forms.TextInput(attrs=LTR_FR),
            "agreement": SearchableSelect("agreements"),
            "founding_clause_ar": TEXT_AR,
            "founding_clause_fr": TEXT_FR,
            "mandate_ar": TEXT_AR,
            "mandate_fr": TEXT_FR,
            "dissolved_on": DATE,
        }


class MembershipForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = [
            "person_name",
            "partner",
            "service",
            "role",
            "voting",
            "starts_on",
            "ends_on",
            "email",
            "phone",
        ]
        widgets = {
            "partner": SearchableSelect("partners"),
            "starts_on": DATE,
            "ends_on": DATE,
            "email": forms.EmailInput(attrs={"dir": "ltr"}),
            "phone": forms.TextInput(attrs={"dir": "ltr", "inputmode": "tel"}),
        }

    def __init__(self, *args, committee, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.committee = committee


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = [
            "kind",
            "starts_at",
            "ends_at",
            "mode",
            "venue_ar",
            "venue_fr",
            "online_url",
            "visibility",
        ]
        widgets = {
            "starts_at": DATETIME,
            "ends_at": DATETIME,
            "venue_ar": forms.TextInput(attrs=RTL),
            "venue_fr": forms.TextInput(attrs=LTR_FR),
            "online_url": forms.URLInput(attrs={"dir": "ltr"}),
        }
        help_texts = {"starts_at": _("Time in Morocco.")}

    def __init__(self, *args, committee, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.committee = committee


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = [
            "order",
            "title_ar",
            "title_fr",
            "kind",
            "agreement",
            "project",
            "priority",
            "minutes_ar",
            "minutes_fr",
        ]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "agreement": SearchableSelect("agreements"),
            "minutes_ar": TEXT_AR,
            "minutes_fr": TEXT_FR,
        }

    def __init__(self, *args, meeting, **kwargs):
        from taawun.participation.models import Priority

        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        # the published priorities, newest first (a commune has tens, not thousands)
        self.fields["priority"].queryset = Priority.public_objects.order_by("-published_at")
        self.fields["order"].required = False
        if self.instance.pk is None:  # a new item goes last unless the officer says otherwise
            self.fields["order"].initial = meeting.agenda_items.count() + 1
        from taawun.projects.models import Project

        self.fields["project"].queryset = Project.objects.order_by("code")


class AttendanceForm(forms.Form):
    """One row per member: reply, presence and proxy (a formset over the committee)."""

    membership = forms.IntegerField(widget=forms.HiddenInput)
    reply = forms.ChoiceField(label=_("reply"), required=False)
    presence = forms.ChoiceField(label=_("presence"), required=False)
    proxy = forms.ModelChoiceField(
        label=_("proxy given to"), queryset=Membership.objects.none(), required=False
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        from .choices import Presence, Reply

        self.fields["reply"].choices = [("", "—"), *Reply.choices]
        self.fields["presence"].choices = [("", "—"), *Presence.choices]
        self.fields["proxy"].queryset = members


AttendanceFormSet = forms.formset_factory(AttendanceForm, extra=0)


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = [
            "agenda_item",
            "kind",
            "text_ar",
            "text_fr",
            "by_consensus",
            "votes_for",
            "votes_against",
            "votes_abstain",
            "agreement",
        ]
        widgets = {
            "text_ar": TEXT_AR,
            "text_fr": TEXT_FR,
            "agreement": SearchableSelect("agreements"),
        }

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.instance.committee = meeting.committee
        self.fields["agenda_item"].queryset = meeting.agenda_items.all()

    def _post_clean(self):
        # The number is the service's (under the committee's lock), and so are the rules that
        # need it: the form only shapes the input.
        pass


class ActionItemForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = [
            "decision",
            "title_ar",
            "title_fr",
            "owner_partner",
            "owner_name",
            "due_on",
            "priority",
        ]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "owner_partner": SearchableSelect("partners"),
            "due_on": DATE,
        }

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.fields["decision"].queryset = meeting.decisions.all()


class ActionStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("status"), choices=ActionStatus.choices)
    evidence = forms.CharField(label=_("evidence"), widget=forms.Textarea, required=False)
    evidence_file = forms.FileField(label=_("evidence file"), required=False)
    blocked_reason = forms.CharField(
        label=_("why it is blocked"), widget=forms.Textarea, required=False
    )


class MinutesForm(forms.Form):
    to = forms.ChoiceField(label=_("minutes"), choices=MinutesStatus.choices)


class SignedMinutesForm(forms.Form):
    upload = forms.FileField(label=_("signed minutes (scan)"))
