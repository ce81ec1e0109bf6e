from django.urls import include, path

from . import views

app_name = "projects"

urlpatterns = [
    # Workspace pages of projects (views.py).
    path("", views.ProjectListView.as_view(), name="list"),
    # Import and export of transactions and projects (urls_io.py).
    path("", include("taawun.projects.urls_io")),
]
