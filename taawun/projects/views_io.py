"""Importing transactions from a spreadsheet; exporting projects and transactions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import FormView

from taawun.core import permissions
from taawun.core.tabular import csv_response, read_table, xlsx_response
from taawun.core.views import RoleRequiredMixin
from taawun.partners.forms import ImportForm

from . import exports, imports
from .filters import ProjectFilter
from .models import Project

IMPORT_SESSION_KEY = "transactions-import"


class TransactionImportView(RoleRequiredMixin, FormView):
    """Step 1: upload a file and see every row checked. Step 2 (commit) imports all or nothing."""

    permission = "projects.import_transaction"
    form_class = ImportForm
    template_name = "projects/transaction_import.html"

    def form_valid(self, form):
        try:
            header, rows = read_table(form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        preview = imports.preview_transactions(header, rows, by=self.request.user)
        if preview.is_valid:
            self.request.session[IMPORT_SESSION_KEY] = {"header": header, "rows": rows}
        else:
            self.request.session.pop(IMPORT_SESSION_KEY, None)
        return self.render_to_response(
            self.get_context_data(form=form, preview=preview, columns=imports.COLUMNS)
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


@require_POST
def transaction_import_commit(request):
    if not request.user.is_authenticated:
        return redirect("accounts:login")
    if not permissions.can(request.user, "projects.import_transaction"):
        raise PermissionDenied
    staged = request.session.pop(IMPORT_SESSION_KEY, None)
    if not staged:
        messages.error(request, _("There is no checked file to import. Upload it again."))
        return redirect("projects:transactions-import")
    try:
        count = imports.import_transactions(
            header=staged["header"], rows=staged["rows"], by=request.user
        )
    except imports.ImportRejected as rejected:
        # The register changed since the preview (someone recorded a transaction meanwhile).
        numbers = ", ".join(str(row.number) for row in rejected.preview.rows if row.errors)
        messages.error(
            request,
            _("The file has errors (rows %(rows)s); nothing was imported.") % {"rows": numbers}
            if numbers
            else _("The file has errors; nothing was imported."),
        )
        return redirect("projects:transactions-import")
    message = ngettext(
        "%(count)s transaction was imported.", "%(count)s transactions were imported.", count
    )
    messages.success(request, message % {"count": count})
    return redirect("projects:list")


class TransactionImportTemplateView(RoleRequiredMixin, View):
    permission = "projects.import_transaction"

    def get(self, request):
        example = [
            "PRJ-0001",
            "disbursement",
            "2025-03-31",
            "Région Souss-Massa",
            "Commune d'Aourir",
            "250000",
            "MAD",
            "Première tranche",
            "",
        ]
        return csv_response("transactions-template.csv", imports.COLUMNS, [example])


class ExportMixin(RoleRequiredMixin):
    """The projects of the filtered list, as the reader may see them. Contacts never leave."""

    permission = "projects.export_project"

    def filtered_projects(self):
        return ProjectFilter(
            self.request.GET,
            queryset=Project.objects.visible_to(self.request.user),
            request=self.request,
        ).qs

    def respond(self, fmt, name, table):
        header, rows = table
        if fmt == "xlsx":
            return xlsx_response(f"{name}.xlsx", header, rows, right_to_left=True)
        return csv_response(f"{name}.csv", header, rows)


class ProjectExportView(ExportMixin, View):
    def get(self, request, fmt):
        # pk__in: a filter across domains or places must not repeat a project.
        projects = Project.objects.filter(pk__in=self.filtered_projects().values("pk"))
        return self.respond(fmt, "projects", exports.project_table(projects))


class TransactionExportView(ExportMixin, View):
    def get(self, request, fmt):
        transactions = exports.transactions_of(self.filtered_projects())
        return self.respond(fmt, "transactions", exports.transaction_table(transactions))
