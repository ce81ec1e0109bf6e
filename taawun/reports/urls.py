"""The workspace's reports, under /<lang>/manage/: the dashboard (the workspace's home page, where
sign-in lands) and its charts. The public annual report is in urls_public.py."""

from django.urls import path

from .views import ChartView, DashboardView
from .views.alignment import AlignmentAxisView, AlignmentExportView, AlignmentView
from .views.brief import PartnerBriefPdfView, PartnerBriefView
from .views.search import WorkspaceSearchView

app_name = "reports"

urlpatterns = [
    path("", DashboardView.as_view(), name="dashboard"),
    path("search/", WorkspaceSearchView.as_view(), name="search"),
    path("charts/<slug:name>.svg", ChartView.as_view(), name="chart"),
    path("alignment/", AlignmentView.as_view(), name="alignment"),
    path("alignment/axes/<int:number>/", AlignmentAxisView.as_view(), name="alignment-axis"),
    path("alignment.<slug:fmt>", AlignmentExportView.as_view(), name="alignment-export"),
    path("partners/<int:pk>/brief/", PartnerBriefView.as_view(), name="partner-brief"),
    path("partners/<int:pk>/brief.pdf", PartnerBriefPdfView.as_view(), name="partner-brief-pdf"),
]
