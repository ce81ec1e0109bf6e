from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer

from taawun.agreements.models import Agreement
from taawun.core.api import (
    PublicOrScopedViewSetMixin,
    StaffOnlyFieldsMixin,
    VersionedViewSetMixin,
)
from taawun.partners.fields import PartnerNameField, PartnerRefField

from . import geojson
from .filters import ProjectFilter
from .models import (
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Milestone,
    Participant,
    Project,
    ProjectLocation,
    Transaction,
)
from .selectors import project_detail_queryset

MONEY = {"max_digits": 16, "decimal_places": 2, "read_only": True}


class LocationSerializer(serializers.ModelSerializer):
    locality = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    locality_name = serializers.CharField(source="locality.name", read_only=True)

    class Meta:
        model = ProjectLocation
        fields = [
            "locality",
            "locality_name",
            "latitude",
            "longitude",
            "description_ar",
            "description_fr",
        ]


class ParticipantSerializer(serializers.ModelSerializer):
    """A partner's IATI organisation role in the project."""

    partner = PartnerRefField()
    partner_name = PartnerNameField(source="partner")

    class Meta:
        model = Participant
        fields = ["partner", "partner_name", "role"]


class TransactionSerializer(serializers.ModelSerializer):
    provider = PartnerRefField()
    provider_name = PartnerNameField(source="provider")
    receiver = PartnerRefField()
    receiver_name = PartnerNameField(source="receiver")

    class Meta:
        model = Transaction
        fields = [
            "id",
            "type",
            "date",
            "provider",
            "provider_name",
            "receiver",
            "receiver_name",
            "amount",
            "currency",
            "rate",
            "mad_value",
            "description_ar",
            "description_fr",
            "description_en",
        ]


class InternalTransactionSerializer(StaffOnlyFieldsMixin, TransactionSerializer):
    """For the signed-in: the override reason only for the commune's people (rules.py)."""

    class Meta(TransactionSerializer.Meta):
        fields = [*TransactionSerializer.Meta.fields, "override_reason"]


class MilestoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Milestone
        fields = [
            "title_ar",
            "title_fr",
            "title_en",
            "planned_date",
            "actual_date",
            "progress",
            "status",
        ]


class IndicatorValueSerializer(serializers.ModelSerializer):
    class Meta:
        model = IndicatorValue
        fields = ["sex", "age_group", "target", "actual"]


class IndicatorPeriodSerializer(serializers.ModelSerializer):
    values = IndicatorValueSerializer(many=True, read_only=True)

    class Meta:
        model = IndicatorPeriod
        fields = ["period_start", "period_end", "target", "actual", "comment", "values"]


class IndicatorSerializer(serializers.ModelSerializer):
    periods = IndicatorPeriodSerializer(many=True, read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "id",
            "name_ar",
            "name_fr",
            "name_en",
            "result_type",
            "measure",
            "unit_ar",
            "unit_fr",
            "unit_en",
            "baseline",
            "baseline_year",
            "disaggregation",
            "periods",
        ]


