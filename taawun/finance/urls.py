from django.urls import path

from . import views

app_name = "finance"

urlpatterns = [
    path("rates/", views.ExchangeRateView.as_view(), name="rates"),
]
