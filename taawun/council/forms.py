"""The workspace forms of the council's sessions: they shape input; the services check and
write it."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from taawun.core.forms import DATE, LTR_FR, RTL
from taawun.core.widgets import SearchableSelect

from .choices import PointResult
from .models import CouncilSession, SessionPoint, ordinary_months_label
from .services.points import MAX_VOTES


class _MonthsLabel:
    """The ordinary months named in the reader's language when the help is shown."""

    def __str__(self):
        return ordinary_months_label()


class SessionForm(forms.ModelForm):
    class Meta:
        model = CouncilSession
        fields = [
            "kind",
            "name_ar",
            "name_fr",
            "name_en",
            "opens_on",
            "venue_ar",
            "venue_fr",
            "status",
        ]
        widgets = {
            "name_ar": forms.TextInput(attrs=RTL),
            "name_fr": forms.TextInput(attrs=LTR_FR),
            "opens_on": DATE,
            "venue_ar": forms.TextInput(attrs=RTL),
            "venue_fr": forms.TextInput(attrs=LTR_FR),
        }
        help_texts = {
            "name_ar": _("For example: الدورة العادية لشهر فبراير 2025."),
            "name_fr": _("For example: Session ordinaire de février 2025."),
            "opens_on": format_lazy(
                _("An ordinary session opens in {months}; at another time it is extraordinary."),
                months=_MonthsLabel(),
            ),
        }


class PointForm(forms.ModelForm):
    class Meta:
        model = SessionPoint
        fields = ["order", "title_ar", "title_fr", "title_en", "agreement"]
        widgets = {
            "title_ar": forms.TextInput(attrs=RTL),
            "title_fr": forms.TextInput(attrs=LTR_FR),
            "agreement": SearchableSelect("agreements"),
        }
        help_texts = {"order": _("Left empty, the point goes last.")}

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.session = session
        self.fields["order"].required = False
        self.fields["order"].max_value = 999
        self.fields["order"].widget.attrs["max"] = 999
        if self.instance.pk is None:
            self.initial.pop("order", None)
            self.fields["order"].initial = None

    def _post_clean(self):
        # The service checks the record (constraints included) and says what is wrong.
        pass


class OutcomeForm(forms.Form):
    votes_for = forms.IntegerField(label=_("Votes for"), min_value=0, max_value=MAX_VOTES)
    votes_against = forms.IntegerField(label=_("Votes against"), min_value=0, max_value=MAX_VOTES)
    votes_abstaining = forms.IntegerField(
        label=_("Abstentions"), min_value=0, max_value=MAX_VOTES, initial=0
    )
    decision_number = forms.CharField(label=_("Decision number"), max_length=40)
    result = forms.ChoiceField(
        label=_("Result"),
        choices=PointResult.choices,
        help_text=_(
            "Adopted with more votes for than against; otherwise rejected. For an agreement, "
            "the vote moves it to its next stage, as its own deliberation step does."
        ),
    )
    held_on = forms.DateField(
        label=_("Deliberation date"),
        widget=DATE,
        required=False,
        help_text=_("Left empty: the day the session opened."),
    )
