from django import forms
from django.utils.translation import gettext_lazy as _

from taawun.core.bounds import BoundedModelMultipleChoiceField
from taawun.core.forms import DATE, LTR_EN, LTR_FR, RTL
from taawun.core.i18n import in_language
from taawun.core.widgets import SearchableModelChoiceField, SearchableSelect
from taawun.finance.models import currency_choices

from .choices import DocumentCategory, Stage, VisaOutcome
from .lifecycle import CLOSED
from .models import Agreement, Amendment, Document, Obligation, Party


class AgreementForm(forms.ModelForm):
    class Meta:
        model = Agreement
        fields = [
            "reference",
            "kind",
            "parent",
            "title_ar",
            "title_fr",
            "title_en",
            "object_ar",
            "object_fr",
            "object_en",
            "domains",
            "localities",
            "pac_axis",
            "start_date",
            "duration_months",
            "end_date",
            "renewal",
            "is_public",
            "internal_notes",
        ]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "title_en": forms.TextInput(attrs=LTR_EN),
            "object_ar": forms.Textarea(attrs={"rows": 3, **RTL}),
            "object_fr": forms.Textarea(attrs={"rows": 3, **LTR_FR}),
            "object_en": forms.Textarea(attrs={"rows": 3, **LTR_EN}),
            "internal_notes": forms.Textarea(attrs={"rows": 3}),
            "domains": forms.CheckboxSelectMultiple,
            "localities": forms.CheckboxSelectMultiple,
            "start_date": DATE,
            "end_date": DATE,
            "reference": forms.TextInput(attrs={"dir": "ltr"}),
        }
        help_texts = {"end_date": _("Left empty, it follows from the kind's default duration.")}
        field_classes = {
            "domains": BoundedModelMultipleChoiceField,
            "localities": BoundedModelMultipleChoiceField,
        }


class PartyForm(forms.ModelForm):
    class Meta:
        model = Party
        fields = ["partner", "role", "representative_ar", "representative_fr"]
        widgets = {
            "partner": SearchableSelect("partners"),
            "representative_ar": forms.TextInput(attrs=RTL),
            "representative_fr": forms.TextInput(attrs=LTR_FR),
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.agreement = agreement
        self.fields["partner"].queryset = self.fields["partner"].queryset.current()


class DeliberationForm(forms.Form):
    # The session's name in both languages, like an agreement's title: it is read in the
    # register and on the sheet in either.
    session_ar = forms.CharField(
        label=in_language(_("Council session"), "ar"),
        max_length=120,
        help_text=_("For example: الدورة العادية لشهر فبراير 2025."),
        widget=forms.TextInput(attrs=RTL),
    )
    session_fr = forms.CharField(
        label=in_language(_("Council session"), "fr"),
        max_length=120,
        help_text=_("For example: Session ordinaire de février 2025."),
        widget=forms.TextInput(attrs=LTR_FR),
    )
    held_on = forms.DateField(label=_("Deliberation date"), widget=DATE)
    decision_number = forms.CharField(label=_("Decision number"), max_length=40)
    votes_for = forms.IntegerField(label=_("Votes for"), min_value=0, max_value=200)
    votes_against = forms.IntegerField(label=_("Votes against"), min_value=0, max_value=200)
    votes_abstaining = forms.IntegerField(
        label=_("Abstentions"), min_value=0, max_value=200, initial=0
    )


class ApprovalForm(forms.Form):
    body = forms.CharField(label=_("Approving body"), max_length=200)
    decision_number = forms.CharField(label=_("Decision number"), max_length=60, required=False)
    approved_on = forms.DateField(label=_("Approval date"), widget=DATE)


class SendOnForm(forms.Form):
    """The day the approved agreement was sent, to the governor or to the signatories."""

    on = forms.DateField(
        label=_("Sent on"),
        widget=DATE,
        help_text=_("To the governor for the visa, or to the parties for signature."),
    )


class VisaForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Governor's answer"),
        choices=[
            (VisaOutcome.GRANTED, VisaOutcome.GRANTED.label),
            (VisaOutcome.REFUSED, VisaOutcome.REFUSED.label),
        ],
    )
    decided_on = forms.DateField(label=_("Date of the answer"), widget=DATE)


class SignatureForm(forms.Form):
    signed_on = forms.DateField(label=_("Signed on"), widget=DATE)
    signatory = forms.CharField(label=_("Signatory"), max_length=200)


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How it ended"), choices=[(s.value, s.label) for s in Stage if s in CLOSED]
    )
    on = forms.DateField(label=_("Date"), widget=DATE)
    reason = forms.CharField(label=_("Reason"), max_length=250, required=False)


class SuspendForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=DATE)
    reason = forms.CharField(label=_("Reason"), max_length=250)


