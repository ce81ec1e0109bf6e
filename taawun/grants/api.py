"""The API of calls for projects and their awards, read-only and the same for everyone:

- /api/v1/calls/: the calls that are not drafts, with their rules, scoring grid and documents
  to join, as their public pages show them (the reviewers' guidance is not part of it);
- /api/v1/grants/: the awards of the calls whose results are published, in the 360Giving Data
  Standard's shape (grants.awards) — never an application that was not selected, a score, a
  review, a budget line or a contact.

Calls are written and applications made in the workspace."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from taawun.partners.selectors import public_partner_name
from taawun.territory.selectors import commune_identifier

from .awards import (
    CURRENCY,
    award_date,
    award_identifier,
    funder,
    public_awards,
    recipient_identifier,
)
from .choices import ApplicantKind
from .models import Call, Criterion, RequiredDocument

MONEY = {"max_digits": 14, "decimal_places": 2, "read_only": True}


class CriterionSerializer(serializers.ModelSerializer):
    points = serializers.SerializerMethodField()

    class Meta:
        model = Criterion
        fields = ["order", "label_ar", "label_fr", "label_en", "points", "eliminatory"]

    def get_points(self, criterion) -> int | None:
        """The most a reviewer gives; null for an eliminatory criterion (answered yes or no:
        a no puts the application out)."""
        return None if criterion.eliminatory else criterion.weight


class RequiredDocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = RequiredDocument
        fields = ["order", "label_ar", "label_fr", "label_en", "required"]


class CallSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    themes = serializers.SlugRelatedField(
        source="domains", slug_field="code", many=True, read_only=True
    )
    localities = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    applicant_kinds = serializers.ListField(
        child=serializers.ChoiceField(choices=ApplicantKind.choices), read_only=True
    )
    envelope = serializers.DecimalField(**MONEY)
    min_grant = serializers.DecimalField(**MONEY)
    max_grant = serializers.DecimalField(**MONEY)
    criteria = CriterionSerializer(many=True, read_only=True)
    documents = RequiredDocumentSerializer(source="required_documents", many=True, read_only=True)

    class Meta:
        model = Call
        fields = [
            "id",
            "url",
            "reference",
            "title_ar",
            "title_fr",
            "title_en",
            "description_ar",
            "description_fr",
            "description_en",
            "legal_basis",
            "state",
            "themes",
            "localities",
            "envelope",
            "min_grant",
            "max_grant",
            "min_own_share",
            "max_funding_rate",
            "applicant_kinds",
            "min_years",
            "opens_at",
            "closes_at",
            "results_published_at",
            "criteria",
            "documents",
        ]

    def get_url(self, call) -> str:
        return call.get_absolute_url()


class CallViewSet(viewsets.ReadOnlyModelViewSet):
    """Calls for projects as their public pages show them (drafts are not public)."""

    serializer_class = CallSerializer

    def get_queryset(self):
        return Call.objects.public().with_rules().order_by("-opens_at", "-pk")


# 360Giving's objects (each given as a list of one, as the standard does).
class GrantOrganizationSerializer(serializers.Serializer):
    id = serializers.CharField(
        allow_null=True, help_text="Its organisation identifier; null when not published."
    )
    name = serializers.CharField()


class PlannedDatesSerializer(serializers.Serializer):
    startDate = serializers.DateField()
    endDate = serializers.DateField()


class GrantProgrammeSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="The call's reference.")
    title = serializers.CharField(help_text="The call's title, in the language asked for.")
    url = serializers.CharField(help_text="The call's public page.")


class BeneficiaryLocationSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The locality of the project.")
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()


class GrantSerializer(serializers.Serializer):
    """An award in the 360Giving Data Standard's terms."""

    id = serializers.IntegerField(source="pk", read_only=True)
    identifier = serializers.SerializerMethodField()
    title = serializers.CharField(read_only=True)
    description = serializers.CharField(source="summary", read_only=True)
    currency = serializers.SerializerMethodField()
    amountAwarded = serializers.DecimalField(source="awarded", coerce_to_string=False, **MONEY)
    awardDate = serializers.SerializerMethodField()
    plannedDates = serializers.SerializerMethodField()
    recipientOrganization = serializers.SerializerMethodField()
    fundingOrganization = serializers.SerializerMethodField()
    grantProgramme = serializers.SerializerMethodField()
    beneficiaryLocation = serializers.SerializerMethodField()
    lastModified = serializers.DateTimeField(source="updated_at", read_only=True)

    def _funder_id(self):
        if "funder_id" not in self.context:
            self.context["funder_id"] = commune_identifier()
        return self.context["funder_id"]

    def get_identifier(self, application) -> str:
        """The commune's organisation identifier and the application's receipt number."""
        return award_identifier(application, self._funder_id())

    def get_currency(self, application) -> str:
        return CURRENCY

    @extend_schema_field(OpenApiTypes.DATE)
    def get_awardDate(self, application):
        """The day the call's results were published (Morocco's calendar)."""
        return award_date(application).isoformat()

    @extend_schema_field(PlannedDatesSerializer(many=True))
    def get_plannedDates(self, application):
        return [
            {
                "startDate": application.starts_on.isoformat(),
                "endDate": application.ends_on.isoformat(),
            }
        ]

    @extend_schema_field(GrantOrganizationSerializer(many=True))
    def get_recipientOrganization(self, application):
        partner = application.association
        return [
            {
                "id": recipient_identifier(partner, self._funder_id()),
                "name": str(public_partner_name(partner)),
            }
        ]

    @extend_schema_field(GrantOrganizationSerializer(many=True))
    def get_fundingOrganization(self, application):
        return [funder()]

    @extend_schema_field(GrantProgrammeSerializer(many=True))
    def get_grantProgramme(self, application):
        call, request = application.call, self.context.get("request")
        url = call.get_absolute_url()
        return [
            {
                "code": call.reference,
                "title": str(call.title),
                "url": request.build_absolute_uri(url) if request else url,
            }
        ]

    @extend_schema_field(BeneficiaryLocationSerializer(many=True))
    def get_beneficiaryLocation(self, application):
        locality = application.locality
        return [
            {
                "name": str(locality.name),
                "latitude": float(locality.latitude),
                "longitude": float(locality.longitude),
            }
        ]


class GrantViewSet(viewsets.ReadOnlyModelViewSet):
    """The awards of calls for projects whose results are published (360Giving)."""

    serializer_class = GrantSerializer

    def get_queryset(self):
        return public_awards()
