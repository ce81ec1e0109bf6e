"""Importing transactions from a spreadsheet; exporting projects and transactions."""

from django.utils.translation import ngettext
from django.views import View

from taawun.core.forms import ImportForm
from taawun.core.tabular import csv_response, refuse_bad_filters, xlsx_response
from taawun.core.views import ImportCommitView, ImportPreviewView, RoleRequiredMixin

from .. import exports, imports
from ..filters import ProjectFilter
from ..models import Project

IMPORT_SESSION_KEY = "transactions-import"


class TransactionImportView(ImportPreviewView):
    permission = "projects.import_transaction"
    form_class = ImportForm
    template_name = "projects/transaction_import.html"
    session_key = IMPORT_SESSION_KEY
    columns = imports.COLUMNS

    def preview(self, header, rows):
        return imports.preview_transactions(header, rows, by=self.request.user)


class TransactionImportCommitView(ImportCommitView):
    permission = "projects.import_transaction"
    session_key = IMPORT_SESSION_KEY
    retry_url = "projects:transactions-import"
    done_url = "projects:list"

    def run(self, header, rows):
        preview = imports.commit_transactions(header=header, rows=rows, by=self.request.user)
        self.projects = preview.projects
        return len(preview.rows)

    def linked_records(self, result):
        return self.projects  # the projects the file recorded transactions on

    def done_message(self, count):
        return ngettext(
            "%(count)s transaction was imported.", "%(count)s transactions were imported.", count
        ) % {"count": count}


class TransactionImportTemplateView(RoleRequiredMixin, View):
    permission = "projects.import_transaction"

    def get(self, request):
        example = imports.template_example(request.user)
        return csv_response("transactions-template.csv", imports.COLUMNS, [example])


class ExportMixin(RoleRequiredMixin):
    """The projects of the filtered list, as the reader may see them. Contacts never leave."""

    permission = "projects.export_project"

    def get(self, request, fmt):
        # The filters are checked before anything streams: a bad one is a 400 that says why.
        self.filterset = ProjectFilter(
            request.GET, queryset=Project.objects.visible_to(request.user), request=request
        )
        return refuse_bad_filters(self.filterset) or self.export(fmt)

    def filtered_projects(self):
        return self.filterset.qs

    def respond(self, fmt, name, table):
        header, rows = table
        if fmt == "xlsx":
            return xlsx_response(f"{name}.xlsx", header, rows, right_to_left=True)
        return csv_response(f"{name}.csv", header, rows)


class ProjectExportView(ExportMixin, View):
    def export(self, fmt):
        # pk__in: a filter across domains or places must not repeat a project.
        projects = Project.objects.filter(pk__in=self.filtered_projects().values("pk"))
        return self.respond(fmt, "projects", exports.project_table(projects))


class TransactionExportView(ExportMixin, View):
    def export(self, fmt):
        transactions = exports.transactions_of(self.filtered_projects())
        return self.respond(fmt, "transactions", exports.transaction_table(transactions))
