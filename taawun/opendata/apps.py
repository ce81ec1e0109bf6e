from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "taawun.opendata"
    verbose_name = _("Open data")

    def ready(self):
        from taawun.core.caching import after_change
        from taawun.core.published import queue_rebuild

        from .views import register_files

        register_files()
        # After a committed change of the public data, the worker rebuilds the files.
        after_change(queue_rebuild)
