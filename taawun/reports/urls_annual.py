"""The annual report on the portal, included under /<lang>/report/ (inside i18n_patterns)."""

from django.urls import path

from . import views_annual

app_name = "report"

urlpatterns = [
    path("", views_annual.AnnualIndexView.as_view(), name="index"),
    path("<int:year>/", views_annual.AnnualReportView.as_view(), name="page"),
    path("<int:year>.pdf", views_annual.AnnualReportPdfView.as_view(), name="pdf"),
]