class WaiverForm(forms.Form):
    """Why an obligation is waived, or why its waiver is undone: kept on the timeline."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=250,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required. Kept on the agreement's timeline with your name."),
        error_messages={"required": _("Give the reason: it is kept on the agreement's timeline.")},
    )


class ObligationForm(forms.ModelForm):
    class Meta:
        model = Obligation
        fields = [
            "kind",
            "in_kind_type",
            "description_ar",
            "description_fr",
            "description_en",
            "amount",
            "currency",
            "tranche",
            "due_date",
            "due_year",
        ]
        widgets = {
            "due_date": DATE,
            "description_ar": forms.TextInput(attrs=RTL),
            "description_fr": forms.TextInput(attrs=LTR_FR),
            "description_en": forms.TextInput(attrs=LTR_EN),
        }
        help_texts = {
            "amount": _("For a contribution in kind, its estimated value."),
            "due_year": _("When only the year is known."),
        }

    def __init__(self, *args, party, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.party = party
        self.fields["currency"].widget = forms.Select(choices=currency_choices())

    # The rules (a date or a year, a described contribution in kind, a plausible amount) are
    # the model's: Obligation.clean(), met by every entry point.


class DeliveryForm(forms.Form):
    delivered_on = forms.DateField(label=_("Delivered on"), widget=DATE)
    mad_value = forms.DecimalField(
        label=_("Value delivered (MAD)"), min_value=0.01, max_digits=16, decimal_places=2
    )
    note = forms.CharField(label=_("Note"), max_length=255, required=False)
    proof = forms.FileField(label=_("Proof (PDF, image or office document)"), required=False)


class PaymentDeclarationForm(forms.Form):
    """A representative's declaration that a tranche was paid: the proof is required, since
    finance confirms the payment from it."""

    delivered_on = forms.DateField(label=_("Paid on"), widget=DATE)
    mad_value = forms.DecimalField(
        label=_("Value paid (MAD)"), min_value=0.01, max_digits=16, decimal_places=2
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=255,
        required=False,
        help_text=_("For example the bank transfer's reference."),
    )
    proof = forms.FileField(
        label=_("Proof of the payment (PDF, image or office document)"),
        help_text=_("The transfer order or the bank's notice."),
    )


class PaymentRefusalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for refusal"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("The representative reads it, and may declare the payment again."),
    )


class AmendmentForm(forms.ModelForm):
    class Meta:
        model = Amendment
        fields = [
            "number",
            "dated",
            "title_ar",
            "title_fr",
            "title_en",
            "council_date",
            "council_decision_number",
            "new_start_date",
            "new_end_date",
        ]
        widgets = {
            "dated": DATE,
            "council_date": DATE,
            "new_start_date": DATE,
            "new_end_date": DATE,
            "title_ar": forms.TextInput(attrs=RTL),
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.agreement = agreement


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title_ar", "title_fr", "title_en", "category", "file", "is_public", "previous"]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "title_en": forms.TextInput(attrs=LTR_EN),
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.agreement = agreement
        self.fields["previous"].queryset = Document.objects.filter(
            agreement=agreement, next_version__isnull=True
        )
        self.fields["previous"].label = _("New version of")
        self.fields["category"].initial = DocumentCategory.SIGNED


class ConventionTemplateForm(forms.Form):
    """A kind's convention template in one language, and the agreement to preview it on."""

    title = forms.CharField(
        label=_("Title"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The document's title: its first line in large type, the others below it."),
    )
    body = forms.CharField(
        label=_("Articles"),
        widget=forms.Textarea(attrs={"rows": 30}),
        help_text=_(
            "One paragraph per line. A line starting with “# ” is an article's heading, a line "
            "starting with “- ” an item of a list."
        ),
    )
    legal_references = forms.CharField(
        label=_("Legal references of this kind"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One reference per line; {{ legal_references }} shows them in the document."),
    )
    preview_agreement = SearchableModelChoiceField(
        kind="agreements",
        label=_("Agreement to preview on"),
        queryset=Agreement.objects.none(),
        required=False,
        help_text=_("Previewing saves nothing."),
    )

    def __init__(self, *args, language, agreements, **kwargs):
        super().__init__(*args, **kwargs)
        attrs = RTL if language == "ar" else LTR_FR
        for name in ("title", "body", "legal_references"):
            self.fields[name].widget.attrs.update(attrs)
        self.fields["preview_agreement"].queryset = agreements

    def clean_title(self):
        return self._checked("title")

    def clean_body(self):
        return self._checked("body")

    def _checked(self, name):
        from .conventions import placeholders

        text = self.cleaned_data[name]
        placeholders.check(text)
        return text
