from urllib.parse import urlencode

import django_filters
from django.utils.translation import gettext_lazy as _

from taawun.core.widgets import SearchableModelChoiceFilter
from taawun.partners.filters import partner_choices
from taawun.territory.models import Domain, Locality

from .choices import Stage
from .models import Agreement, AgreementKind

# The register filtered to the agreements in force (the "in force" figure links to it).
IN_FORCE_QUERY = urlencode({"stage": Stage.IN_FORCE})


class AgreementFilter(django_filters.FilterSet):
    """One filter set for the workspace register, the public register and the API."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    kind = django_filters.ModelChoiceFilter(label=_("Kind"), queryset=AgreementKind.objects.all())
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=Stage.choices)
    partner = SearchableModelChoiceFilter(
        kind="partners",
        label=_("Partner"),
        field_name="parties__partner",
        queryset=partner_choices,
    )
    domain = django_filters.ModelChoiceFilter(
        label=_("Domain"), field_name="domains", queryset=Domain.objects.all()
    )
    locality = SearchableModelChoiceFilter(
        kind="localities",
        label=_("Locality"),
        field_name="localities",
        queryset=Locality.objects.all(),
    )
    year = django_filters.NumberFilter(label=_("Year"), method="filter_year")

    class Meta:
        model = Agreement
        fields = ["q", "kind", "stage", "partner", "domain", "locality", "year"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_year(self, queryset, name, value):
        """Agreements running at some point of that year."""
        return queryset.filter(start_date__year__lte=value).exclude(end_date__year__lt=value)
