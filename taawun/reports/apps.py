from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "taawun.reports"
    verbose_name = _("Reports")

    def ready(self):
        from taawun.core.caching import after_change

        from .tasks import queue_render_ahead

        after_change(queue_render_ahead)
