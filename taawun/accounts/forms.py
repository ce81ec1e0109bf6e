from django import forms
from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    """Sign-in form; autocomplete hints help password managers and phones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "dir": "ltr"})
        self.fields["password"].widget = forms.PasswordInput(
            attrs={"autocomplete": "current-password", "dir": "ltr"}
        )
