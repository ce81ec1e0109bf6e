"""The public pages of petitions to the council ("/ar/petitions/"): object, state, dates and
the number of valid signatures against the threshold, the session it is on and its outcome —
never the proxy, a signatory or a number."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from taawun.coordination.models import Committee
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin

from .models import Petition, PetitionSignature, petition_threshold


def public_petitions():
    # The count as a correlated subquery, not a join and GROUP BY over every signature: the
    # database counts for the rows of the page only.
    valid = (
        PetitionSignature.objects.filter(petition=OuterRef("pk"))
        .order_by()
        .values("petition")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Petition.objects.public()
        .select_related("association", "session_point__session")
        .annotate(valid=Coalesce(Subquery(valid), 0))
    )


class PublicPetitionListView(ListView):
    template_name = "participation/public/petition_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return public_petitions().order_by("-deposited_on", "-number")

    def get_context_data(self, **kwargs):
        return super().get_context_data(threshold=petition_threshold(), **kwargs)


class PublicPetitionDetailView(SlugRedirectMixin, DetailView):
    template_name = "participation/public/petition_detail.html"
    context_object_name = "petition"

    def get_object(self, queryset=None):
        return get_object_or_404(public_petitions(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        committee = None  # the committee it was referred to, when that committee is public
        if self.object.committee_id:
            committee = Committee.public_objects.filter(pk=self.object.committee_id).first()
        return super().get_context_data(
            threshold=petition_threshold(), committee=committee, **kwargs
        )
