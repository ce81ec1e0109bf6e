from django.urls import path, re_path

from taawun.core.views import PublishView

from . import views
from .models import Agreement

app_name = "agreements"

urlpatterns = [
    path("", views.AgreementListView.as_view(), name="list"),
    path("new/", views.AgreementCreateView.as_view(), name="create"),
    path("<int:pk>/", views.AgreementDetailView.as_view(), name="detail"),
    path(
        "<int:pk>/publish/",
        PublishView.as_view(
            model=Agreement, permission="agreements.publish_agreement", published=True
        ),
        name="publish",
    ),
    path(
        "<int:pk>/unpublish/",
        PublishView.as_view(
            model=Agreement, permission="agreements.publish_agreement", published=False
        ),
        name="unpublish",
    ),
    path("<int:pk>/edit/", views.AgreementUpdateView.as_view(), name="update"),
    path("<int:pk>/history/", views.AgreementHistoryView.as_view(), name="history"),
    path("<int:pk>/sheet/", views.AgreementSheetView.as_view(), name="sheet"),
    path("<int:pk>/sheet.pdf", views.AgreementSheetPdfView.as_view(), name="sheet-pdf"),
    re_path(
        r"^(?P<pk>[0-9]+)/convention\.(?P<language>ar|fr)\.(?P<fmt>docx|pdf)$",
        views.ConventionView.as_view(),
        name="convention",
    ),
    path(
        "convention-templates/",
        views.ConventionTemplateListView.as_view(),
        name="convention-templates",
    ),
    path(
        "convention-templates/<slug:kind>/<str:language>/",
        views.ConventionTemplateEditView.as_view(),
        name="convention-template",
    ),
    path("<int:pk>/step/<slug:step>/", views.StepView.as_view(), name="step"),
    path("<int:pk>/parties/new/", views.PartyCreateView.as_view(), name="party-create"),
    path("<int:pk>/amendments/new/", views.AmendmentCreateView.as_view(), name="amendment-create"),
    path("<int:pk>/documents/new/", views.DocumentCreateView.as_view(), name="document-create"),
    path(
        "parties/<int:pk>/<slug:step>/",
        views.StepView.as_view(subject="party"),
        name="party-step",
    ),
    path(
        "parties/<int:pk>/obligations/new/",
        views.ObligationCreateView.as_view(),
        name="obligation-create",
    ),
    path(
        "obligations/<int:pk>/edit/", views.ObligationUpdateView.as_view(), name="obligation-update"
    ),
    path(
        "obligations/<int:pk>/deliveries/new/",
        views.DeliveryCreateView.as_view(),
        name="delivery-create",
    ),
    path(
        "obligations/<int:pk>/payments/new/",
        views.PaymentDeclareView.as_view(),
        name="payment-declare",
    ),
    path("payments/", views.PaymentListView.as_view(), name="payment-list"),
    path(
        "payments/<int:pk>/confirm/",
        views.PaymentDecisionView.as_view(decision="confirm"),
        name="payment-confirm",
    ),
    path(
        "payments/<int:pk>/refuse/",
        views.PaymentDecisionView.as_view(decision="refuse"),
        name="payment-refuse",
    ),
    path(
        "obligations/<int:pk>/waive/",
        views.ObligationWaiverView.as_view(step="waive"),
        name="obligation-waive",
    ),
    path(
        "obligations/<int:pk>/undo-waiver/",
        views.ObligationWaiverView.as_view(step="undo-waiver"),
        name="obligation-unwaive",
    ),
    path(
        "amendments/<int:pk>/apply/",
        views.AmendmentApplyView.as_view(),
        name="amendment-apply",
    ),
    path("documents/<int:pk>/", views.DocumentDownloadView.as_view(), name="document"),
]
