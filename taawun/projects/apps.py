from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "taawun.projects"
    verbose_name = _("Projects")

    def ready(self):
        from taawun.core import caching, search
        from taawun.core.choices import register_choices

        from . import models, signals  # noqa: F401 (signals: the funding plan follows obligations)

        search.register(models.Update, ("title_*", "body_*"))

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
        # The project chooser (a priority's answering project…): the reader's own scope.
        register_choices("projects", project_choices, "title", others=("code",))


def project_choices(request):
    """The projects a reader may choose among: their workspace scope, else the public ones."""
    from .models import Project

    if request is not None and request.user.is_authenticated:
        return Project.objects.visible_to(request.user)
    return Project.public_objects.all()
