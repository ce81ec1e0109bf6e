from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path

from taawun.accounts.views import calendar_feed
from taawun.core import views as core_views
from taawun.opendata.views import OpenDataIndexView
from taawun.portal.sitemaps import SITEMAPS
from taawun.portal.views import language_root, robots_txt

handler403 = "taawun.core.views.permission_denied"
handler404 = "taawun.core.views.page_not_found"
handler500 = "taawun.core.views.server_error"

urlpatterns = [
    path("", language_root, name="root"),
    path("healthz", core_views.HealthView.as_view(), name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap_view, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("django-admin/", admin.site.urls),
    path("api/v1/", include(("taawun.opendata.urls", "api"))),
    path("open-data/", include("taawun.opendata.urls_files")),
    path("calendar/<str:token>.ics", calendar_feed, name="calendar-feed"),
]

urlpatterns += i18n_patterns(
    path("", include("taawun.portal.urls")),
    path("", include("taawun.core.urls")),
    path("manage/", include("taawun.reports.urls")),
    path("manage/partners/", include("taawun.partners.urls")),
    path("manage/agreements/", include("taawun.agreements.urls")),
    path("manage/finance/", include("taawun.finance.urls")),
    path("manage/projects/", include("taawun.projects.urls")),
    path("manage/coordination/", include("taawun.coordination.urls")),
    path("committees/", include("taawun.coordination.urls_public")),
    path("manage/council/", include("taawun.council.urls")),
    path("council/", include("taawun.council.urls_public")),
    path("manage/participation/", include("taawun.participation.urls")),
    path("manage/grants/", include("taawun.grants.urls")),
    path("priorities/", include("taawun.participation.urls_public")),
    path("residents/", include("taawun.participation.urls_residents")),
    path("information-requests/", include("taawun.participation.urls_information")),
    path("petitions/", include("taawun.participation.urls_petitions")),
    path("calls/", include("taawun.grants.urls_public")),
    path("manage/knowledge/", include("taawun.knowledge.urls")),
    path("practices/", include("taawun.knowledge.urls_public_practices")),
    path("missions/", include("taawun.knowledge.urls_public_missions")),
    path("manage/funding/", include("taawun.funding.urls")),
    path("opportunities/", include("taawun.funding.urls_public")),
    path("manage/territory/", include("taawun.territory.urls")),
    path("accounts/", include("taawun.accounts.urls")),
    path("open-data/", OpenDataIndexView.as_view(), name="open-data"),
    path("report/", include("taawun.reports.urls_public")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    # The public files only: the private storage (PRIVATE_MEDIA_ROOT) is under no URL, even
    # here; its files go out through the views that check the reader (taawun.core.files).
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
