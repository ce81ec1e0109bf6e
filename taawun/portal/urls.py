from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("partners/", views.PublicPartnerListView.as_view(), name="partner-list"),
    path("partners/<int:pk>/", views.PublicPartnerDetailView.as_view(), name="partner-detail"),
    path("agreements/", views.PublicAgreementListView.as_view(), name="agreement-list"),
    path(
        "agreements/<int:pk>/", views.PublicAgreementDetailView.as_view(), name="agreement-detail"
    ),
    path(
        "agreements/<int:pk>/<slug:slug>/",
        views.PublicAgreementDetailView.as_view(),
        name="agreement-detail",
    ),
    path("agreements/documents/<int:pk>/", views.public_document, name="agreement-document"),
    path(
        "partners/<int:pk>/<slug:slug>/",
        views.PublicPartnerDetailView.as_view(),
        name="partner-detail",
    ),
    path("projects/", views.PublicProjectListView.as_view(), name="project-list"),
    path("projects/<int:pk>/", views.PublicProjectDetailView.as_view(), name="project-detail"),
    path(
        "projects/<int:pk>/<slug:slug>/",
        views.PublicProjectDetailView.as_view(),
        name="project-detail",
    ),
]
