"""Pages of the system itself: the health check and the error pages."""

import logging

from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext_lazy as _
from django.views import View

logger = logging.getLogger("taawun.health")


class HealthView(View):
    """Load balancers ask this: 200 when the database answers, 503 otherwise."""

    def get(self, request):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception:  # any database failure means "not healthy"
            # The detail (host names, paths) is for the operator's log, not for whoever asks.
            logger.exception("Health check: the database does not answer")
            return JsonResponse({"status": "error", "database": "error"}, status=503)
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


def server_error(request):
    """The 500 page: the three languages on one static page, rendered without the request's
    context (no database, no session: whatever failed may be what a context processor needs),
    and never a traceback or an error text."""
    return HttpResponseServerError(loader.get_template("core/500.html").render())
