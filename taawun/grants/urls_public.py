"""Calls for projects on the portal ("/ar/calls/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public

app_name = "calls"

urlpatterns = [
    path("", public.PublicCallListView.as_view(), name="list"),
    path("<int:pk>/", public.PublicCallDetailView.as_view(), name="detail"),
    path("<int:pk>/<uslug:slug>/", public.PublicCallDetailView.as_view(), name="detail"),
]
