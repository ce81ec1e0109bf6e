from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path

from taawun.core import views as core_views
from taawun.opendata.views import OpenDataIndexView
from taawun.portal.sitemaps import SITEMAPS
from taawun.portal.views import language_root, robots_txt

handler403 = "taawun.core.views.permission_denied"
handler404 = "taawun.core.views.page_not_found"

urlpatterns = [
    path("", language_root, name="root"),
    path("healthz", core_views.HealthView.as_view(), name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap_view, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("django-admin/", admin.site.urls),
    path("api/v1/", include(("taawun.opendata.urls", "api"))),
    path("open-data/", include("taawun.opendata.urls_files")),
]

urlpatterns += i18n_patterns(
    path("", include("taawun.portal.urls")),
    path("", include("taawun.core.urls")),
    path("manage/", include("taawun.reports.urls")),
    path("manage/partners/", include("taawun.partners.urls")),
    path("manage/agreements/", include("taawun.agreements.urls")),
    path("manage/finance/", include("taawun.finance.urls")),
    path("manage/projects/", include("taawun.projects.urls")),
    path("manage/territory/", include("taawun.territory.urls")),
    path("accounts/", include("taawun.accounts.urls")),
    path("open-data/", OpenDataIndexView.as_view(), name="open-data"),
    path("report/", include("taawun.reports.urls_public")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
