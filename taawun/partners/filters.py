import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from taawun.accounts import permissions
from taawun.territory.models import Domain

from .choices import PartnerKind, PartnerStatus
from .models import Partner


def partner_choices(request):
    """Commune people choose among all current partners; anyone else among the public ones,
    so the public list and the anonymous API never name an unpublished organisation."""
    if request is not None and permissions.sees_everything(request.user):
        return Partner.objects.current()
    return Partner.public_objects.all()


class PartnerFilter(django_filters.FilterSet):
    """One filter set for the workspace list, the portal list and the API."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=PartnerKind.choices)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=countries)
    domain = django_filters.ModelChoiceFilter(
        label=_("Domain"), field_name="domains", queryset=Domain.objects.all()
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=PartnerStatus.choices)

    class Meta:
        model = Partner
        fields = ["q", "kind", "country", "domain", "status"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)
