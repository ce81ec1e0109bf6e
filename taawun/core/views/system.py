"""Pages of the system itself: the health check and the error pages."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views import View


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
