from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def locality_choices(request):
    from .models import Locality

    return Locality.objects.all()


class TerritoryConfig(AppConfig):
    name = "taawun.territory"
    verbose_name = _("Territory")

    def ready(self):
        from taawun.core import caching, search
        from taawun.core.choices import register_choices

        from . import signals  # noqa: F401  (cache invalidation)
        from .models import CommuneProfile, Domain, Locality, PacAxis

        caching.watch(Locality, Domain, PacAxis, CommuneProfile)
        search.register(Locality, ("name_*",))
        register_choices("localities", locality_choices, "name")
