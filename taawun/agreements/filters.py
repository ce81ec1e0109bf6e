from urllib.parse import urlencode

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from taawun.core.bounds import BoundedYearFilter
from taawun.core.widgets import SearchableModelChoiceFilter
from taawun.partners.filters import partner_choices
from taawun.partners.models import Partner
from taawun.territory.models import Domain, Locality

from .choices import Stage
from .models import Agreement, AgreementKind, Party

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
    year = BoundedYearFilter(label=_("Year"), method="filter_year")

    class Meta:
        model = Agreement
        fields = ["q", "kind", "stage", "partner", "domain", "locality", "year"]

    def filter_search(self, queryset, name, value):
        """The reference and title, and the parties' names and acronyms (issue 10 #11): "INDH"
        or "Al Omrane" finds their agreements. Only the commune's people match a party the
        portal does not name (an unpublished or archived partner); others would learn from the
        answer that it is a party."""
        value = (value or "").strip()
        if not value:
            return queryset
        partners = Partner.objects.search(value)
        user = getattr(self.request, "user", None)
        if user is None or not user.has_perm("agreements.view_staff_only"):
            partners = partners.public()
        parties = Party.objects.filter(partner__in=partners.values("pk"))
        return queryset.search(value, also=Q(pk__in=parties.values("agreement_id")))

    def filter_year(self, queryset, name, value):
        """Agreements running at some point of that year."""
        return queryset.filter(start_date__year__lte=value).exclude(end_date__year__lt=value)
