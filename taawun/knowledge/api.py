"""The API of the exchange of expertise, read-only and the same for everyone, as the portal
shows it:

- /api/v1/practices/: the published good-practice cards, their actors (a partner by its
  public name), the project and agreement they came from when those are public, and who
  replicated them ("replicated": every replication but the abandoned ones) — never a draft,
  a card awaiting validation, the internal note or the commune's remarks to a partner;
- /api/v1/missions/: the exchange missions the commune shows once approved, the delegation as
  counts by sex — never a member's name, a cost or an internal note;
- /api/v1/capacity/: the trainings of staff and elected members as figures per year (people,
  hours, hours per person, by sex) — never a participant.

Cards, missions and trainings are written in the workspace."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from taawun.agreements.models import Agreement
from taawun.partners.selectors import public_partner_name
from taawun.projects.models import Project

from .capacity import capacity
from .choices import ReplicationState
from .models import Mission, Practice, Replication
from .public_missions import public_missions

MONEY = {"max_digits": 14, "decimal_places": 2, "read_only": True}


def _translations(*names):
    return [f"{name}_{code}" for name in names for code in ("ar", "fr", "en")]


class ReplicationSerializer(serializers.ModelSerializer):
    replicator = serializers.SerializerMethodField()

    class Meta:
        model = Replication
        fields = [
            "id",
            "replicator",
            "country",
            "started_on",
            "state",
            *_translations("adaptation", "outcome"),
        ]

    def get_replicator(self, replication) -> str:
        """The partner of the register by its public name, or the commune named by hand."""
        if replication.partner_id:
            return str(public_partner_name(replication.partner))
        return str(replication.replicator)


class PracticeSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    actors = serializers.SerializerMethodField()
    locality = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    domains = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    pac_axes = serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)
    cost_mad = serializers.DecimalField(**MONEY)
    project = serializers.SerializerMethodField()
    agreement = serializers.SerializerMethodField()
    replicated = serializers.IntegerField(read_only=True)
    replications = ReplicationSerializer(many=True, read_only=True)

    class Meta:
        model = Practice
        fields = [
            "id",
            "url",
            *_translations("title", "summary", "problem", "steps", "results", "lessons"),
            *_translations("prerequisites", "skills", "services"),
            "legal_basis",
            "actors",
            "locality",
            "started_on",
            "ended_on",
            "cost_mad",
            "evidence",
            "domains",
            "pac_axes",
            "project",
            "agreement",
            "replicated",
            "replications",
            "updated_at",
        ]

    def get_url(self, practice) -> str:
        return practice.get_absolute_url()

    def get_actors(self, practice) -> list[str]:
        """The partners who did it, each by its public name."""
        return [str(public_partner_name(p)) for p in practice.partners.all()]

    def get_project(self, practice) -> int | None:
        """The project it came from, when that project is public."""
        return practice.project_id if practice.project_is_public else None

    def get_agreement(self, practice) -> int | None:
        """The agreement it came from, when that agreement is public."""
        return practice.agreement_id if practice.agreement_is_public else None


class PracticeViewSet(viewsets.ReadOnlyModelViewSet):
    """Good practices as the public catalogue shows them (published cards only)."""

    serializer_class = PracticeSerializer

    def get_queryset(self):
        counted = Q(replications__isnull=False) & ~Q(replications__state=ReplicationState.ABANDONED)
        return (
            Practice.objects.public()
            .select_related("locality")
            .prefetch_related(
                "partners",
                "domains",
                "pac_axes",
                Prefetch(
                    "replications",
                    queryset=Replication.objects.select_related("partner").order_by(
                        "-started_on", "pk"
                    ),
                ),
            )
            .annotate(
                replicated=Count("replications", filter=counted, distinct=True),
                project_is_public=Exists(Project.objects.public().filter(pk=OuterRef("project"))),
                agreement_is_public=Exists(
                    Agreement.objects.public().filter(pk=OuterRef("agreement"))
                ),
            )
            .order_by("-started_on", "-pk")
        )


class DelegationSerializer(serializers.Serializer):
    women = serializers.IntegerField()
    men = serializers.IntegerField()


class MissionSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    counterpart = serializers.SerializerMethodField()
    delegation = serializers.SerializerMethodField()

    class Meta:
        model = Mission
        fields = [
            "id",
            "url",
            "kind",
            "direction",
            *_translations("title", "places", "objectives", "programme", "report"),
            "counterpart",
            "starts_on",
            "ends_on",
            "state",
            "delegation",
            "updated_at",
        ]

    def get_url(self, mission) -> str:
        return mission.get_absolute_url()

    def get_counterpart(self, mission) -> str | None:
        """The host or the visitor, by its public name."""
        return str(public_partner_name(mission.counterpart)) or None

    @extend_schema_field(DelegationSerializer)
    def get_delegation(self, mission):
        """The delegation as counts by sex; never a name."""
        return {"women": mission.women, "men": mission.men}


class MissionViewSet(viewsets.ReadOnlyModelViewSet):
    """Exchange missions as the portal shows them (shown by the commune, once approved)."""

    serializer_class = MissionSerializer

    def get_queryset(self):
        return public_missions().order_by("-starts_on", "-pk")


class SexFiguresSerializer(serializers.Serializer):
    sex = serializers.CharField()
    people = serializers.IntegerField()
    hours = serializers.DecimalField(max_digits=10, decimal_places=1)


class CapacityYearSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    people = serializers.IntegerField(help_text="People trained (each counted once a year).")
    hours = serializers.DecimalField(max_digits=10, decimal_places=1)
    per_person = serializers.DecimalField(max_digits=10, decimal_places=1)
    by_sex = SexFiguresSerializer(many=True)


class CapacityViewSet(viewsets.ViewSet):
    """The capacity challenge measured: the trainings held, as figures per year, newest first."""

    @extend_schema(responses=CapacityYearSerializer(many=True))
    def list(self, request):
        rows = [
            {
                "year": year,
                "people": figures["people"],
                "hours": figures["hours"],
                "per_person": figures["per_person"],
                "by_sex": [
                    {"sex": sex, "people": people, "hours": hours}
                    for sex, (people, hours) in sorted(figures["by_sex"].items())
                ],
            }
            for year, figures in sorted(capacity().items(), reverse=True)
        ]
        return Response(CapacityYearSerializer(rows, many=True).data)
