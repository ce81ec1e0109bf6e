from django.urls import path

from taawun.core.views import PublishView

from . import views
from .models import Committee

app_name = "coordination"


def publish(published):
    return PublishView.as_view(
        model=Committee, permission="coordination.publish_committee", published=published
    )


urlpatterns = [
    path("", views.CommitteeListView.as_view(), name="committee-list"),
    path("new/", views.CommitteeFormView.as_view(), name="committee-create"),
    path("<int:pk>/", views.CommitteeDetailView.as_view(), name="committee-detail"),
    path("<int:pk>/edit/", views.CommitteeFormView.as_view(), name="committee-update"),
    path("<int:pk>/publish/", publish(True), name="committee-publish"),
    path("<int:pk>/unpublish/", publish(False), name="committee-unpublish"),
    path("<int:pk>/members/new/", views.MembershipCreateView.as_view(), name="membership-create"),
    path("members/<int:pk>/edit/", views.MembershipUpdateView.as_view(), name="membership-update"),
    path("<int:pk>/meetings/new/", views.MeetingCreateView.as_view(), name="meeting-create"),
    path("meetings/<int:pk>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
    path("meetings/<int:pk>/edit/", views.MeetingUpdateView.as_view(), name="meeting-update"),
    path("meetings/<int:pk>/calendar.ics", views.meeting_calendar, name="meeting-calendar"),
    path("meetings/<int:pk>/held/", views.MeetingHeldView.as_view(), name="meeting-held"),
    path("meetings/<int:pk>/cancel/", views.MeetingCancelView.as_view(), name="meeting-cancel"),
    path("meetings/<int:pk>/invite/", views.MeetingInviteView.as_view(), name="meeting-invite"),
    path(
        "meetings/<int:pk>/attendance/", views.AttendanceView.as_view(), name="meeting-attendance"
    ),
    path(
        "attendances/<int:pk>/reply/", views.AttendanceReplyView.as_view(), name="attendance-reply"
    ),
    path("meetings/<int:pk>/items/new/", views.AgendaItemCreateView.as_view(), name="item-create"),
    path("items/<int:pk>/edit/", views.AgendaItemUpdateView.as_view(), name="item-update"),
    path("meetings/<int:pk>/minutes/", views.MinutesAdvanceView.as_view(), name="minutes-advance"),
    path(
        "meetings/<int:pk>/minutes/signed/new/",
        views.SignedMinutesView.as_view(),
        name="minutes-signed-create",
    ),
    path("meetings/<int:pk>/minutes/signed/", views.signed_minutes, name="minutes-signed"),
    path(
        "meetings/<int:pk>/decisions/new/",
        views.DecisionCreateView.as_view(),
        name="decision-create",
    ),
    path(
        "meetings/<int:pk>/actions/new/", views.ActionItemCreateView.as_view(), name="action-create"
    ),
    path("actions/", views.ActionItemListView.as_view(), name="action-list"),
    path("actions/<int:pk>/edit/", views.ActionItemUpdateView.as_view(), name="action-update"),
    path("actions/<int:pk>/status/", views.ActionStatusView.as_view(), name="action-status"),
    path("actions/<int:pk>/evidence/", views.action_evidence, name="action-evidence"),
]
