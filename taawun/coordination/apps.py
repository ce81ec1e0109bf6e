from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    name = "taawun.coordination"
    verbose_name = _("Coordination")

    def ready(self):
        from taawun.core import caching
        from taawun.core import calendars as core_calendars

        from . import calendars, models, notifications

        # What the public pages show: a change to any of them makes every public page newer.
        caching.watch(models.Committee, models.Meeting, models.AgendaItem, models.Decision)
        # The agreement's public page counts its action items done and late (counts.py).
        caching.watch(models.ActionItem)
        # The public pages answer 304 to a reader who has them, like the portal's.
        caching.PUBLIC_NAMESPACES.add("coordination-public")
        # The personal feed (their meetings, their action items' due dates) and the public one.
        core_calendars.register_source(calendars.personal_entries)
        core_calendars.register_public_source(calendars.public_entries)
        # Invitations and reminders by e-mail, each of which a person can switch off.
        notifications.register_kinds()
