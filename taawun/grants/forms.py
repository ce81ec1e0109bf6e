"""The forms of calls and applications; the services check the rules, the forms the input."""

from django import forms
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from taawun.accounts.choices import COMMUNE_ROLES
from taawun.accounts.models import User
from taawun.coordination.models import Decision
from taawun.core.forms import DATE, DATETIME, LTR_FR, RTL

from .choices import ApplicantKind
from .models import Application, ApplicationDocument, BudgetLine, Call


class CallForm(forms.ModelForm):
    applicant_kinds = forms.MultipleChoiceField(
        label=_("Who may apply"),
        choices=ApplicantKind.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Call
        fields = [
            "title_ar",
            "title_fr",
            "title_en",
            "description_ar",
            "description_fr",
            "description_en",
            "legal_basis",
            "domains",
            "pac_axes",
            "localities",
            "envelope",
            "min_grant",
            "max_grant",
            "min_own_share",
            "max_funding_rate",
            "applicant_kinds",
            "min_years",
            "opens_at",
            "closes_at",
        ]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "description_ar": forms.Textarea(attrs={"rows": 5, **RTL}),
            "description_fr": forms.Textarea(attrs={"rows": 5, **LTR_FR}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
            "domains": forms.CheckboxSelectMultiple,
            "pac_axes": forms.CheckboxSelectMultiple,
            "localities": forms.CheckboxSelectMultiple,
            "opens_at": DATETIME,
            "closes_at": DATETIME,
        }
        help_texts = {"opens_at": _("Time in Morocco."), "closes_at": _("Time in Morocco.")}


class ReviewersForm(forms.ModelForm):
    class Meta:
        model = Call
        fields = ["reviewers"]
        widgets = {"reviewers": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["reviewers"]
        field.queryset = User.objects.filter(is_active=True, role__in=COMMUNE_ROLES).order_by(
            "last_name", "first_name", "username"
        )
        field.label_from_instance = lambda user: user.get_full_name() or user.get_username()


class ApplicationForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = [
            "applicant_kind",
            "founded_on",
            "title",
            "summary",
            "locality",
            "domain",
            "women",
            "men",
            "girls",
            "boys",
            "starts_on",
            "ends_on",
            "no_double_funding",
            "data_notice",
        ]
        widgets = {
            "founded_on": DATE,
            "starts_on": DATE,
            "ends_on": DATE,
            "title": forms.TextInput(attrs={"dir": "auto"}),
            "summary": forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        }
        help_texts = {
            "data_notice": _(
                "The commune keeps the application and its documents to examine it and follow the "
                "grant; only the commune's staff and the reviewers read them (Law 09-08)."
            ),
        }

    def __init__(self, *args, call=None, **kwargs):
        super().__init__(*args, **kwargs)
        if call is not None:
            themes = call.domains.all()
            if themes:
                self.fields["domain"].queryset = themes
            localities = call.localities.all()
            if localities:
                self.fields["locality"].queryset = localities


class BudgetLineForm(forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = ["label", "requested", "own_cash", "own_in_kind", "other_funders"]
        widgets = {"label": forms.TextInput(attrs={"dir": "auto"})}


BudgetFormSet = forms.modelformset_factory(
    BudgetLine, form=BudgetLineForm, extra=3, can_delete=True, max_num=40, validate_max=True
)


class DocumentForm(forms.ModelForm):
    upload = forms.FileField(label=_("File"))

    class Meta:
        model = ApplicationDocument
        fields = ["requirement", "title"]

    def __init__(self, *args, parent=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requirement"].queryset = parent.call.required_documents.all()
        self.fields["title"].required = False


class ScreenForm(forms.Form):
    eligible = forms.TypedChoiceField(
        label=_("Eligibility"),
        choices=[("yes", _("Eligible")), ("no", _("Not eligible"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    screening_reasons = forms.CharField(
        label=_("Reasons"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when the application is not eligible: the association is told."),
    )


class DeclareForm(forms.Form):
    conflict = forms.TypedChoiceField(
        label=_("Are you tied to the applicant (member, relative, employee, supplier)?"),
        choices=[("no", _("No")), ("yes", _("Yes"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    conflict_note = forms.CharField(label=_("How"), required=False, max_length=300)


class ScoreForm(forms.Form):
    """One field per criterion of the call: points from 0 to its weight, or yes/no."""

    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            name = f"criterion_{criterion.pk}"
            if criterion.eliminatory:
                self.fields[name] = forms.ChoiceField(
                    label=criterion.label,
                    choices=[("yes", _("Yes")), ("no", _("No"))],
                    widget=forms.RadioSelect,
                    help_text=criterion.guidance,
                )
            else:
                self.fields[name] = forms.DecimalField(
                    label=criterion.label,
                    min_value=0,
                    max_value=criterion.weight,
                    decimal_places=1,
                    help_text=criterion.guidance,
                )

    def scores(self):
        return {
            str(criterion.pk): self.cleaned_data[f"criterion_{criterion.pk}"]
            for criterion in self.criteria
        }


class DecisionChoice(forms.ModelChoiceField):
    def label_from_instance(self, decision):
        day = formats.date_format(timezone.localtime(decision.meeting.starts_at), "DATE_FORMAT")
        return f"{decision} — {decision.committee.name} ({day})"


class SelectionForm(forms.Form):
    """The committee's decision that adopted the selection (recorded in coordination, not yet
    serving another call); per eligible application, the grant awarded (empty: none) or a place
    on the reserve."""

    def __init__(self, *args, applications=(), call=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.applications = list(applications)
        free = Q(grant_call__isnull=True) | Q(grant_call=call) if call else Q()
        self.fields["decision"] = DecisionChoice(
            label=_("The committee's decision that adopted it"),
            help_text=_("Recorded first in the committee's meeting (Coordination)."),
            queryset=Decision.objects.filter(free)
            .select_related("committee", "meeting")
            .order_by("-meeting__starts_at", "-number"),
        )
        for application in self.applications:
            self.fields[f"amount_{application.pk}"] = forms.DecimalField(
                label=_("Grant (MAD)"), required=False, min_value=0, max_digits=14, decimal_places=2
            )
            self.fields[f"reserve_{application.pk}"] = forms.BooleanField(
                label=_("Reserve list"), required=False
            )

    def rows(self):
        for application in self.applications:
            yield application, self[f"amount_{application.pk}"], self[f"reserve_{application.pk}"]

    def clean(self):
        data = super().clean()
        for application in self.applications:
            if data.get(f"amount_{application.pk}") and data.get(f"reserve_{application.pk}"):
                raise forms.ValidationError(
                    _("%(reference)s is either awarded or on the reserve list, not both.")
                    % {"reference": application.reference}
                )
        return data

    def awards(self):
        return {
            application: self.cleaned_data[f"amount_{application.pk}"]
            for application in self.applications
            if self.cleaned_data.get(f"amount_{application.pk}")
        }

    def reserve(self):
        return [a for a in self.applications if self.cleaned_data.get(f"reserve_{a.pk}")]


class ReportForm(forms.Form):
    narrative = forms.CharField(
        label=_("What was done, for whom, with what results"),
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )
    expenses = forms.DecimalField(
        label=_("Expenses incurred (MAD)"), required=False, min_value=0, max_digits=14
    )
    statement = forms.FileField(label=_("Expense statement"), required=False)
    receipt = forms.FileField(label=_("Receipts or invoices (one file)"), required=False)
    photo = forms.FileField(label=_("A photo"), required=False)

    def pieces(self):
        return [(kind, self.cleaned_data.get(kind)) for kind in ("statement", "receipt", "photo")]


class ReportDatesForm(forms.Form):
    interim_on = forms.DateField(
        label=_("Interim report due on"),
        required=False,
        widget=DATE,
        help_text=_("Within the project's dates; empty: no interim report."),
    )
    final = forms.DateField(label=_("Final report due on"), widget=DATE)
    financial = forms.DateField(label=_("Financial report due on"), widget=DATE)


class DecideReportForm(forms.Form):
    verdict = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("accepted", _("Accept the report")),
            ("changes", _("Ask for changes")),
            ("rejected", _("Reject the report")),
        ],
        widget=forms.RadioSelect,
    )
    decision_note = forms.CharField(
        label=_("Remarks"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required to ask for changes or to reject: the association reads them."),
    )
