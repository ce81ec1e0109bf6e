from django.urls import path
from django.views.generic import TemplateView

from taawun.core import converters  # noqa: F401 - registers the uslug converter

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
        "agreements/<int:pk>/<uslug:slug>/",
        views.PublicAgreementDetailView.as_view(),
        name="agreement-detail",
    ),
    path("agreements/documents/<int:pk>/", views.public_document, name="agreement-document"),
    path(
        "partners/<int:pk>/<uslug:slug>/",
        views.PublicPartnerDetailView.as_view(),
        name="partner-detail",
    ),
    path("projects/", views.PublicProjectListView.as_view(), name="project-list"),
    path("projects/<int:pk>/", views.PublicProjectDetailView.as_view(), name="project-detail"),
    path(
        "projects/<int:pk>/<uslug:slug>/",
        views.PublicProjectDetailView.as_view(),
        name="project-detail",
    ),
    # Residents' pages: each locality's page sits below the list of localities.
    path("localities/", views.LocalityListView.as_view(), name="locality-list"),
    path("localities/<slug:slug>/", views.LocalityDetailView.as_view(), name="locality-detail"),
    path("news/", views.NewsView.as_view(), name="news"),
    path("news/<int:pk>/photo/", views.public_update_photo, name="update-photo"),
    path("how-cooperation-works/", views.HowView.as_view(), name="how"),
    path("search/", views.SearchView.as_view(), name="search"),
    # The notices every public service carries, linked from the footer.
    path(
        "accessibility/",
        TemplateView.as_view(template_name="portal/accessibility.html"),
        name="accessibility",
    ),
    path("legal-notice/", TemplateView.as_view(template_name="portal/legal.html"), name="legal"),
    path(
        "personal-data/",
        TemplateView.as_view(template_name="portal/personal_data.html"),
        name="personal-data",
    ),
]
