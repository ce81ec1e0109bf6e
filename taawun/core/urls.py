from django.urls import path

from . import choices, views

app_name = "core"

urlpatterns = [
    path("manage/", views.DashboardView.as_view(), name="dashboard"),
    # The options of a searchable widget (core.choices) matching a typed name.
    path("choices/<slug:kind>/", choices.choices, name="choices"),
]
