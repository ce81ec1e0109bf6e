from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.core.concurrency import StaleEdit, carry_version, seen_version, stale_context
from taawun.core.forms import cleaned, error_summary, formset_rows
from taawun.core.history import HistoryView
from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.tabular import (
    allowed_values_here,
    allowed_values_sheet,
    csv_response,
    refuse_bad_filters,
    xlsx_response,
)
from taawun.core.views import (
    NOT_SAVED,
    HtmxFragmentMixin,
    ImportCommitView,
    ImportPreviewView,
    RecordActionView,
    RoleRequiredMixin,
    add_service_error,
)
from taawun.core.views.records import ReturnToRowMixin

from . import exports, imports, rules, services
from .columns import FORM_FIELDS
from .filters import PartnerFilter
from .forms import ContactFormSet, PartnerForm, RepresentativePartnerForm
from .models import Contact, Partner


class PartnerScopeMixin:
    def get_queryset(self):
        return Partner.objects.visible_to(self.request.user).prefetch_related("domains")


class PartnerListView(RoleRequiredMixin, HtmxFragmentMixin, FilterView):
    permission = "partners.view_partner"
    filterset_class = PartnerFilter
    template_name = "partners/partner_list.html"
    paginate_by = 25
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        qs = Partner.objects.visible_to(self.request.user)
        if self.request.GET.get("archived") == "1":
            qs = qs.filter(archived_at__isnull=False)
        else:
            qs = qs.current()
        return qs.prefetch_related("domains").order_by(localized_field_name("name"), "pk")


class PartnerDetailView(RoleRequiredMixin, PartnerScopeMixin, DetailView):
    permission = "partners.view_partner"
    permission_object = True
    model = Partner
    template_name = "partners/partner_detail.html"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(Prefetch("contacts", queryset=Contact.objects.order_by("name")))
        )


class PartnerFormView(ReturnToRowMixin, RoleRequiredMixin, View):
    """Create or edit a partner with its contact people, through the services, all or nothing;
    once saved, "Saved: <partner>" and back to the list it was opened from, at its row
    (core's ReturnToRowMixin), else to the partner's page.

    The commune's editors see every field; a partner's representative only what describes its
    own organisation (services.editable_fields)."""

    template_name = "partners/partner_form.html"
    anchor_success_url = False  # the partner's own page

    def partner(self):
        raise NotImplementedError

    def form_class(self):
        if services.editable_fields(self.request.user) == FORM_FIELDS:
            return PartnerForm
        return RepresentativePartnerForm

    def get_success_url(self):
        return self.saved_record.get_manage_url()

    def get_cancel_url(self):
        partner = self.partner_edited
        fallback = partner.get_manage_url() if partner.pk else reverse("partners:list")
        return self.get_next_url() or fallback

    def render_form(self, form, contacts, status=200, **context):
        context = {
            "form": form,
            "contacts": contacts,
            "partner": form.instance,
            "next": self.get_next_url(),
            "cancel_url": self.get_cancel_url(),
            **error_summary(form, contacts),
            **context,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        partner = self.partner_edited = self.partner()
        return self.render_form(
            carry_version(self.form_class()(instance=partner), partner),
            ContactFormSet(instance=partner, prefix="contacts"),
        )

    def post(self, request, *args, **kwargs):
        partner = self.partner_edited = self.partner()
        form = carry_version(self.form_class()(request.POST, instance=partner), partner)
        contacts = ContactFormSet(request.POST, instance=partner, prefix="contacts")
        if all([form.is_valid(), contacts.is_valid()]):  # every error shows at once
            version = seen_version(form)
            data = {**cleaned(form), "contacts": formset_rows(contacts), "by": request.user}
            try:
                if partner.pk is None:
                    saved = services.partner_create(**data)
                else:
                    saved = services.partner_update(
                        partner=partner, expected_version=version, **data
                    )
            except StaleEdit as stale:
                return self.render_form(form, contacts, status=409, **stale_context(form, stale))
            except ValidationError as error:
                add_service_error(form, error)
            else:
                return self.saved(saved)
        messages.error(request, NOT_SAVED)
        return self.render_form(form, contacts, status=400)


class PartnerCreateView(PartnerFormView):
    permission = "partners.add_partner"

    def partner(self):
        return Partner()


class PartnerUpdateView(PartnerScopeMixin, PartnerFormView):
    permission = "partners.change_partner"
    permission_object = True

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def partner(self):
        return self.get_permission_object()


class PartnerArchiveView(RecordActionView):
    """POST only: archive a partner, or bring an archived one back."""

    permission = "partners.archive_partner"

    def get_queryset(self):
        return Partner.objects.visible_to(self.request.user)

    def act(self, partner):
        if partner.is_archived:
            services.partner_restore(partner=partner, by=self.request.user)
            return _("The partner was restored.")
        services.partner_archive(partner=partner, by=self.request.user)
        return _("The partner was archived.")


class PartnerHistoryView(RoleRequiredMixin, PartnerScopeMixin, HistoryView):
    permission = "partners.view_history"
    permission_object = True
    model = Partner
    staff_only_fields = rules.STAFF_ONLY_FIELDS
    staff_only_permission = "partners.view_staff_only"

    def related_histories(self, partner):
        return [Contact.history.filter(partner_id=partner.pk)]


IMPORT_SESSION_KEY = "partners-import"


class PartnerImportView(ImportPreviewView):
    permission = "partners.import_partner"
    template_name = "partners/partner_import.html"
    session_key = IMPORT_SESSION_KEY
    columns = imports.COLUMNS

    def preview(self, header, rows):
        return imports.preview_partners(header, rows)

    def get_context_data(self, **kwargs):
        allowed = allowed_values_here(imports.allowed_values())
        return super().get_context_data(allowed_values=allowed, **kwargs)


class PartnerImportCommitView(ImportCommitView):
    permission = "partners.import_partner"
    session_key = IMPORT_SESSION_KEY
    retry_url = "partners:import"
    done_url = "partners:list"

    def run(self, header, rows):
        return imports.commit_partners(header=header, rows=rows, by=self.request.user)

    def done_message(self, count):
        return ngettext(
            "%(count)s partner was imported, not published yet: the public portal shows it "
            "once it is published from its form.",
            "%(count)s partners were imported, not published yet: the public portal shows "
            "each once it is published from its form.",
            count,
        ) % {"count": count}


class PartnerImportTemplateView(RoleRequiredMixin, View):
    """The import's template from this commune's registers: an example row that imports as it
    is; the XLSX adds a sheet of the allowed values."""

    permission = "partners.import_partner"

    def get(self, request, fmt="csv"):
        example = imports.template_example()
        if fmt == "xlsx":
            return xlsx_response(
                "partners-template.xlsx",
                imports.COLUMNS,
                [example],
                sheets=[allowed_values_sheet(imports.allowed_values())],
            )
        return csv_response("partners-template.csv", imports.COLUMNS, [example])


class PartnerExportView(RoleRequiredMixin, View):
    """The filtered list as CSV or XLSX. Contact people are never exported."""

    permission = "partners.export_partner"

    def get(self, request, fmt):
        filterset = PartnerFilter(
            request.GET, queryset=Partner.objects.visible_to(request.user).current()
        )
        if refused := refuse_bad_filters(filterset):  # before anything streams
            return refused
        header, rows = exports.partner_table(filterset.qs)
        if fmt == "xlsx":
            return xlsx_response("partners.xlsx", header, rows, right_to_left=True)
        return csv_response("partners.csv", header, rows)
