"""The two steps of every import (partners, transactions): check the whole file, then import all
of it or nothing. An app's views name the columns, the preview and the import."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
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

    def stage(self, header, rows):
        """What step 2 imports, kept in the session once the preview is clean: the file's rows,
        unless the app keeps less (a petition's signatures keep hashes, never the numbers)."""
        return {"header": header, "rows": rows}

    def form_valid(self, form):
        try:
            header, rows = read_table(form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
            return self.form_invalid(form)
        preview = self.preview(header, rows)
        if preview.is_valid:
            self.request.session[self.session_key] = self.stage(header, rows)
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
        """Import the rows; return the records made (or how many), or raise ImportRejected."""
        raise NotImplementedError

    def linked_records(self, result):
        """The records the message links to (each with get_manage_url()), from run()'s result."""
        return result if isinstance(result, list) else []

    def done_message(self, count):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        staged = request.session.pop(self.session_key, None)
        if not staged:
            messages.error(request, gettext("There is no checked file to import. Upload it again."))
            return redirect(self.retry_url)
        try:
            result = self.run(staged["header"], staged["rows"])
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
        records = self.linked_records(result)
        count = len(result) if isinstance(result, list) else result
        messages.success(request, self.done_message(count))
        if records:
            messages.info(request, just_imported(records))
        return redirect(self.done_url)


LINKS_SHOWN = 20


def just_imported(records):
    """ "Just imported: A, B, C …" with a link to each record (the first LINKS_SHOWN)."""
    links = format_html_join(
        gettext(", "),
        '<a href="{}"><bdi>{}</bdi></a>',
        ((record.get_manage_url(), str(record)) for record in records[:LINKS_SHOWN]),
    )
    more = len(records) - LINKS_SHOWN
    if more > 0:
        rest = ngettext("and %(count)s more", "and %(count)s more", more) % {"count": more}
        return format_html("{} {} {}", gettext("Just imported:"), links, rest)
    return format_html("{} {}", gettext("Just imported:"), links)
