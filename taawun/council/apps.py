from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilConfig(AppConfig):
    name = "taawun.council"
    verbose_name = _("Council")

    def ready(self):
        from taawun.core import caching
        from taawun.core import calendars as core_calendars

        from . import calendars, models

        # The public pages show sessions and their points: a change makes every public page newer.
        caching.watch(models.CouncilSession, models.SessionPoint)
        caching.PUBLIC_NAMESPACES.add("council-public")
        # Published sessions in the public calendar feed, beside the public meetings.
        core_calendars.register_public_source(calendars.public_entries)
