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
    # Residents' pages: each locality's page sits below the list of localities.
    path("localities/", views.LocalityListView.as_view(), name="locality-list"),
    path("localities/<slug:slug>/", views.LocalityDetailView.as_view(), name="locality-detail"),
    path("news/", views.NewsView.as_view(), name="news"),
    path("how-cooperation-works/", views.HowView.as_view(), name="how"),
]
