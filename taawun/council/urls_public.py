"""The public pages of the council's sessions, under the portal's language prefix
("/ar/council/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public

app_name = "council-public"

urlpatterns = [
    path("", public.PublicSessionListView.as_view(), name="session-list"),
    path("<int:pk>/", public.PublicSessionDetailView.as_view(), name="session-detail"),
    path("<int:pk>/<uslug:slug>/", public.PublicSessionDetailView.as_view(), name="session-detail"),
]
