from django.urls import path

from taawun.core.views import PublishView

from . import views
from .models import CouncilSession

app_name = "council"


def publish(published):
    return PublishView.as_view(
        model=CouncilSession, permission="council.publish_councilsession", published=published
    )


urlpatterns = [
    path("", views.SessionListView.as_view(), name="session-list"),
    path("new/", views.SessionFormView.as_view(), name="session-create"),
    path("<int:pk>/", views.SessionDetailView.as_view(), name="session-detail"),
    path("<int:pk>/edit/", views.SessionFormView.as_view(), name="session-update"),
    path("<int:pk>/publish/", publish(True), name="session-publish"),
    path("<int:pk>/unpublish/", publish(False), name="session-unpublish"),
    path("<int:pk>/proposed/", views.ProposedPointsView.as_view(), name="points-add-proposed"),
    path("<int:pk>/points/new/", views.PointCreateView.as_view(), name="point-create"),
    path("points/<int:pk>/edit/", views.PointUpdateView.as_view(), name="point-update"),
    path("points/<int:pk>/outcome/", views.OutcomeView.as_view(), name="point-outcome"),
]
