from django.urls import path

from . import views

app_name = "territory"

urlpatterns = [
    path("", views.TerritoryView.as_view(), name="index"),
    path("commune/", views.CommuneProfileView.as_view(), name="commune"),
    path("<str:kind>/new/", views.RegisterEditView.as_view(), name="create"),
    path("<str:kind>/<int:pk>/edit/", views.RegisterEditView.as_view(), name="update"),
    path("<str:kind>/<int:pk>/history/", views.RegisterHistoryView.as_view(), name="history"),
]
