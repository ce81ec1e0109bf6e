from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoryConfig(AppConfig):
    name = "taawun.territory"
    verbose_name = _("Territory")

    def ready(self):
        from . import signals  # noqa: F401  (cache invalidation)