class ProjectSerializer(serializers.ModelSerializer):
    """The public record of a project: its plan, money, places, partners and results."""

    domains = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    pac_axis = serializers.SlugRelatedField(slug_field="number", read_only=True)
    owner = PartnerRefField()
    owner_name = PartnerNameField(source="owner")
    agreements = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    funding_gap = serializers.DecimalField(**MONEY)
    percent_funded = serializers.DecimalField(max_digits=5, decimal_places=1, read_only=True)
    locations = LocationSerializer(many=True, read_only=True)
    participants = ParticipantSerializer(many=True, read_only=True)
    transactions = TransactionSerializer(many=True, read_only=True)
    milestones = MilestoneSerializer(many=True, read_only=True)
    indicators = IndicatorSerializer(many=True, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Project
        fields = [
            "id",
            "code",
            "url",
            "title_ar",
            "title_fr",
            "title_en",
            "description_ar",
            "description_fr",
            "description_en",
            "status",
            "domains",
            "pac_axis",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "owner",
            "owner_name",
            "beneficiaries",
            "progress",
            "social_weight",
            "economic_weight",
            "environmental_weight",
            "expertise_exchange",
            "integration",
            "innovation",
            "budget",
            "planned_mad",
            "in_kind_mad",
            "committed_mad",
            "disbursed_mad",
            "spent_mad",
            "secured_mad",
            "commune_mad",
            "funding_gap",
            "percent_funded",
            "agreements",
            "locations",
            "participants",
            "transactions",
            "milestones",
            "indicators",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, project):
        """The project's public page, only when it has one."""
        if not project.is_public:
            return None
        request = self.context.get("request")
        url = project.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


class InternalProjectSerializer(ProjectSerializer):
    transactions = InternalTransactionSerializer(many=True, read_only=True)

    class Meta(ProjectSerializer.Meta):
        fields = [*ProjectSerializer.Meta.fields, "is_public", "created_at", "updated_at"]


class ProjectSummarySerializer(serializers.ModelSerializer):
    """A row of the project list: what a list shows, and the link to the whole record. The
    places, partners, agreements, transactions, milestones and indicators are in the record
    (`detail`), so a page of fifty projects costs what its rows cost."""

    domains = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    pac_axis = serializers.SlugRelatedField(slug_field="number", read_only=True)
    owner = PartnerRefField()
    owner_name = PartnerNameField(source="owner")
    funding_gap = serializers.DecimalField(**MONEY)
    percent_funded = serializers.DecimalField(max_digits=5, decimal_places=1, read_only=True)
    url = serializers.SerializerMethodField()
    detail = serializers.HyperlinkedIdentityField(view_name="api:project-detail")

    class Meta:
        model = Project
        fields = [
            "id", "code", "url", "detail", "title_ar", "title_fr", "title_en", "status",
            "domains", "pac_axis", "planned_start", "planned_end", "actual_start", "actual_end",
            "owner", "owner_name", "progress", "budget", "secured_mad", "disbursed_mad",
            "spent_mad", "funding_gap", "percent_funded",
        ]  # fmt: skip

    get_url = ProjectSerializer.get_url


class InternalProjectSummarySerializer(ProjectSummarySerializer):
    class Meta(ProjectSummarySerializer.Meta):
        fields = [*ProjectSummarySerializer.Meta.fields, "is_public", "updated_at"]


# Documentation of the GeoJSON answer (the view builds plain dictionaries).
class PointSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Point"])
    coordinates = serializers.ListField(
        child=serializers.FloatField(),
        min_length=2,
        max_length=2,
        help_text="[longitude, latitude]",
    )


class FeaturePropertiesSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The project's id.")
    code = serializers.CharField()
    title = serializers.CharField(help_text="In the language asked for (lang), with fallback.")
    status = serializers.CharField(help_text="IATI ActivityStatus code.")
    status_label = serializers.CharField()
    domains = serializers.ListField(child=serializers.CharField(), help_text="Domain codes.")
    place = serializers.CharField(help_text="The locality's name.")
    url = serializers.CharField(help_text="The project's public page.")


class FeatureSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Feature"])
    geometry = PointSerializer()
    properties = FeaturePropertiesSerializer()


class ClusterPropertiesSerializer(serializers.Serializer):
    cluster = serializers.BooleanField(help_text="Always true: this feature stands for places.")
    count = serializers.IntegerField(help_text="How many places the cluster holds.")
    bounds = serializers.ListField(
        child=serializers.FloatField(),
        min_length=4,
        max_length=4,
        help_text="[west, south, east, north] of its places: what to zoom to.",
    )


class ClusterFeatureSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Feature"])
    geometry = PointSerializer(help_text="The mean of its places.")
    properties = ClusterPropertiesSerializer()


def map_features(component_name, point_serializer):
    """The features of a map's answer: all points, or (with a zoom) all clusters."""

    @extend_schema_field(
        PolymorphicProxySerializer(
            component_name=component_name,
            serializers=[point_serializer, ClusterFeatureSerializer],
            resource_type_field_name=None,
        )
    )
    class MapFeatureField(serializers.JSONField):
        pass

    return serializers.ListField(child=MapFeatureField())


class FeatureCollectionSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["FeatureCollection"])
    features = map_features("ProjectMapFeature", FeatureSerializer)


class GeoJSONRenderer(JSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"


class ProjectViewSet(
    PublicOrScopedViewSetMixin, VersionedViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """Projects: public ones for everyone; the workspace scope when signed in. The list gives
    each project's summary and the link to its whole record (`detail`): places, partners,
    agreements, transactions, milestones and indicators.

    Changes go through the workspace, where the services keep the money totals.
    """

    filterset_class = ProjectFilter
    model = Project
    public_serializer_class = ProjectSerializer
    internal_serializer_class = InternalProjectSerializer

    def get_serializer_class(self):
        if self.action == "list":
            return InternalProjectSummarySerializer if self.internal() else ProjectSummarySerializer
        return super().get_serializer_class()

    def get_queryset(self):
        if self.action == "list":  # the rows only: the record is at `detail`
            rows = self.scoped().select_related("owner", "pac_axis").prefetch_related("domains")
            return rows.order_by("code")
        agreements = self.scoped(Agreement)
        return project_detail_queryset(self.scoped(), agreements=agreements).order_by("code")

    @extend_schema(
        operation_id="projects_geojson",
        summary="Places of the public projects, as GeoJSON",
        description=(
            "A FeatureCollection of points, one per place of each public project, whoever asks. "
            "Takes the same filters as the list, plus bbox and zoom. With a zoom below a "
            "street's and many places, clusters of places instead (see zoom). At most 5000 "
            "points: narrow a larger map with filters, bbox or zoom."
        ),
        filters=True,
        parameters=geojson.map_parameters("Language of the titles, labels and links."),
        responses=FeatureCollectionSerializer,
    )
    @action(
        detail=False,
        url_path="geojson",
        pagination_class=None,
        renderer_classes=[GeoJSONRenderer, JSONRenderer],
    )
    def geojson(self, request):
        """The map shows the public portal's projects, even to signed-in readers."""
        projects = ProjectFilter(
            request.query_params, queryset=Project.public_objects.all(), request=request
        )
        return geojson.map_response(request, projects, geojson.projects_collection)
