"""Funding opportunities and bids in the workspace ("/ar/manage/funding/")."""

from django.urls import path

from . import views

app_name = "funding"

urlpatterns = [
    path("", views.OpportunityListView.as_view(), name="opportunity-list"),
    path("new/", views.OpportunityCreateView.as_view(), name="opportunity-create"),
    path("<int:pk>/", views.OpportunityDetailView.as_view(), name="opportunity-detail"),
    path("<int:pk>/edit/", views.OpportunityEditView.as_view(), name="opportunity-edit"),
    path("<int:pk>/deadlines/", views.DeadlineAddView.as_view(), name="deadline-add"),
    path("<int:pk>/bid/<int:project>/", views.BidCreateView.as_view(), name="bid-create"),
    path("bids/<int:pk>/", views.BidDetailView.as_view(), name="bid-detail"),
    path("bids/<int:pk>/step/<slug:step>/", views.BidStepView.as_view(), name="bid-step"),
    path("bids/<int:pk>/award/", views.BidAwardView.as_view(), name="bid-award"),
]
