"""Exchange missions in the workspace."""

from django.urls import path

from .views import missions as views
from .views import trainings

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
    path("missions/<int:pk>/follow-up/", views.FollowUpView.as_view(), name="mission-follow-up"),
    path("missions/<int:pk>/report.file", views.mission_report_file, name="mission-report-file"),
    path("trainings/", trainings.TrainingListView.as_view(), name="training-list"),
    path("trainings/new/", trainings.TrainingCreateView.as_view(), name="training-create"),
    path("trainings/<int:pk>/", trainings.TrainingDetailView.as_view(), name="training-detail"),
    path("trainings/<int:pk>/edit/", trainings.TrainingEditView.as_view(), name="training-edit"),
    path(
        "trainings/<int:pk>/participants/",
        trainings.ParticipantAddView.as_view(),
        name="training-participant-add",
    ),
]
