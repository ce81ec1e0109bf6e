"""Exchange missions on the portal ("/ar/missions/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public_missions as views

app_name = "missions"

urlpatterns = [
    path("", views.PublicMissionListView.as_view(), name="list"),
    path("<int:pk>/", views.PublicMissionDetailView.as_view(), name="detail"),
    path("<int:pk>/<uslug:slug>/", views.PublicMissionDetailView.as_view(), name="detail"),
]
