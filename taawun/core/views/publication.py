"""The staff action that publishes or unpublishes a public record (core.publication)."""

from django.utils.translation import gettext_lazy as _

from ..publication import set_published
from .records import RecordActionView


class PublishView(RecordActionView):
    """POST only: `published=True` in the URL's extra arguments publishes the record, False
    unpublishes it. An app's URL gives `model` (its records the user may see, others are 404)
    and `permission` (the rule that says who may publish)."""

    published = True
    model = None

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def act(self, record):
        set_published(record=record, published=self.published, by=self.request.user)
        if self.published:
            return _("Published: the public portal and the open data now show it.")
        return _("Unpublished: the public portal and the open data no longer show it.")
