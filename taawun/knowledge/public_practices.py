"""The public catalogue of good practices ("/ar/practices/"): the published cards, searched
and filtered by domain, axis of the action programme, evidence level and locality; a card's
page with its results, what it takes to do it elsewhere, its photos and documents, and who
replicated it ("replicated N times"). Never a draft, a card awaiting validation, the commune's
internal note or its remarks to the partner."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from taawun.agreements.models import Agreement
from taawun.core.files import private_file_response
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import SlugRedirectMixin
from taawun.projects.models import Project
from taawun.territory.models import Domain, Locality, PacAxis

from .choices import EvidenceLevel, ReplicationState
from .models import Practice, PracticeFile

COUNTED = ~Q(replications__state=ReplicationState.ABANDONED) & Q(replications__isnull=False)


def _pk(request, name):
    """A filter naming a record by its number: the digits, or nothing (an unknown number
    finds no card; anything else is ignored)."""
    value = request.GET.get(name, "")
    return value if value.isdigit() and len(value) < 12 else ""


def _choice(request, name, values):
    value = request.GET.get(name, "")
    return value if value in values else ""


class PublicPracticeListView(ListView):
    template_name = "knowledge/public/practice_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        request = self.request
        practices = Practice.objects.public().search(request.GET.get("q"))
        self.filters = {name: _pk(request, name) for name in ("domain", "axis", "locality")}
        self.filters["evidence"] = _choice(request, "evidence", set(EvidenceLevel.values))
        if self.filters["domain"]:
            practices = practices.filter(domains=self.filters["domain"])
        if self.filters["axis"]:
            practices = practices.filter(pac_axes=self.filters["axis"])
        if self.filters["evidence"]:
            practices = practices.filter(evidence=self.filters["evidence"])
        if self.filters["locality"]:
            practices = practices.filter(locality=self.filters["locality"])
        return (
            practices.select_related("locality")
            .annotate(replicated=Count("replications", filter=COUNTED, distinct=True))
            .order_by("-started_on", "-pk")
        )

    def domains(self):
        return Domain.objects.filter(practices__state="published").distinct().order_by("pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filters=self.filters,
            domains=self.domains(),
            axes=PacAxis.objects.filter(practices__state="published").distinct().order_by("number"),
            localities=Locality.objects.filter(practices__state="published").distinct().order_by("pk"),
            evidence_levels=EvidenceLevel.choices,
            **kwargs,
        )  # fmt: skip


class PublicPracticeDetailView(SlugRedirectMixin, DetailView):
    template_name = "knowledge/public/practice_detail.html"
    context_object_name = "practice"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Practice.objects.public()
            .select_related("locality", "project", "agreement")
            .prefetch_related("partners", "domains", "pac_axes", "indicators", "files"),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        practice = self.object
        replications = list(
            practice.replications.select_related("partner").order_by("-started_on", "pk")
        )
        context = {
            "public": True,
            "replications": replications,
            "replicated": sum(1 for r in replications if r.state != ReplicationState.ABANDONED),
        }
        if practice.project_id and Project.objects.public().filter(pk=practice.project_id).exists():
            context["project_link"] = practice.project.get_absolute_url()
        if (
            practice.agreement_id
            and Agreement.objects.public().filter(pk=practice.agreement_id).exists()
        ):
            context["agreement_link"] = practice.agreement.get_absolute_url()
        return super().get_context_data(**context, **kwargs)


def public_practice_file(request, pk):
    """A photo or document of a published card; any other: 404."""
    item = get_object_or_404(
        PracticeFile.objects.filter(practice__in=Practice.objects.public()), pk=pk
    )
    return private_file_response(item.file, content_type=item.content_type or None)
