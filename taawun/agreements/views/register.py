"""The register of agreements: the list, an agreement's page, creating and editing its terms,
its history and its documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.core.files import document_response
from taawun.core.history import HistoryView
from taawun.core.i18n import localized
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import NOT_SAVED, HtmxFragmentMixin, RoleRequiredMixin, add_service_error
from taawun.territory.selectors import commune_partner_id

from .. import lifecycle, services
from ..filters import AgreementFilter
from ..forms import AgreementForm
from ..models import Agreement, Amendment, Document, Obligation, Party
from ..selectors import agreement_detail_queryset, party_totals
from .steps import step_form


def scoped(user):
    return Agreement.objects.visible_to(user)


class AgreementListView(RoleRequiredMixin, HtmxFragmentMixin, FilterView):
    permission = "agreements.view_agreement"
    filterset_class = AgreementFilter
    template_name = "agreements/agreement_list.html"
    paginate_by = 25
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return (
            scoped(self.request.user)
            .select_related("kind")
            .prefetch_related(Prefetch("parties", queryset=Party.objects.select_related("partner")))
            .with_totals()
            .order_by("-created_at", "-pk")
        )


class AgreementDetailView(RoleRequiredMixin, DetailView):
    """An agreement's page. What may be done now comes from the lifecycle, record by record:
    the template shows what it is given and asks no question about stages."""

    permission = "agreements.view_agreement"
    permission_object = True
    template_name = "agreements/agreement_detail.html"
    context_object_name = "agreement"

    def get_queryset(self):
        return agreement_detail_queryset(scoped(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        agreement, user = self.object, self.request.user
        parties = party_totals(agreement)
        for row in parties["rows"]:
            row["steps"] = lifecycle.party_steps(agreement, row["party"], user)
            row["lines"] = [
                {"obligation": o, "steps": lifecycle.obligation_steps(agreement, o, user)}
                for o in row["obligations"]
            ]
        context["parties"] = parties
        context["main_line"] = lifecycle.progress(agreement)
        context["events"] = agreement.events.select_related("by")
        context["documents"] = agreement.documents.select_related("next_version")
        context["amendments"] = [
            {"amendment": a, "steps": lifecycle.amendment_steps(agreement, a, user)}
            for a in agreement.amendments.prefetch_related("changes")
        ]
        context["commune_partner_id"] = commune_partner_id()
        context["can"] = lifecycle.capabilities(agreement)
        context["next_step"] = {
            "hint": lifecycle.next_step_hint(agreement),
            "clock": lifecycle.visa_clock(agreement),
            "steps": [
                {"step": step, "button": step.button(agreement), "form": step_form(step)}
                for step in lifecycle.available_steps(agreement, user)
            ],
            "blocked": lifecycle.blocked_steps(agreement),
        }
        return context


class AgreementCreateView(RoleRequiredMixin, View):
    permission = "agreements.add_agreement"
    template_name = "agreements/agreement_form.html"

    def get(self, request):
        return render(request, self.template_name, {"form": AgreementForm()})

    def post(self, request):
        form = AgreementForm(request.POST)
        if form.is_valid():
            try:
                agreement = services.agreement_create(by=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("The agreement was created as a draft."))
                return redirect(agreement.get_manage_url())
        messages.error(request, NOT_SAVED)
        return render(request, self.template_name, {"form": form}, status=400)


class AgreementUpdateView(RoleRequiredMixin, View):
    permission = "agreements.change_agreement"
    template_name = "agreements/agreement_form.html"

    def get_agreement(self, pk):
        return get_object_or_404(scoped(self.request.user), pk=pk)

    def get(self, request, pk):
        agreement = self.get_agreement(pk)
        return render(
            request,
            self.template_name,
            {"form": AgreementForm(instance=agreement), "agreement": agreement},
        )

    def post(self, request, pk):
        agreement = self.get_agreement(pk)
        form = AgreementForm(request.POST, instance=agreement)
        if form.is_valid():
            try:
                services.agreement_update(agreement=agreement, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("The agreement was saved."))
                return redirect(agreement.get_manage_url())
        messages.error(request, NOT_SAVED)
        return render(
            request, self.template_name, {"form": form, "agreement": agreement}, status=400
        )


class AgreementHistoryView(RoleRequiredMixin, HistoryView):
    permission = "agreements.view_agreement"
    permission_object = True

    def get_queryset(self):
        return scoped(self.request.user).prefetch_related("parties")

    def related_histories(self, agreement):
        party_label = _("party")
        obligation_label = _("obligation")
        return [
            (
                Party.history.filter(agreement_id=agreement.pk).select_related("partner"),
                lambda r: f"{party_label}: {r.partner}",
            ),
            (
                Obligation.history.filter(party__agreement_id=agreement.pk).select_related(
                    "party__partner"
                ),
                lambda r: f"{obligation_label}: {r.party.partner} — {r.amount} {r.currency}",
            ),
            (
                Amendment.history.filter(agreement_id=agreement.pk),
                lambda r: f"{r.number}. {localized(r, 'title')}",
            ),
            (Document.history.filter(agreement_id=agreement.pk), lambda r: r.title),
        ]


class DocumentDownloadView(RoleRequiredMixin, View):
    permission = "agreements.view_agreement"

    def get(self, request, pk):
        document = get_object_or_404(
            Document.objects.filter(agreement__in=scoped(request.user)), pk=pk
        )
        return document_response(document)
