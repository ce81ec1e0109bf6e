"""Open data files under /open-data/ (no language prefix: they are data, not pages)."""

from django.urls import path, re_path

from . import feeds, views

app_name = "opendata"

urlpatterns = [
    path("iati/activities.xml", views.iati_activities, name="iati-activities"),
    path("iati/organisation.xml", views.iati_organisation, name="iati-organisation"),
    re_path(r"^(?P<name>[a-z]+)\.(?P<fmt>csv|json|xlsx)$", views.dataset, name="dataset"),
    path("updates-<str:language>.atom", feeds.UpdatesFeed(), name="updates-feed"),
    path("priorities-<str:language>.atom", feeds.PriorityAnswersFeed(), name="priorities-feed"),
    path("practices-<str:language>.atom", feeds.PracticesFeed(), name="practices-feed"),
    path("opportunities-<str:language>.atom", feeds.OpportunitiesFeed(), name="opportunities-feed"),
]
