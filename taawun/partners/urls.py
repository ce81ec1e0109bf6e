from django.urls import path, re_path

from taawun.core.views import PublishView

from . import views
from .models import Partner

app_name = "partners"

urlpatterns = [
    path("", views.PartnerListView.as_view(), name="list"),
    path("new/", views.PartnerCreateView.as_view(), name="create"),
    path("import/", views.PartnerImportView.as_view(), name="import"),
    path("import/commit/", views.PartnerImportCommitView.as_view(), name="import-commit"),
    path("import/template.csv", views.PartnerImportTemplateView.as_view(), name="import-template"),
    re_path(
        r"^import/template\.(?P<fmt>csv|xlsx)$",
        views.PartnerImportTemplateView.as_view(),
        name="import-template-file",
    ),
    re_path(r"^export\.(?P<fmt>csv|xlsx)$", views.PartnerExportView.as_view(), name="export"),
    path("<int:pk>/", views.PartnerDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.PartnerUpdateView.as_view(), name="update"),
    path("<int:pk>/archive/", views.PartnerArchiveView.as_view(), name="archive"),
    path(
        "<int:pk>/publish/",
        PublishView.as_view(model=Partner, permission="partners.publish_partner", published=True),
        name="publish",
    ),
    path(
        "<int:pk>/unpublish/",
        PublishView.as_view(model=Partner, permission="partners.publish_partner", published=False),
        name="unpublish",
    ),
    path("<int:pk>/history/", views.PartnerHistoryView.as_view(), name="history"),
]
