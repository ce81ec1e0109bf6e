"""Funding opportunities on the portal ("/ar/opportunities/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public

app_name = "opportunities"

urlpatterns = [
    path("", public.PublicOpportunityListView.as_view(), name="list"),
    path("deadlines.ics", public.deadlines_calendar, name="calendar"),
    path("<int:pk>/", public.PublicOpportunityDetailView.as_view(), name="detail"),
    path("<int:pk>/<uslug:slug>/", public.PublicOpportunityDetailView.as_view(), name="detail"),
]
