"""The REST API under /api/v1/, its OpenAPI schema and its browsable docs."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from taawun.agreements.api import AgreementViewSet
from taawun.coordination.api import (
    ActionItemViewSet,
    CommitteeViewSet,
    DecisionViewSet,
    MeetingViewSet,
)
from taawun.council.api import CouncilSessionViewSet
from taawun.funding.api import OpportunityViewSet
from taawun.grants.api import CallViewSet, GrantViewSet
from taawun.knowledge.api import CapacityViewSet, MissionViewSet, PracticeViewSet
from taawun.participation.api import PriorityViewSet
from taawun.partners.api import PartnerViewSet
from taawun.projects.api import ProjectViewSet


class ApiDocsView(SpectacularSwaggerSplitView):
    """Swagger UI from the application's own static files, its script in a separate file (CSP)."""

    template_name = "opendata/swagger_ui.html"


router = DefaultRouter()
router.register("partners", PartnerViewSet, basename="partner")
router.register("agreements", AgreementViewSet, basename="agreement")
router.register("projects", ProjectViewSet, basename="project")
router.register("committees", CommitteeViewSet, basename="committee")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("decisions", DecisionViewSet, basename="decision")
router.register("action-items", ActionItemViewSet, basename="actionitem")
router.register("council-sessions", CouncilSessionViewSet, basename="councilsession")
router.register("priorities", PriorityViewSet, basename="priority")
router.register("calls", CallViewSet, basename="call")
router.register("grants", GrantViewSet, basename="grant")
router.register("practices", PracticeViewSet, basename="practice")
router.register("missions", MissionViewSet, basename="mission")
router.register("capacity", CapacityViewSet, basename="capacity")
router.register("opportunities", OpportunityViewSet, basename="opportunity")

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", ApiDocsView.as_view(url_name="api:schema"), name="docs"),
]
