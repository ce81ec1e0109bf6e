"""The API of funding opportunities under /api/v1/opportunities/: read-only and the same for
everyone, as the portal shows them (those the commune chose to show, not archived) — the
donor by its public name, the rules, the themes and the deadlines in UTC with the donor's time
zone. Never a bid, its amounts or its notes, nor the contact the commune keeps.

Opportunities are recorded and matched to projects in the workspace."""

from zoneinfo import ZoneInfo

from django.db.models import F
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from taawun.partners.selectors import public_partner_name

from .models import Deadline, FundingOpportunity
from .public import public_opportunities

MONEY = {"max_digits": 14, "decimal_places": 2, "read_only": True}


class DeadlineSerializer(serializers.ModelSerializer):
    local_time = serializers.SerializerMethodField()

    class Meta:
        model = Deadline
        fields = ["stage", "due_at", "tzid", "local_time"]

    @extend_schema_field(OpenApiTypes.DATETIME)
    def get_local_time(self, deadline):
        """The same moment in the donor's time zone (`tzid`), with its offset."""
        return deadline.due_at.astimezone(ZoneInfo(deadline.tzid)).isoformat()


class OpportunitySerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    donor = serializers.SerializerMethodField()
    lead_country = serializers.SerializerMethodField()
    countries = serializers.SerializerMethodField()
    themes = serializers.SlugRelatedField(
        source="domains", slug_field="code", many=True, read_only=True
    )
    pac_axes = serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)
    min_amount = serializers.DecimalField(**MONEY)
    max_amount = serializers.DecimalField(**MONEY)
    envelope = serializers.DecimalField(**MONEY)
    deadlines = DeadlineSerializer(many=True, read_only=True)

    class Meta:
        model = FundingOpportunity
        fields = [
            "id",
            "url",
            "donor",
            *(f"{name}_{code}" for name in ("programme", "summary") for code in ("ar", "fr", "en")),
            "reference",
            "instrument",
            "applicants",
            "lead_kind",
            "lead_country",
            "countries",
            "themes",
            "pac_axes",
            "opens_on",
            "deadlines",
            "currency",
            "min_amount",
            "max_amount",
            "envelope",
            "min_cofinancing",
            "max_funding_rate",
            "min_months",
            "max_months",
            *(f"{name}_{code}" for name in ("excluded_costs", "documents") for code in ("ar", "fr", "en")),
            "state",
            "illustrative",
            "source",
            "last_checked_on",
            "updated_at",
        ]  # fmt: skip

    def get_url(self, opportunity) -> str:
        return opportunity.get_absolute_url()

    def get_donor(self, opportunity) -> str:
        """The donor by its public name."""
        return str(public_partner_name(opportunity.donor))

    def get_lead_country(self, opportunity) -> str | None:
        """The country the lead must come from (ISO 3166-1 alpha-2), if any."""
        return opportunity.lead_country.code or None

    def get_countries(self, opportunity) -> list[str]:
        """The eligible countries (ISO 3166-1 alpha-2); empty: any."""
        return [country.code for country in opportunity.countries]


class OpportunityViewSet(viewsets.ReadOnlyModelViewSet):
    """Funding opportunities as the portal shows them, the latest to open first; each one's
    deadlines soonest first."""

    serializer_class = OpportunitySerializer

    def get_queryset(self):
        return public_opportunities().order_by(F("opens_on").desc(nulls_last=True), "-pk")
