"""The public registers: partners and agreements (Law 31-13, proactive publication), and the
public documents of public agreements."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.agreements.choices import AmendmentStatus, DocumentCategory, EventAction, Stage
from taawun.agreements.filters import AgreementFilter
from taawun.agreements.models import Agreement, Document, Party
from taawun.agreements.selectors import agreement_detail_queryset, party_totals
from taawun.core.files import document_response
from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import HtmxFragmentMixin, SlugRedirectMixin
from taawun.partners.filters import PartnerFilter
from taawun.partners.models import Partner


class PublicPartnerListView(HtmxFragmentMixin, FilterView):
    filterset_class = PartnerFilter
    template_name = "portal/partner_list.html"
    paginate_by = 24
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return Partner.public_objects.prefetch_related("domains").order_by(
            localized_field_name("name"), "pk"
        )


class PublicPartnerDetailView(SlugRedirectMixin, DetailView):
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


class PublicAgreementListView(HtmxFragmentMixin, FilterView):
    """The public register of conventions (Law 31-13, proactive publication)."""

    filterset_class = AgreementFilter
    template_name = "portal/agreement_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return (
            Agreement.public_objects.select_related("kind")
            .prefetch_related(
                Prefetch("parties", queryset=Party.objects.select_related("partner").order_by("pk"))
            )
            .with_totals()
            .order_by("-council_date", "-pk")
        )


class PublicAgreementDetailView(SlugRedirectMixin, DetailView):
    template_name = "portal/agreement_detail.html"
    context_object_name = "agreement"

    def get_object(self, queryset=None):
        return get_object_or_404(
            agreement_detail_queryset(Agreement.public_objects.all()), pk=self.kwargs["pk"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["parties"] = party_totals(self.object)
        context["documents"] = [d for d in self.object.documents.all() if d.is_public]
        context["amendments"] = self.object.amendments.filter(
            status=AmendmentStatus.APPROVED
        ).prefetch_related("changes")
        context["signed_texts"] = [
            d for d in context["documents"] if d.category == DocumentCategory.SIGNED
        ]
        context["acts"] = public_acts(self.object)
        return context


COUNCIL = _("the municipal council")
GOVERNOR = _("the governor's office")
COMMUNE = _("the commune")
A_PARTY = _("a party")
ACTORS = {
    EventAction.DELIBERATION: COUNCIL,
    EventAction.REJECTION: COUNCIL,
    EventAction.VISA_SUBMITTED: COMMUNE,
    EventAction.VISA_GRANTED: GOVERNOR,
    EventAction.VISA_REFUSED: GOVERNOR,
    EventAction.VISA_TACIT: GOVERNOR,
}
PARTY_ACTS = {EventAction.APPROVAL, EventAction.SIGNED}


def public_acts(agreement):
    """The public timeline: the legal acts only, in the order of their own dates (not the day
    someone recorded them), each with who performed it. An event without a legal date (the
    draft's creation, a waiver) is bookkeeping; a stage move repeats the act that caused it,
    but for the entry into force, which has no act of its own. A party's act names the party
    as the public pages name it (an unpublished partner is not named). One query."""
    events = [e for e in agreement.events.select_related("partner").all() if e.on is not None]
    resumed_on = {e.on for e in events if e.action == EventAction.RESUMED}
    acts = []
    for event in events:
        if event.action == EventAction.STAGE and (
            event.stage != Stage.IN_FORCE or event.on in resumed_on
        ):
            continue
        label = event.label
        if event.action == EventAction.STAGE:  # the move into force, named as the act it is
            label = EventAction.IN_FORCE.label
        if event.action in PARTY_ACTS:
            actor = event.partner.public_name if event.partner is not None else A_PARTY
        else:
            actor = ACTORS.get(event.action)
        acts.append(
            {"on": event.on, "at": event.at, "pk": event.pk, "label": label, "actor": actor}
        )
    return sorted(acts, key=lambda act: (act["on"], act["at"], act["pk"]))


def public_document(request, pk):
    """A document is public only when both it and its agreement are."""
    document = get_object_or_404(
        Document.objects.filter(is_public=True, agreement__in=Agreement.public_objects.all()), pk=pk
    )
    return document_response(document)
