"""Petitions to the council on the portal ("/ar/petitions/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public_petitions

app_name = "petitions"

urlpatterns = [
    path("", public_petitions.PublicPetitionListView.as_view(), name="list"),
    path("<int:pk>/", public_petitions.PublicPetitionDetailView.as_view(), name="detail"),
    path(
        "<int:pk>/<uslug:slug>/", public_petitions.PublicPetitionDetailView.as_view(), name="detail"
    ),
]
