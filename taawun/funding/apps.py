from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "taawun.funding"
    verbose_name = _("Funding opportunities")

    def ready(self):
        from taawun.core import caching

        from . import models

        # The portal shows the public opportunities and their deadlines.
        caching.watch(models.FundingOpportunity, models.Deadline)
        from taawun.core import panels

        from .panels import shortlist

        # On a project's page: the open opportunities that fit it, with their reasons.
        panels.register("projects.Project", "funding/includes/shortlist.html", shortlist, order=20)
