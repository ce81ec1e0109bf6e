"""The annual report on the portal, under /<lang>/report/ in its own public namespace "report"
(the workspace's reports are in urls.py, namespace "reports")."""

from django.urls import path

from .views import AnnualIndexView, AnnualReportPdfView, AnnualReportView
from .views.alignment import PublicAlignmentView

app_name = "report"

urlpatterns = [
    path("", AnnualIndexView.as_view(), name="index"),
    path("alignment/", PublicAlignmentView.as_view(), name="alignment"),
    path("<int:year>/", AnnualReportView.as_view(), name="page"),
    path("<int:year>.pdf", AnnualReportPdfView.as_view(), name="pdf"),
]
