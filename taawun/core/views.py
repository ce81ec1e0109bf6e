from django.contrib import messages
from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from . import permissions
from .tabular import ImportRejected, read_table


class RoleRequiredMixin(AccessMixin):
    """Anonymous users go to sign-in; signed-in users without the rule get 403.

    `permission` names a rule of core.permissions; when `permission_object` is
    True the rule is asked about the view's object (`get_object()`).
    """

    permission = "core.view_workspace"
    permission_object = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        obj = self.get_permission_object() if self.permission_object else None
        if not permissions.can(request.user, self.permission, obj):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_permission_object(self):
        if not hasattr(self, "_permission_object"):
            self._permission_object = self.get_object()
        return self._permission_object

    def get_object(self, queryset=None):
        # Reuse the object fetched for the permission check instead of a second query.
        if queryset is None and hasattr(self, "_permission_object"):
            return self._permission_object
        return super().get_object(queryset)


class DashboardView(RoleRequiredMixin, TemplateView):
    """The cooperation dashboard: key figures, leverage, charts and gaps, in the user's scope."""

    permission = "reports.view_dashboard"
    template_name = "core/dashboard.html"

    def get_context_data(self, **kwargs):
        from taawun.reports.dashboard import dashboard_context

        context = super().get_context_data(**kwargs)
        context.update(dashboard_context(self.request.user))
        return context


class HealthView(View):
    """Load balancers ask this: 200 when the database answers, 503 otherwise."""

    def get(self, request):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception as error:  # any database failure means "not healthy"
            return JsonResponse({"status": "error", "database": str(error)[:200]}, status=503)
        return JsonResponse({"status": "ok", "database": "ok"})


def permission_denied(request, exception=None):
    return render(
        request,
        "core/error.html",
        {"title": _("Access refused"), "message": _("Your role does not allow this page.")},
        status=403,
    )


def page_not_found(request, exception=None):
    return render(
        request,
        "core/error.html",
        {"title": _("Page not found"), "message": _("This page does not exist or is not public.")},
        status=404,
    )


class ImportPreviewView(RoleRequiredMixin, FormView):
    """Step 1 of an import: upload a file and see every row checked. A file without errors is
    kept in the session for step 2 (ImportCommitView), which imports all of it or nothing."""

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
