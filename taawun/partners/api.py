from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from rest_framework import mixins, serializers, viewsets

from taawun.core.api import (
    PublicOrScopedViewSetMixin,
    StaffOnlyFieldsMixin,
    VersionedViewSetMixin,
    VersionField,
)
from taawun.core.concurrency import StaleEdit
from taawun.territory.models import Domain

from . import services
from .filters import PartnerFilter
from .models import Partner

PUBLIC_FIELDS = [
    "id",
    "kind",
    "iati_type",
    "name_ar",
    "name_fr",
    "name_en",
    "acronym",
    "country",
    "city",
    "address",
    "website",
    "registration_id",
    "iati_identifier",
    "status",
    "domains",
    "description_ar",
    "description_fr",
    "description_en",
]


class PublicPartnerSerializer(serializers.ModelSerializer):
    """What anyone may read: the organisation, never its contact people or internal notes."""

    iati_type = serializers.CharField(read_only=True)
    domains = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Domain.objects.all(), required=False
    )

    class Meta:
        model = Partner
        fields = PUBLIC_FIELDS


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()


class PartnerSerializer(StaffOnlyFieldsMixin, PublicPartnerSerializer):
    """For the commune and the partner itself: adds internal fields and contact people (the
    notes only for the commune's people, rules.STAFF_ONLY_FIELDS)."""

    contacts = ContactSerializer(many=True, read_only=True)
    version = VersionField()

    class Meta(PublicPartnerSerializer.Meta):
        fields = [*PUBLIC_FIELDS, "notes", "is_public", "archived_at", "contacts", "version"]
        read_only_fields = ["archived_at"]


class PartnerViewSet(
    PublicOrScopedViewSetMixin,
    VersionedViewSetMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Partners: anyone reads the public register; the commune's staff write.

    A partner's representative reads and updates its own organisation only.
    Writes go through the same service as the workspace pages. A detail carries its version as
    ETag; PUT/PATCH with a stale If-Match is 412 (core.api.VersionedViewSetMixin); without
    If-Match the write is not checked unless the body's `version` is stale (409).
    """

    filterset_class = PartnerFilter
    model = Partner
    public_serializer_class = PublicPartnerSerializer
    internal_serializer_class = PartnerSerializer
    write_permissions = {
        "create": "partners.add_partner",
        "update": "partners.change_partner",
        "partial_update": "partners.change_partner",
    }

    def get_queryset(self):
        domains = Prefetch("domains", queryset=Domain.objects.only("code"))
        if self.internal():
            return self.scoped().current().prefetch_related(domains, "contacts").order_by("pk")
        return self.scoped().prefetch_related(domains).order_by("pk")

    def _save(self, serializer, instance):
        """The serializer shapes the input; the service checks and writes it (the same one as
        the workspace pages). A representative's fields outside its own are left out."""
        allowed = services.editable_fields(self.request.user)
        version = self.expected_version(serializer)
        data = {k: v for k, v in serializer.validated_data.items() if k in allowed}
        try:
            if instance is None:
                saved = services.partner_create(by=self.request.user, **data)
            else:
                saved = services.partner_update(
                    partner=instance, by=self.request.user, expected_version=version, **data
                )
        except StaleEdit:
            raise  # 412 / 409 (VersionedViewSetMixin), not a 400
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None
        serializer.instance = saved

    def perform_create(self, serializer):
        self._save(serializer, None)

    def perform_update(self, serializer):
        self._save(serializer, serializer.instance)
