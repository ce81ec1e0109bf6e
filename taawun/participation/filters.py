"""The filters of the priorities: one set for the public list and the API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy

from taawun.core.widgets import SearchableModelChoiceFilter
from taawun.territory.models import Domain, Locality

from .choices import ACCEPTED
from .models import Priority

PUBLIC_STATES = [
    ("not_answered", gettext_lazy("Not answered yet")),
    ("under_study", gettext_lazy("Under study")),
    ("accepted", gettext_lazy("Accepted")),
    ("partly", gettext_lazy("Partly accepted")),
    ("rejected", gettext_lazy("Not accepted")),
    ("merged", gettext_lazy("Merged into another priority")),
]


def public_state_filter(state):
    """The priorities whose *published* answer is in `state` (a drafted answer is not one)."""
    if state == "not_answered":
        return Q(answer_published_at__isnull=True)
    published = Q(answer_published_at__isnull=False)
    if state == "accepted":
        return published & Q(answer_state__in=ACCEPTED)
    return published & Q(answer_state=state)


class PublicPriorityFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=gettext_lazy("Search"), method="filter_search")
    domain = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Domain"), queryset=Domain.objects.order_by("pk")
    )
    locality = SearchableModelChoiceFilter(
        kind="localities",
        label=gettext_lazy("Locality"),
        queryset=Locality.objects.in_reading_order(),
    )
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("Answer"), choices=PUBLIC_STATES, method="filter_state"
    )

    class Meta:
        model = Priority
        fields = ["q", "domain", "locality", "state"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value[:100])

    def filter_state(self, queryset, name, value):
        return queryset.filter(public_state_filter(value))
