from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "taawun.core"
    verbose_name = _("Core")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
        from .search import register_searchable_models

        register_searchable_models()
        post_migrate.connect(index_if_empty, sender=self)


def index_if_empty(sender, using="default", **kwargs):
    """After migrations: an empty search index is filled from the records there (a database
    from before the index, or one restored without it), and so is one whose entries have no
    titles yet (from before the ranking)."""
    from .models import SearchEntry
    from .search import reindex

    entries = SearchEntry.objects.using(using)
    if not entries.exists() or entries.filter(title="").exists():
        reindex()
