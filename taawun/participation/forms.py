"""The forms of participation: they shape input; the services check and write it."""

import re

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from taawun.core.files import validate_document
from taawun.core.forms import DATE, LTR_EN, LTR_FR, RTL
from taawun.core.ratelimit import HONEYPOT
from taawun.core.widgets import SearchableSelect
from taawun.territory.models import Domain, Locality, PacAxis

from .choices import AnswerState, LinkKind
from .models import InformationRequest, Petition, Priority, PriorityFlag, PriorityProject


class HoneypotMixin(forms.Form):
    """A field hidden from people (CSS and aria-hidden) that robots fill in: such a form is
    refused. No third-party captcha."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        data = super().clean()
        if (data.get(HONEYPOT) or "").strip():
            raise forms.ValidationError(_("This form could not be accepted. Nothing was saved."))
        return data


class SignUpForm(HoneypotMixin, forms.Form):
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        help_text=_("How the commune addresses you. It is never shown on the public site."),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=150,  # it becomes the account's user name (150 characters at most)
        help_text=_("We send a link to confirm it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    locality = forms.ModelChoiceField(
        label=_("Your douar or neighbourhood"),
        queryset=Locality.objects.in_reading_order(),
        required=False,
        help_text=_("Optional."),
        widget=SearchableSelect("localities"),  # every douar of a commune; a search beyond
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    notice = forms.BooleanField(
        label=_("I have read the information notice above on my personal data."),
        error_messages={"required": _("Read and accept the information notice to sign up.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password2") != data.get("password1"):
            self.add_error("password2", _("The two passwords are not the same."))
        return data


class ProposeForm(HoneypotMixin, forms.ModelForm):
    photo = forms.ImageField(
        label=_("Photo"),
        required=False,
        help_text=_(
            "Optional: JPEG, PNG or WebP. Its hidden data (the place and time your phone "
            "recorded) is removed before it is kept."
        ),
    )

    class Meta:
        model = Priority
        fields = [
            "title",
            "description",
            "language",
            "domain",
            "pac_axis",
            "locality",
            "latitude",
            "longitude",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "latitude": forms.NumberInput(attrs={"step": "0.00001", "dir": "ltr"}),
            "longitude": forms.NumberInput(attrs={"step": "0.00001", "dir": "ltr"}),
        }
        help_texts = {
            "title": _("In a few words: what is needed, and where."),
            "description": _("What the problem is, who it affects, what you propose."),
            "latitude": _("Optional, with the longitude: the place on the map."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domain"].queryset = Domain.objects.order_by("pk")
        self.fields["pac_axis"].queryset = PacAxis.objects.order_by("pk")
        self.fields["pac_axis"].help_text = _("Optional: the commune's programme it belongs to.")
        self.fields["locality"].queryset = Locality.objects.in_reading_order()


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The author reads it: say what breaks the rules of participation."),
    )


class AnswerForm(forms.ModelForm):
    class Meta:
        model = Priority
        fields = [
            "answer_state",
            "rejection_reason",
            "merged_into",
            "answer_ar",
            "answer_fr",
            "answer_en",
        ]
        widgets = {
            "answer_ar": forms.Textarea(attrs={**RTL, "rows": 5}),
            "answer_fr": forms.Textarea(attrs={**LTR_FR, "rows": 5}),
            "answer_en": forms.Textarea(attrs={**LTR_EN, "rows": 5}),
        }
        help_texts = {
            "rejection_reason": _("Required when the priority is not accepted."),
            "merged_into": _("Required when it is merged into another priority."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Merged into a published priority of the same place (a short list, not a search).
        self.fields["merged_into"].queryset = (
            Priority.public_objects.filter(locality_id=self.instance.locality_id)
            .exclude(pk=self.instance.pk)
            .order_by("-pk")
        )
        self.fields["answer_state"].choices = AnswerState.choices


class LinkForm(forms.ModelForm):
    class Meta:
        model = PriorityProject
        fields = ["project", "kind"]
        widgets = {"project": SearchableSelect("projects")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = LinkKind.choices


class PaperSupportsForm(forms.Form):
    paper_supports = forms.IntegerField(
        label=_("Supports on paper"),
        min_value=0,
        max_value=100_000,
        help_text=_("The signatures gathered at a workshop or on a sheet, counted."),
    )


class VerifyForm(forms.Form):
    """At the commune office: the resident shows their national ID card to an officer."""

    email = forms.EmailField(
        label=_("The resident's e-mail address"),
        help_text=_("The address of their account."),
        widget=forms.EmailInput(attrs={"dir": "ltr"}),
    )
    national_id = forms.CharField(
        label=_("National ID card number"),
        max_length=20,
        help_text=_("Read from the card. Only a keyed hash of it is kept, never the number."),
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )


class RequestForm(HoneypotMixin, forms.ModelForm):
    """A request for information, by anyone (Law 31-13 asks for a name and a contact)."""

    class Meta:
        model = InformationRequest
        fields = ["requester_name", "requester_contact", "subject", "urgent"]
        widgets = {
            "subject": forms.Textarea(attrs={"rows": 6}),
            "requester_contact": forms.TextInput(attrs={"dir": "auto"}),
        }
        help_texts = {
            "subject": _("Say which information or document you ask for, as precisely as you can."),
        }


class PaperRequestForm(forms.ModelForm):
    """A request received at the office or by post, recorded by the commune."""

    class Meta:
        model = InformationRequest
        fields = [
            "requester_name",
            "requester_contact",
            "language",
            "subject",
            "urgent",
            "received_on",
        ]
        widgets = {"subject": forms.Textarea(attrs={"rows": 6}), "received_on": DATE}


class ExtendForm(forms.Form):
    extension_reason = forms.CharField(
        label=_("Reason for the extension"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The requester is told why (for example: documents to be gathered)."),
    )


class RequestAnswerForm(forms.ModelForm):
    answered_on = forms.DateField(
        label=_("Answered on"),
        required=False,
        widget=DATE,
        help_text=_("Today if left empty."),
    )
    document = forms.FileField(
        label=_("Document given"),
        required=False,
        help_text=_(
            "A PDF, an image or an office document. The requester gets a private link to it by "
            "e-mail; it is never public."
        ),
    )

    class Meta:
        model = InformationRequest
        fields = ["state", "answer", "refusal_ground", "public_summary_ar", "public_summary_fr"]
        widgets = {
            "answer": forms.Textarea(attrs={"rows": 6}),
            "public_summary_ar": forms.TextInput(attrs=RTL),
            "public_summary_fr": forms.TextInput(attrs=LTR_FR),
        }
        help_texts = {
            "refusal_ground": _("Required when the request is refused or partly answered."),
            "public_summary_ar": _(
                "What the public register shows of the request: no name, nothing personal."
            ),
        }

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if upload:
            validate_document(upload)  # says why a file is refused, before anything is kept
        return upload

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("document"):
            # What is given may be the document alone: the record's rule sees it is there.
            self.instance.answer_document = cleaned_data["document"]
        return cleaned_data


class PetitionForm(forms.ModelForm):
    """A petition deposited with the council's president, recorded by the commune."""

    class Meta:
        model = Petition
        fields = [
            "kind",
            "association",
            "title",
            "object",
            "language",
            "proxy_name",
            "proxy_contact",
            "deposited_on",
        ]
        widgets = {
            "object": forms.Textarea(attrs={"rows": 6}),
            "deposited_on": DATE,
            "association": SearchableSelect("partners"),
        }


