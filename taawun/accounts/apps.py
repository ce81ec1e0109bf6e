from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "taawun.accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import permissions

        # Every app's rules.py, once all models are loaded.
        permissions.gather()
