from django.urls import path, re_path

from taawun.core.views import PublishView

from . import views
from .models import Project

app_name = "projects"

urlpatterns = [
    # Workspace pages of projects (views/).
    path("", views.ProjectListView.as_view(), name="list"),
    path("new/", views.ProjectCreateView.as_view(), name="create"),
    path("<int:pk>/", views.ProjectDetailView.as_view(), name="detail"),
    path(
        "<int:pk>/publish/",
        PublishView.as_view(model=Project, permission="projects.publish_project", published=True),
        name="publish",
    ),
    path(
        "<int:pk>/unpublish/",
        PublishView.as_view(model=Project, permission="projects.publish_project", published=False),
        name="unpublish",
    ),
    path("<int:pk>/edit/", views.ProjectUpdateView.as_view(), name="update"),
    path("<int:pk>/history/", views.ProjectHistoryView.as_view(), name="history"),
    # Funding plan
    path(
        "<int:pk>/contributions/new/",
        views.ContributionCreateView.as_view(),
        name="contribution-create",
    ),
    path(
        "contributions/<int:pk>/edit/",
        views.ContributionUpdateView.as_view(),
        name="contribution-update",
    ),
    path(
        "contributions/<int:pk>/delete/",
        views.ContributionDeleteView.as_view(),
        name="contribution-delete",
    ),
    # Money: commitments, disbursements, expenditure (the finance officer)
    path(
        "<int:pk>/transactions/new/",
        views.TransactionCreateView.as_view(),
        name="transaction-create",
    ),
    path(
        "transactions/<int:pk>/edit/",
        views.TransactionUpdateView.as_view(),
        name="transaction-update",
    ),
    path(
        "transactions/<int:pk>/delete/",
        views.TransactionDeleteView.as_view(),
        name="transaction-delete",
    ),
    # Progress: milestones, updates, indicators and their periods
    path("<int:pk>/milestones/new/", views.MilestoneCreateView.as_view(), name="milestone-create"),
    path("milestones/<int:pk>/edit/", views.MilestoneUpdateView.as_view(), name="milestone-update"),
    path("<int:pk>/updates/new/", views.UpdateCreateView.as_view(), name="update-create"),
    path("updates/<int:pk>/edit/", views.UpdateEditView.as_view(), name="update-edit"),
    path("updates/<int:pk>/delete/", views.UpdateDeleteView.as_view(), name="update-delete"),
    path("updates/<int:pk>/photo/", views.UpdatePhotoView.as_view(), name="update-photo"),
    path("<int:pk>/indicators/new/", views.IndicatorCreateView.as_view(), name="indicator-create"),
    path("indicators/<int:pk>/edit/", views.IndicatorUpdateView.as_view(), name="indicator-update"),
    path(
        "indicators/<int:pk>/periods/new/",
        views.PeriodFormView.as_view(),
        {"new": True},
        name="period-create",
    ),
    path("periods/<int:pk>/edit/", views.PeriodFormView.as_view(), name="period-update"),
    # Import and export of transactions and projects
    path(
        "transactions/import/",
        views.TransactionImportView.as_view(),
        name="transactions-import",
    ),
    path(
        "transactions/import/commit/",
        views.TransactionImportCommitView.as_view(),
        name="transactions-import-commit",
    ),
    path(
        "transactions/import/template.csv",
        views.TransactionImportTemplateView.as_view(),
        name="transactions-import-template",
    ),
    re_path(
        r"^export\.(?P<fmt>csv|xlsx)$", views.ProjectExportView.as_view(), name="projects-export"
    ),
    re_path(
        r"^transactions/export\.(?P<fmt>csv|xlsx)$",
        views.TransactionExportView.as_view(),
        name="transactions-export",
    ),
]
