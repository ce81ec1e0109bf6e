from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "taawun.partners"
    verbose_name = _("Partners")

    def ready(self):
        from taawun.core import caching
        from taawun.core.choices import register_choices

        from .filters import partner_choices
        from .models import Partner

        caching.watch(Partner)
        # Anyone may search the partners they may filter by: the public ones, or all current
        # ones for the commune's staff (partner_choices decides, as it does for the filters).
        register_choices("partners", partner_choices, "name")
