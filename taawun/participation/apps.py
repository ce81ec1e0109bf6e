from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "taawun.participation"
    verbose_name = _("Participation")

    def ready(self):
        from taawun.core import caching

        from . import models, notifications

        # The public pages show priorities, their answers and links: a change makes them newer.
        caching.watch(
            models.Priority,
            models.PriorityProject,
            models.InformationRequest,
            models.Petition,
            models.PetitionSignature,
        )
        caching.PUBLIC_NAMESPACES.update({"priorities", "information", "petitions"})
        notifications.register_kinds()
