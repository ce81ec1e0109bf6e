"""Open data files under /open-data/ (no language prefix: they are data, not pages)."""

from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("iati/activities.xml", views.iati_activities, name="iati-activities"),
    path("iati/organisation.xml", views.iati_organisation, name="iati-organisation"),
]
