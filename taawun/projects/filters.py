import django_filters
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from taawun.core.bounds import BoundedYearFilter
from taawun.core.widgets import SearchableModelChoiceFilter
from taawun.partners.filters import partner_choices
from taawun.territory.models import Domain, Locality, PacAxis

from .choices import ActivityStatus
from .models import Contribution, Participant, Project


class ProjectFilter(django_filters.FilterSet):
    """One filter set for the workspace list, the public list and the API."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ActivityStatus.choices)
    domain = django_filters.ModelChoiceFilter(
        label=_("Domain"), field_name="domains", queryset=Domain.objects.all(), distinct=True
    )
    locality = SearchableModelChoiceFilter(
        kind="localities",
        label=_("Locality"),
        field_name="locations__locality",
        queryset=Locality.objects.all(),
        distinct=True,
    )
    partner = SearchableModelChoiceFilter(
        kind="partners", label=_("Partner"), queryset=partner_choices, method="filter_partner"
    )
    pac_axis = django_filters.ModelChoiceFilter(
        label=_("Action-programme axis"), queryset=PacAxis.objects.all()
    )
    year = BoundedYearFilter(label=_("Year"), method="filter_year")

    class Meta:
        model = Project
        fields = ["q", "status", "domain", "locality", "partner", "pac_axis", "year"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    @extend_schema_field(OpenApiTypes.INT)  # the API takes the partner's id
    def filter_partner(self, queryset, name, value):
        """Projects the partner owns, takes part in or contributes to (no duplicate rows)."""
        return queryset.filter(
            Q(owner=value)
            | Q(pk__in=Participant.objects.filter(partner=value).values("project_id"))
            | Q(pk__in=Contribution.objects.filter(partner=value).values("project_id"))
        )

    def filter_year(self, queryset, name, value):
        """Projects running at some point of that year (actual dates first, else planned)."""
        return (
            queryset.alias(
                running_from=Coalesce("actual_start", "planned_start"),
                running_to=Coalesce("actual_end", "planned_end"),
            )
            .filter(running_from__year__lte=value)
            .exclude(running_to__year__lt=value)
        )
