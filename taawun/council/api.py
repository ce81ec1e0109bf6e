"""The API of the council's sessions under /api/v1/council-sessions/: read-only, like the
public pages. Anyone (a representative too) reads the published sessions with their agenda and
outcomes; the commune's people read every session (council/rules.py). An agreement is named by
its reference only when it is published itself. Sessions are written in the workspace."""

from django.db.models import Prefetch
from rest_framework import serializers, viewsets

from taawun.agreements.lifecycle import PUBLISHED

from .models import CouncilSession, SessionPoint


class SessionPointSerializer(serializers.ModelSerializer):
    agreement = serializers.SerializerMethodField()

    class Meta:
        model = SessionPoint
        fields = [
            "id",
            "order",
            "title_ar",
            "title_fr",
            "title_en",
            "agreement",
            "votes_for",
            "votes_against",
            "votes_abstaining",
            "decision_number",
            "result",
        ]

    def get_agreement(self, point) -> str | None:
        agreement = point.agreement
        if agreement is None:
            return None
        if self.context.get("internal") or (agreement.is_public and agreement.stage in PUBLISHED):
            return agreement.reference
        return None


class SessionSerializer(serializers.ModelSerializer):
    points = SessionPointSerializer(many=True, read_only=True)

    class Meta:
        model = CouncilSession
        fields = [
            "id",
            "kind",
            "name_ar",
            "name_fr",
            "name_en",
            "opens_on",
            "venue_ar",
            "venue_fr",
            "venue_en",
            "status",
            "points",
        ]


class CouncilSessionViewSet(viewsets.ReadOnlyModelViewSet):
    """Council sessions with their points: the published ones for everyone, every session for
    the commune's people."""

    serializer_class = SessionSerializer

    def internal(self):
        return self.request.user.has_perm("council.view_councilsession")

    def get_queryset(self):
        rows = CouncilSession.objects.all() if self.internal() else CouncilSession.public_objects
        points = SessionPoint.objects.select_related("agreement").order_by("order", "pk")
        return rows.prefetch_related(Prefetch("points", queryset=points)).order_by(
            "-opens_on", "-pk"
        )

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "internal": self.internal()}
