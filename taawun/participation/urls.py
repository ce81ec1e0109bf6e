"""The workspace of participation ("/ar/manage/participation/")."""

from django.urls import path

from . import views

app_name = "participation"

urlpatterns = [
    path("", views.PriorityListView.as_view(), name="list"),
    path("<int:pk>/", views.PriorityDetailView.as_view(), name="detail"),
    path("<int:pk>/publish/", views.PublishView.as_view(), name="publish"),
    path("<int:pk>/hide/", views.HideView.as_view(), name="hide"),
    path("<int:pk>/answer/", views.AnswerView.as_view(), name="answer"),
    path("<int:pk>/paper-supports/", views.PaperSupportsView.as_view(), name="paper-supports"),
    path("<int:pk>/projects/new/", views.LinkCreateView.as_view(), name="link-create"),
    path("links/<int:pk>/delete/", views.LinkDeleteView.as_view(), name="link-delete"),
    path("residents/verify/", views.VerifyResidentView.as_view(), name="verify"),
    path("petitions/", views.PetitionListView.as_view(), name="petition-list"),
    path("petitions/new/", views.PetitionDepositView.as_view(), name="petition-create"),
    path("petitions/<int:pk>/", views.PetitionDetailView.as_view(), name="petition-detail"),
    path("petitions/<int:pk>/signatures/", views.SignaturesView.as_view(), name="petition-sign"),
    path("petitions/<int:pk>/admit/", views.AdmitView.as_view(), name="petition-admit"),
    path("petitions/<int:pk>/refuse/", views.RefuseView.as_view(), name="petition-refuse"),
    path("petitions/<int:pk>/place/", views.PlaceView.as_view(), name="petition-place"),
    path("petitions/<int:pk>/withdraw/", views.WithdrawView.as_view(), name="petition-withdraw"),
    path("petitions/<int:pk>/import/", views.SignatureImportView.as_view(), name="petition-import"),
    path(
        "petitions/<int:pk>/import/commit/",
        views.SignatureImportCommitView.as_view(),
        name="petition-import-commit",
    ),
    path(
        "petitions/<int:pk>/import/template.csv",
        views.SignatureTemplateView.as_view(),
        name="petition-import-template",
    ),
    path("requests/", views.RequestListView.as_view(), name="request-list"),
    path("requests/new/", views.PaperRequestView.as_view(), name="request-create"),
    path("requests/<int:pk>/", views.RequestDetailView.as_view(), name="request-detail"),
    path("requests/<int:pk>/extend/", views.RequestExtendView.as_view(), name="request-extend"),
    path("requests/<int:pk>/answer/", views.RequestAnswerView.as_view(), name="request-answer"),
    path(
        "requests/<int:pk>/document/", views.RequestDocumentView.as_view(), name="request-document"
    ),
]
