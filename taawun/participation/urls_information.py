"""Requests for information (Law 31-13) on the portal ("/ar/information-requests/")."""

from django.urls import path

from . import public_requests

app_name = "information"

urlpatterns = [
    path("", public_requests.PublicRequestListView.as_view(), name="register"),
    path("new/", public_requests.RequestFileView.as_view(), name="file"),
    path(
        "received/<str:reference>/", public_requests.RequestReceivedView.as_view(), name="received"
    ),
    path("answers/<str:token>/", public_requests.request_document, name="document"),
    path("transparency/", public_requests.TransparencyView.as_view(), name="transparency"),
]
