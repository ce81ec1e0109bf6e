from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GrantsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "taawun.grants"
    verbose_name = _("Calls for projects and grants")

    def ready(self):
        from taawun.agreements.signals import delivery_asked
        from taawun.core import caching

        from .tranches import tranche_refusal

        # A tranche whose condition is a report is not paid before the report is accepted.
        delivery_asked.connect(tranche_refusal, dispatch_uid="grants.tranche_refusal")

        from . import models

        # The portal shows calls, their grid and documents, and the selected applications: a
        # change moves the data version (page counts, the sitemap). The calls' pages are not
        # among caching.PUBLIC_NAMESPACES: their countdown moves with the clock, not the data,
        # so a reader's copy is never answered 304.
        caching.watch(
            models.Call,
            models.Criterion,
            models.RequiredDocument,
            models.Application,
            models.GrantReport,
        )
