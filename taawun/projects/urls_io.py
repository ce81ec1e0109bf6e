"""Import and export addresses, included by projects/urls.py under the "projects" namespace."""

from django.urls import path, re_path

from . import views_io

urlpatterns = [
    path(
        "transactions/import/",
        views_io.TransactionImportView.as_view(),
        name="transactions-import",
    ),
    path(
        "transactions/import/commit/",
        views_io.TransactionImportCommitView.as_view(),
        name="transactions-import-commit",
    ),
    path(
        "transactions/import/template.csv",
        views_io.TransactionImportTemplateView.as_view(),
        name="transactions-import-template",
    ),
    re_path(
        r"^export\.(?P<fmt>csv|xlsx)$", views_io.ProjectExportView.as_view(), name="projects-export"
    ),
    re_path(
        r"^transactions/export\.(?P<fmt>csv|xlsx)$",
        views_io.TransactionExportView.as_view(),
        name="transactions-export",
    ),
]
