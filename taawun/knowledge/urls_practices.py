"""Good practices and replications in the workspace."""

from django.urls import path

from . import views

urlpatterns = [
    path("practices/", views.PracticeListView.as_view(), name="practice-list"),
    path("practices/new/", views.PracticeCreateView.as_view(), name="practice-create"),
    path("practices/<int:pk>/", views.PracticeDetailView.as_view(), name="practice-detail"),
    path("practices/<int:pk>/edit/", views.PracticeEditView.as_view(), name="practice-edit"),
    path(
        "practices/<int:pk>/step/<slug:step>/",
        views.PracticeStepView.as_view(),
        name="practice-step",
    ),
    path("practices/<int:pk>/return/", views.PracticeReturnView.as_view(), name="practice-return"),
    path(
        "practices/<int:pk>/files/", views.PracticeFileAddView.as_view(), name="practice-file-add"
    ),
    path("practice-files/<int:pk>/", views.practice_file, name="practice-file"),
    path(
        "practices/<int:pk>/replications/new/",
        views.ReplicationCreateView.as_view(),
        name="replication-create",
    ),
    path(
        "replications/<int:pk>/edit/", views.ReplicationEditView.as_view(), name="replication-edit"
    ),
]
