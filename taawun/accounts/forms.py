from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    """Sign-in form; autocomplete hints help password managers and phones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "dir": "ltr"})
        # A resident's user name is the e-mail address they signed up with.
        self.fields["username"].help_text = _("Residents: the e-mail address of your account.")
        self.fields["password"].widget = forms.PasswordInput(
            attrs={"autocomplete": "current-password", "dir": "ltr"}
        )


class ProfileForm(forms.Form):
    """The language a person receives their e-mails and calendar entries in."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)


class PreferencesForm(forms.Form):
    """One checkbox per kind of e-mail (accounts.notifications), ticked when received."""

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        for kind in kinds:
            self.fields[kind.code] = forms.BooleanField(label=kind.label, required=False)
