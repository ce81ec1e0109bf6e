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
        from taawun.accounts.notifications import register_kind
        from taawun.core import panels

        from . import digest
        from .panels import shortlist

        # The weekly digest of deadlines (send_funding_digest), which each person can switch off.
        register_kind(
            digest.WEEKLY,
            _("Weekly digest of funding opportunities and deadlines"),
            context=digest.digest_context,
        )
        # On a project's page: the open opportunities that fit it, with their reasons.
        panels.register("projects.Project", "funding/includes/shortlist.html", shortlist, order=20)
