"""The register of agreements: the list, an agreement's page, creating and editing its terms,
its history and its documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import F, Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.core.concurrency import StaleEdit, carry_version, seen_version, stale_context
from taawun.core.files import document_response
from taawun.core.forms import error_summary
from taawun.core.history import HistoryView
from taawun.core.i18n import amount, localized, localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import NOT_SAVED, HtmxFragmentMixin, RoleRequiredMixin, add_service_error
from taawun.core.views.records import ReturnToRowMixin
from taawun.territory.selectors import commune_partner_id

from .. import lifecycle, rules, services
from ..choices import DeclarationState
from ..filters import AgreementFilter
from ..forms import AgreementForm
from ..models import Agreement, Amendment, Document, Obligation, Party, PaymentDeclaration
from ..selectors import agreement_detail_queryset, party_totals
from .steps import step_form


def scoped(user):
    return Agreement.objects.visible_to(user)


# The register's sortable columns (issue 10 #11): `?sort=<key>` ascends, `?sort=-<key>`
# descends; any other value is ignored and the register keeps its default order (newest first).
SORTS = {
    "reference": lambda: "reference",
    "title": lambda: localized_field_name("title"),
    "stage": lambda: "stage",
    "start": lambda: "start_date",
    "committed": lambda: "committed_mad",
}


def register_sort(value):
    """(key, descending) of a whitelisted `sort` value, or (None, False)."""
    value = (value or "").strip()
    descending = value.startswith("-")
    key = value.removeprefix("-")
    return (key, descending) if key in SORTS else (None, False)


class AgreementListView(RoleRequiredMixin, HtmxFragmentMixin, FilterView):
    permission = "agreements.view_agreement"
    filterset_class = AgreementFilter
    template_name = "agreements/agreement_list.html"
    paginate_by = 25
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        queryset = (
            scoped(self.request.user)
            .select_related("kind")
            .prefetch_related(Prefetch("parties", queryset=Party.objects.select_related("partner")))
            .with_totals()
        )
        key, descending = register_sort(self.request.GET.get("sort"))
        if key is None:
            return queryset.order_by("-created_at", "-pk")
        column = F(SORTS[key]())
        order = column.desc(nulls_last=True) if descending else column.asc(nulls_first=True)
        return queryset.order_by(order, "-pk" if descending else "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        key, descending = register_sort(self.request.GET.get("sort"))
        # Each header's state: aria-sort on the sorted one, and the link that sorts by it
        # (ascending first, then the other way).
        context["sorts"] = {
            name: {
                "aria": ("descending" if descending else "ascending") if name == key else "",
                "next": f"-{name}" if name == key and not descending else name,
            }
            for name in SORTS
        }
        context["sort"] = f"{'-' if descending else ''}{key}" if key else ""
        return context


class AgreementDetailView(RoleRequiredMixin, DetailView):
    """An agreement's page. What may be done now comes from the lifecycle, record by record:
    the template shows what it is given and asks no question about stages."""

    permission = "agreements.view_agreement"
    permission_object = True
    template_name = "agreements/agreement_detail.html"
    context_object_name = "agreement"

    def get_queryset(self):
        # Payments declared and not (yet) counted, beside each obligation: the user's own
        # organisation's for a representative, every one for the commune.
        open_declarations = (
            PaymentDeclaration.objects.visible_to(self.request.user)
            .exclude(state=DeclarationState.CONFIRMED)
            .order_by("-declared_at", "-pk")
        )
        return agreement_detail_queryset(scoped(self.request.user)).prefetch_related(
            Prefetch(
                "parties__obligations__payment_declarations",
                queryset=open_declarations,
                to_attr="open_declarations",
            )
        )

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
        context["events"] = agreement.events.select_related("by", "partner")
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


class AgreementFormView(ReturnToRowMixin, RoleRequiredMixin, View):
    """Create an agreement (a draft, the commune its first party) or edit its terms; once saved,
    "Saved: <agreement>" and back to the list it was opened from, at its row (core's
    ReturnToRowMixin), else to the agreement's page."""

    template_name = "agreements/agreement_form.html"
    anchor_success_url = False  # the agreement's own page

    def get_agreement(self):
        return None

    def get_success_url(self):
        return self.saved_record.get_manage_url()

    def get_cancel_url(self):
        agreement = self.agreement
        fallback = agreement.get_manage_url() if agreement else reverse("agreements:list")
        return self.get_next_url() or fallback

    def render_form(self, form, status=200, **context):
        context = {
            "form": form,
            "agreement": self.agreement,
            "next": self.get_next_url(),
            "cancel_url": self.get_cancel_url(),
            **error_summary(form),
            **context,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, pk=None):
        agreement = self.agreement = self.get_agreement()
        return self.render_form(carry_version(AgreementForm(instance=agreement), agreement))

    def post(self, request, pk=None):
        agreement = self.agreement = self.get_agreement()
        form = carry_version(AgreementForm(request.POST, instance=agreement), agreement)
        if form.is_valid():
            try:
                saved = self.save(form, expected_version=seen_version(form))
            except StaleEdit as stale:
                return self.render_form(form, status=409, **stale_context(form, stale))
            except ValidationError as error:
                add_service_error(form, error)
            else:
                return self.saved(saved)
        messages.error(request, NOT_SAVED)
        return self.render_form(form, status=400)


class AgreementCreateView(AgreementFormView):
    permission = "agreements.add_agreement"

    def save(self, form, expected_version):
        return services.agreement_create(by=self.request.user, **form.cleaned_data)


class AgreementUpdateView(AgreementFormView):
    permission = "agreements.change_agreement"

    def get_agreement(self):
        return get_object_or_404(scoped(self.request.user), pk=self.kwargs["pk"])

    def save(self, form, expected_version):
        return services.agreement_update(
            agreement=self.agreement,
            by=self.request.user,
            expected_version=expected_version,
            **form.cleaned_data,
        )


class AgreementHistoryView(RoleRequiredMixin, HistoryView):
    permission = "agreements.view_agreement"
    permission_object = True
    staff_only_fields = rules.STAFF_ONLY_FIELDS
    staff_only_permission = "agreements.view_staff_only"

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
                lambda r: f"{obligation_label}: {r.party.partner} — {amount(r.amount, r.currency)}",
            ),
            (
                Amendment.history.filter(agreement_id=agreement.pk),
                lambda r: f"{r.number}. {localized(r, 'title')}",
            ),
            (Document.history.filter(agreement_id=agreement.pk), lambda r: localized(r, "title")),
        ]


class DocumentDownloadView(RoleRequiredMixin, View):
    permission = "agreements.view_agreement"

    def get(self, request, pk):
        document = get_object_or_404(
            Document.objects.filter(agreement__in=scoped(request.user)), pk=pk
        )
        return document_response(document)
