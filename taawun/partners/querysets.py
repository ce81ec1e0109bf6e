from django.db import models
from django.db.models import Q

from taawun.core import permissions


class PartnerQuerySet(models.QuerySet):
    def current(self):
        return self.filter(archived_at__isnull=True)

    def public(self):
        """What anyone may see: published and not archived."""
        return self.current().filter(is_public=True)

    def visible_to(self, user):
        """Workspace scope: everything for the commune, one organisation for a representative."""
        if permissions.sees_everything(user):
            return self
        if permissions.has_role(user, permissions.ORGANISATION_ROLES):
            return self.filter(pk=user.partner_id)
        return self.none()

    def search(self, text):
        text = (text or "").strip()
        if not text:
            return self
        return self.filter(
            Q(name_ar__icontains=text)
            | Q(name_fr__icontains=text)
            | Q(name_en__icontains=text)
            | Q(acronym__icontains=text)
            | Q(city__icontains=text)
        )


class PublicPartnerManager(models.Manager.from_queryset(PartnerQuerySet)):
    """Starting point for the portal, the anonymous API and the exports."""

    def get_queryset(self):
        return super().get_queryset().public()
