"""The workspace's reports, under /<lang>/manage/: the dashboard (the workspace's home page, where
sign-in lands) and its charts. The public annual report is in urls_public.py."""

from django.urls import path

from .views import ChartView, DashboardView
from .views.search import WorkspaceSearchView

app_name = "reports"

urlpatterns = [
    path("", DashboardView.as_view(), name="dashboard"),
    path("search/", WorkspaceSearchView.as_view(), name="search"),
    path("charts/<slug:name>.svg", ChartView.as_view(), name="chart"),
]
