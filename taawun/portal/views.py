"""The public portal: every view starts from a public manager, never from `.objects`."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from taawun.agreements.filters import AgreementFilter
from taawun.agreements.models import Agreement, Document, Party
from taawun.agreements.selectors import agreement_detail_queryset, party_totals
from taawun.core.i18n import localized_field_name
from taawun.partners.choices import PartnerKind
from taawun.partners.filters import PartnerFilter
from taawun.partners.models import Partner


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partners = Partner.public_objects.all()
        context["partner_count"] = partners.count()
        context["kinds"] = [
            {
                "kind": row["kind"],
                "kind_label": PartnerKind(row["kind"]).label,
                "count": row["count"],
            }
            for row in partners.values("kind")
            .annotate(count=Count("pk"))
            .order_by("-count", "kind")
        ]
        return context


class PublicPartnerListView(FilterView):
    filterset_class = PartnerFilter
    template_name = "portal/partner_list.html"
    paginate_by = 24

    def get_queryset(self):
        return Partner.public_objects.prefetch_related("domains").order_by(
            localized_field_name("name"), "pk"
        )

    def get_template_names(self):
        if self.request.htmx:
            return ["portal/partner_list.html#results"]
        return [self.template_name]


class PublicPartnerDetailView(DetailView):
    template_name = "portal/partner_detail.html"
    context_object_name = "partner"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Partner.public_objects.prefetch_related("domains"), pk=self.kwargs["pk"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["agreements"] = (
            Agreement.public_objects.filter(parties__partner=self.object)
            .select_related("kind")
            .order_by("-council_date", "-pk")
        )
        return context

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


def language_root(request):
    """`/` sends readers to their browser's language, Arabic when none of ours matches."""
    from django.utils import translation

    language = translation.get_language_from_request(request, check_path=False)
    response = redirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


class PublicAgreementListView(FilterView):
    """The public register of conventions (Law 31-13, proactive publication)."""

    filterset_class = AgreementFilter
    template_name = "portal/agreement_list.html"
    paginate_by = 20

    def get_queryset(self):
        return (
            Agreement.public_objects.select_related("kind")
            .prefetch_related(
                Prefetch("parties", queryset=Party.objects.select_related("partner").order_by("pk"))
            )
            .with_totals()
            .order_by("-council_date", "-pk")
        )

    def get_template_names(self):
        if self.request.htmx:
            return ["portal/agreement_list.html#results"]
        return [self.template_name]


class PublicAgreementDetailView(DetailView):
    template_name = "portal/agreement_detail.html"
    context_object_name = "agreement"

    def get_object(self, queryset=None):
        return get_object_or_404(
            agreement_detail_queryset(Agreement.public_objects.all()), pk=self.kwargs["pk"]
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["parties"] = party_totals(self.object)
        context["documents"] = [d for d in self.object.documents.all() if d.is_public]
        context["amendments"] = self.object.amendments.filter(status="approved").prefetch_related(
            "changes"
        )
        context["events"] = self.object.events.all()
        return context


def public_document(request, pk):
    """A document is public only when both it and its agreement are."""
    from taawun.agreements.views import document_response

    document = get_object_or_404(
        Document.objects.filter(is_public=True, agreement__in=Agreement.public_objects.all()), pk=pk
    )
    return document_response(document)
