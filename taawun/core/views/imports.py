"""The two steps of every import (partners, transactions): check the whole file, then import all
of it or nothing. An app's views name the columns, the preview and the import."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView

from ..forms import ImportForm
from ..tabular import ImportRejected, read_table
from .mixins import RoleRequiredMixin


class ImportPreviewView(RoleRequiredMixin, FormView):
    """Step 1 of an import: upload a file and see every row checked. A file without errors is
    kept in the session for step 2 (ImportCommitView), which imports all of it or nothing."""

    form_class = ImportForm
    session_key = ""
    columns = ()

    def preview(self, header, rows):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            header, rows = read_table(form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
            return self.form_invalid(form)
        preview = self.preview(header, rows)
        if preview.is_valid:
            self.request.session[self.session_key] = {"header": header, "rows": rows}
        else:
            self.request.session.pop(self.session_key, None)
        return self.render_to_response(
            self.get_context_data(form=form, preview=preview, columns=self.columns)
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ImportCommitView(RoleRequiredMixin, View):
    """Step 2 of an import: the checked file from the session, all rows or none."""

    http_method_names = ["post"]
    session_key = ""
    retry_url = ""  # URL name of step 1
    done_url = ""  # URL name shown after the import

    def run(self, header, rows):
        """Import the rows; return how many, or raise ImportRejected."""
        raise NotImplementedError

    def done_message(self, count):
        raise NotImplementedError

    def post(self, request):
        staged = request.session.pop(self.session_key, None)
        if not staged:
            messages.error(request, gettext("There is no checked file to import. Upload it again."))
            return redirect(self.retry_url)
        try:
            count = self.run(staged["header"], staged["rows"])
        except ImportRejected as rejected:
            # The register changed since the preview (someone recorded a row meanwhile).
            numbers = ", ".join(str(row.number) for row in rejected.preview.rows if row.errors)
            messages.error(
                request,
                gettext("The file has errors (rows %(rows)s); nothing was imported.")
                % {"rows": numbers}
                if numbers
                else gettext("The file has errors; nothing was imported."),
            )
            return redirect(self.retry_url)
        messages.success(request, self.done_message(count))
        return redirect(self.done_url)
