"""The public pages of coordination, under the portal's language prefix ("/ar/committees/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public
from .views import calendars

app_name = "coordination-public"

urlpatterns = [
    path("", public.PublicCommitteeListView.as_view(), name="committee-list"),
    path("<int:pk>/", public.PublicCommitteeDetailView.as_view(), name="committee-detail"),
    path(
        "<int:pk>/<uslug:slug>/",
        public.PublicCommitteeDetailView.as_view(),
        name="committee-detail",
    ),
    path("calendar.ics", calendars.public_calendar, name="calendar"),
    path("meetings/<int:pk>/", public.PublicMeetingDetailView.as_view(), name="meeting-detail"),
    path(
        "meetings/<int:pk>/calendar.ics",
        calendars.public_meeting_calendar,
        name="meeting-calendar",
    ),
]
