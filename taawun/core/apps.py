from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "taawun.core"
    verbose_name = _("Core")

    def ready(self):
        from . import caching, checks  # noqa: F401  (checks registers the deployment checks)

        caching.connect_signals()
