from django.db import models
from django.db.models import Q, Sum

from taawun.core import permissions


class ProjectQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def visible_to(self, user):
        """All for the commune; for a representative, projects its organisation takes part in."""
        if permissions.sees_everything(user):
            return self
        if permissions.has_role(user, permissions.ORGANISATION_ROLES):
            from .models import Contribution, Participant, Transaction

            partner = user.partner_id
            return self.filter(
                Q(owner_id=partner)
                | Q(pk__in=Participant.objects.filter(partner_id=partner).values("project_id"))
                | Q(pk__in=Contribution.objects.filter(partner_id=partner).values("project_id"))
                | Q(pk__in=Transaction.objects.filter(provider_id=partner).values("project_id"))
            )
        return self.none()

    def search(self, text):
        text = (text or "").strip()
        if not text:
            return self
        return self.filter(
            Q(code__icontains=text)
            | Q(title_ar__icontains=text)
            | Q(title_fr__icontains=text)
            | Q(title_en__icontains=text)
        )

    def totals(self):
        """Sums of the summary columns over this queryset, in MAD."""
        from decimal import Decimal

        sums = self.aggregate(
            budget=Sum("budget"),
            planned=Sum("planned_mad"),
            in_kind=Sum("in_kind_mad"),
            committed=Sum("committed_mad"),
            disbursed=Sum("disbursed_mad"),
            spent=Sum("spent_mad"),
            secured=Sum("secured_mad"),
            commune=Sum("commune_mad"),
        )
        return {key: value or Decimal("0") for key, value in sums.items()}


class PublicProjectManager(models.Manager.from_queryset(ProjectQuerySet)):
    """Starting point for the portal, the anonymous API, the map and exports."""

    def get_queryset(self):
        return super().get_queryset().public()


class TransactionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(project__is_public=True)

    def visible_to(self, user):
        if permissions.sees_everything(user):
            return self
        from .models import Project

        return self.filter(project__in=Project.objects.visible_to(user))
