"""Exchange missions in the workspace."""

from django.urls import path

from .views import missions as views

urlpatterns = [
    path("missions/", views.MissionListView.as_view(), name="mission-list"),
    path("missions/new/", views.MissionCreateView.as_view(), name="mission-create"),
    path("missions/<int:pk>/", views.MissionDetailView.as_view(), name="mission-detail"),
    path("missions/<int:pk>/edit/", views.MissionEditView.as_view(), name="mission-edit"),
    path(
        "missions/<int:pk>/step/<slug:step>/", views.MissionStepView.as_view(), name="mission-step"
    ),
    path("missions/<int:pk>/members/", views.MemberAddView.as_view(), name="mission-member-add"),
    path("missions/<int:pk>/costs/", views.CostAddView.as_view(), name="mission-cost-add"),
    path("missions/<int:pk>/report/", views.ReportView.as_view(), name="mission-report"),
    path("missions/<int:pk>/report.file", views.mission_report_file, name="mission-report-file"),
]
