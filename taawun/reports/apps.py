from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "taawun.reports"
    verbose_name = _("Reports")

    def ready(self):
        from taawun.core.caching import after_change
        from taawun.core.published import queue_rebuild

        from .views.annual import register_files

        register_files()
        # After a committed change of the public data, the worker rebuilds the PDFs.
        after_change(queue_rebuild)

        from taawun.core import panels

        from .panels import brief_link

        # On a partner's page: the brief to read before meeting it.
        panels.register("partners.Partner", "reports/includes_brief_link.html", brief_link)
