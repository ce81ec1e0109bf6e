"""The URLs core itself serves, inside i18n_patterns (namespace "core"). The dashboard, the
workspace's home page, is reports:dashboard."""

from django.urls import path

from . import choices

app_name = "core"

urlpatterns = [
    # The options of a searchable widget (core.choices) matching a typed name.
    path("choices/<slug:kind>/", choices.choices, name="choices"),
]
