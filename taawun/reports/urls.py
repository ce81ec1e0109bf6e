from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("charts/<slug:name>.svg", views.ChartView.as_view(), name="chart"),
]
