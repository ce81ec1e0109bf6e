from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "taawun.projects"
    verbose_name = _("Projects")

    def ready(self):
        from taawun.core import caching

        from . import models, signals  # noqa: F401 (signals: the funding plan follows obligations)

        caching.watch(
            models.Project,
            models.Transaction,
            models.Contribution,
            models.Update,
            models.Milestone,
            models.Indicator,
            models.IndicatorPeriod,
            models.ProjectLocation,
            models.Participant,
        )
