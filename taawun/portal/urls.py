from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("partners/", views.PublicPartnerListView.as_view(), name="partner-list"),
    path("partners/<int:pk>/", views.PublicPartnerDetailView.as_view(), name="partner-detail"),
    path(
        "partners/<int:pk>/<slug:slug>/",
        views.PublicPartnerDetailView.as_view(),
        name="partner-detail",
    ),
]
