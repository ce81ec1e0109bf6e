from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "taawun.knowledge"
    verbose_name = _("Exchange of expertise")

    def ready(self):
        from taawun.core import caching

        from . import models

        # The portal shows published cards, their files and replications: a change moves the
        # data version (page counts, the sitemap).
        caching.watch(
            models.Practice,
            models.PracticeFile,
            models.Replication,
            models.Mission,
            models.MissionMember,
            # the capacity figures (the API, the dashboard)
            models.Training,
            models.TrainingParticipant,
        )
        from taawun.core import panels

        from .panels import project_practices

        # On a project's page: its good practices, and the way to write one from it.
        panels.register(
            "projects.Project", "knowledge/includes/project_practices.html", project_practices
        )
