from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from taawun.core.api import (
    PublicOrScopedViewSetMixin,
    StaffOnlyFieldsMixin,
    VersionedViewSetMixin,
)
from taawun.partners.fields import PartnerNameField, PartnerRefField

from .choices import AmendmentStatus
from .filters import AgreementFilter
from .models import Agreement, Amendment, Obligation, Party


class ObligationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Obligation
        fields = [
            "id",
            "kind",
            "in_kind_type",
            "description_ar",
            "description_fr",
            "description_en",
            "amount",
            "currency",
            "mad_value",
            "tranche",
            "due_date",
            "due_year",
            "status",
            "delivered_mad",
        ]


class PartySerializer(serializers.ModelSerializer):
    partner = PartnerRefField()
    partner_name = PartnerNameField(source="partner")
    obligations = ObligationSerializer(many=True, read_only=True)

    class Meta:
        model = Party
        fields = [
            "id",
            "partner",
            "partner_name",
            "role",
            "representative_ar",
            "representative_fr",
            "approval_body",
            "approval_decision_number",
            "approval_date",
            "signed_on",
            "obligations",
        ]


class AmendmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Amendment
        fields = [
            "number",
            "dated",
            "title_ar",
            "title_fr",
            "title_en",
            "new_start_date",
            "new_end_date",
            "status",
        ]


class AgreementSerializer(serializers.ModelSerializer):
    """The public record: never internal notes."""

    kind = serializers.SlugRelatedField(slug_field="code", read_only=True)
    domains = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    localities = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    parties = PartySerializer(many=True, read_only=True)
    amendments = serializers.SerializerMethodField()

    class Meta:
        model = Agreement
        fields = [
            "id",
            "reference",
            "title_ar",
            "title_fr",
            "title_en",
            "object_ar",
            "object_fr",
            "object_en",
            "kind",
            "parent",
            "domains",
            "localities",
            "pac_axis",
            "start_date",
            "end_date",
            "renewal",
            "stage",
            "council_session_ar",
            "council_session_fr",
            "council_date",
            "council_decision_number",
            "visa_outcome",
            "visa_date",
            "entered_into_force_on",
            "parties",
            "amendments",
        ]

    @extend_schema_field(AmendmentSerializer(many=True))
    def get_amendments(self, agreement):
        return AmendmentSerializer(
            [a for a in agreement.amendments.all() if a.status == AmendmentStatus.APPROVED],
            many=True,
        ).data


class InternalAgreementSerializer(StaffOnlyFieldsMixin, AgreementSerializer):
    """For the signed-in: internal notes only for the commune's people (rules.py)."""

    class Meta(AgreementSerializer.Meta):
        fields = [
            *AgreementSerializer.Meta.fields,
            "is_public",
            "internal_notes",
            "stage_since",
            "visa_submitted_on",
        ]


class AgreementViewSet(
    PublicOrScopedViewSetMixin, VersionedViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """The register of agreements: public ones for everyone; the workspace scope when signed in.

    Changes go through the workspace, where each lifecycle step checks its preconditions.
    """

    filterset_class = AgreementFilter
    model = Agreement
    public_serializer_class = AgreementSerializer
    internal_serializer_class = InternalAgreementSerializer

    def get_queryset(self):
        return (
            self.scoped()
            .select_related("kind")
            .prefetch_related(
                "domains",
                "localities",
                "amendments",
                Prefetch(
                    "parties",
                    queryset=Party.objects.select_related("partner").prefetch_related(
                        "obligations"
                    ),
                ),
            )
            .order_by("pk")
        )
