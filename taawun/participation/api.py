"""The API of residents' priorities under /api/v1/priorities/: read-only, what the public pages
show, for everyone — published priorities, their supports as counts, the commune's answer once
published, the public projects that answer them. No author, no supporter, no draft: the
workspace is where the commune reads the rest. Priorities are proposed on the portal."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer

from taawun.projects.api import GeoJSONRenderer, PointSerializer, map_features
from taawun.projects.geojson import map_parameters, map_response
from taawun.projects.models import Project

from . import geojson
from .choices import AnswerState
from .filters import PublicPriorityFilter
from .models import Priority, PriorityProject


class PriorityLinkSerializer(serializers.ModelSerializer):
    project = serializers.IntegerField(source="project_id")

    class Meta:
        model = PriorityProject
        fields = ["project", "kind"]


class PrioritySerializer(serializers.ModelSerializer):
    domain = serializers.CharField(source="domain.code")
    pac_axis = serializers.IntegerField(source="pac_axis.number", allow_null=True, default=None)
    locality = serializers.CharField(source="locality.slug")
    association = serializers.SerializerMethodField()
    supports = serializers.IntegerField(source="total_supports")
    answer = serializers.SerializerMethodField()
    projects = PriorityLinkSerializer(source="public_links", many=True, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Priority
        fields = [
            "id",
            "url",
            "title",
            "description",
            "language",
            "domain",
            "pac_axis",
            "locality",
            "latitude",
            "longitude",
            "association",
            "published_at",
            "support_closes_on",
            "supports",
            "supports_count",
            "paper_supports",
            "answer",
            "projects",
        ]

    def get_association(self, priority) -> str | None:
        association = priority.association
        return association.public_name if association is not None else None

    def get_url(self, priority) -> str:
        return priority.get_absolute_url()

    def get_answer(self, priority) -> dict:
        """The published answer; "not_answered" while it is a draft."""
        if not priority.answer_is_public:
            return {"state": AnswerState.NOT_ANSWERED.value}
        return {
            "state": priority.answer_state,
            "rejection_reason": priority.rejection_reason or None,
            "merged_into": priority.merged_into_id,
            "text_ar": priority.answer_ar,
            "text_fr": priority.answer_fr,
            "text_en": priority.answer_en,
            "published_at": priority.answer_published_at,
        }


# Documentation of the GeoJSON answer (the view builds plain dictionaries).
class PriorityFeaturePropertiesSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The priority's id.")
    title = serializers.CharField(help_text="As its author wrote it, in their language.")
    state = serializers.CharField(help_text="The published answer's state (not_answered …).")
    status_label = serializers.CharField(help_text="That state, in the language asked for.")
    place = serializers.CharField(help_text="The locality's name.")
    supports = serializers.IntegerField(help_text="Supports online and on paper.")
    url = serializers.CharField(help_text="The priority's public page.")


class PriorityFeatureSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Feature"])
    geometry = PointSerializer()
    properties = PriorityFeaturePropertiesSerializer()


class PriorityFeatureCollectionSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["FeatureCollection"])
    features = map_features("PriorityMapFeature", PriorityFeatureSerializer)


class PriorityViewSet(viewsets.ReadOnlyModelViewSet):
    """Residents' priorities as the portal shows them."""

    serializer_class = PrioritySerializer
    filterset_class = PublicPriorityFilter

    def get_queryset(self):
        links = PriorityProject.objects.filter(project__in=Project.public_objects.all()).order_by(
            "pk"
        )
        return (
            Priority.public_objects.select_related("domain", "pac_axis", "locality", "association")
            .prefetch_related(Prefetch("links", queryset=links, to_attr="public_links"))
            .order_by("-published_at", "-pk")
        )

    @extend_schema(
        operation_id="priorities_geojson",
        summary="Published residents' priorities on the map, as GeoJSON",
        description=(
            "A FeatureCollection of points, one per published priority: where its author placed "
            "it, or else its locality's centre. Takes the same filters as the list, plus bbox "
            "and zoom (below a street's zoom with many priorities: clusters, see zoom). No "
            "author, no supporter, no drafted answer. At most 5000 points: narrow a larger "
            "map with filters, bbox or zoom."
        ),
        filters=True,
        parameters=map_parameters("Language of the labels, places and links."),
        responses=PriorityFeatureCollectionSerializer,
    )
    @action(
        detail=False,
        url_path="geojson",
        pagination_class=None,
        renderer_classes=[GeoJSONRenderer, JSONRenderer],
    )
    def geojson(self, request):
        """The map of the public list: published priorities, whoever asks."""
        priorities = PublicPriorityFilter(
            request.query_params, queryset=Priority.public_objects.all(), request=request
        )
        return map_response(request, priorities, geojson.priorities_collection)
