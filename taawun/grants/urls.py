"""Calls for projects and applications in the workspace ("/ar/manage/grants/")."""

from django.urls import path

from . import views

app_name = "grants"

urlpatterns = [
    path("", views.CallListView.as_view(), name="call-list"),
    path("new/", views.CallCreateView.as_view(), name="call-create"),
    path("associations/", views.MoneyView.as_view(), name="money"),
    path("<int:pk>/", views.CallDetailView.as_view(), name="call-detail"),
    path("<int:pk>/edit/", views.CallEditView.as_view(), name="call-edit"),
    path("<int:pk>/step/<slug:step>/", views.CallStepView.as_view(), name="call-step"),
    path("<int:pk>/reviewers/", views.CallReviewersView.as_view(), name="call-reviewers"),
    path("<int:pk>/selection/", views.SelectionView.as_view(), name="selection"),
    path("<int:pk>/apply/", views.ApplyView.as_view(), name="apply"),
    path(
        "applications/<int:pk>/", views.ApplicationDetailView.as_view(), name="application-detail"
    ),
    path(
        "applications/<int:pk>/edit/", views.ApplicationEditView.as_view(), name="application-edit"
    ),
    path("applications/<int:pk>/budget/", views.BudgetView.as_view(), name="budget"),
    path(
        "applications/<int:pk>/documents/", views.DocumentJoinView.as_view(), name="document-join"
    ),
    path("applications/<int:pk>/submit/", views.SubmitView.as_view(), name="submit"),
    path("applications/<int:pk>/withdraw/", views.WithdrawView.as_view(), name="withdraw"),
    path("applications/<int:pk>/screen/", views.ScreenView.as_view(), name="screen"),
    path("applications/<int:pk>/review/", views.ReviewView.as_view(), name="review"),
    path("documents/<int:pk>/", views.application_document, name="document"),
    path(
        "applications/<int:pk>/report-dates/", views.ReportDatesView.as_view(), name="report-dates"
    ),
    path("reports/<int:pk>/file/", views.ReportFileView.as_view(), name="report-file"),
    path("reports/<int:pk>/decide/", views.ReportDecideView.as_view(), name="report-decide"),
    path("report-pieces/<int:pk>/", views.report_document, name="report-document"),
]
