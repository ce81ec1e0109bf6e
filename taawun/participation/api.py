"""The API of residents' priorities under /api/v1/priorities/: read-only, what the public pages
show, for everyone — published priorities, their supports as counts, the commune's answer once
published, the public projects that answer them. No author, no supporter, no draft: the
workspace is where the commune reads the rest. Priorities are proposed on the portal."""

from django.db.models import Prefetch
from rest_framework import serializers, viewsets

from taawun.projects.models import Project

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
