from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from . import permissions


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
