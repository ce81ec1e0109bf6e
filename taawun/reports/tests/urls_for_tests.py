"""The site's URLs plus the annual report's, until taawun/urls.py includes them itself."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from taawun.urls import handler403, handler404  # noqa: F401
from taawun.urls import urlpatterns as site_patterns


def _has_report(patterns):
    for entry in patterns:
        if getattr(entry, "namespace", None) == "report":
            return True
        if hasattr(entry, "url_patterns") and _has_report(entry.url_patterns):
            return True
    return False


urlpatterns = list(site_patterns)
if not _has_report(urlpatterns):
    urlpatterns += i18n_patterns(
        path("report/", include("taawun.reports.urls_annual")), prefix_default_language=True
    )