class SignaturesForm(forms.Form):
    rows = forms.CharField(
        label=_("Signatures from the paper sheets"),
        widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}),
        max_length=200_000,
        help_text=_(
            "One signatory per line: full name; national ID number (a semicolon, an Arabic "
            "semicolon or a tab between them). A number already entered counts once."
        ),
    )

    def clean_rows(self):
        rows = []
        for line in self.cleaned_data["rows"].splitlines():
            if not line.strip():
                continue
            # the Arabic keyboard's semicolon (؛) or a tab pasted from a spreadsheet too
            name, _sep, number = re.sub(r"[؛\t]", ";", line).rpartition(";")
            rows.append((name.strip(), number.strip()))
        if not rows:
            raise forms.ValidationError(_("Enter at least one signatory."))
        if len(rows) > 5000:
            raise forms.ValidationError(_("At most 5,000 signatories at a time."))
        return rows


class AdmitForm(forms.Form):
    association_over_three_years = forms.BooleanField(
        label=_("Constituted in Morocco for more than three years"), required=False
    )
    association_seat_in_commune = forms.BooleanField(
        label=_("Seat or branch in the commune"), required=False
    )
    association_activity_related = forms.BooleanField(
        label=_("Activity related to the petition's object"), required=False
    )


class RefuseForm(forms.Form):
    inadmissibility_reasons = forms.CharField(
        label=_("Reasons"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Notified to the proxy or the association's legal representative."),
    )


class PlaceForm(forms.Form):
    session = forms.ModelChoiceField(label=_("Ordinary session"), queryset=None)
    committee = forms.ModelChoiceField(
        label=_("Referred to the committee"),
        queryset=None,
        required=False,
        help_text=_("The permanent committee of the council that studies the petition."),
    )

    def __init__(self, *args, **kwargs):
        from taawun.coordination.choices import CommitteeKind
        from taawun.coordination.models import Committee

        from .services import next_ordinary_sessions

        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = next_ordinary_sessions()
        self.fields["committee"].queryset = Committee.objects.filter(
            kind=CommitteeKind.COUNCIL
        ).order_by("pk")


class WithdrawPetitionForm(forms.Form):
    withdrawal_reason = forms.CharField(
        label=_("Reason for the withdrawal"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Who withdrew it (the proxy, the association's representative) and how."),
    )


class FlagForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = PriorityFlag
        fields = ["reason", "note"]
        help_texts = {"note": _("Optional: what the moderators should look at.")}
