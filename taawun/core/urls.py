"""The URLs core itself serves, inside i18n_patterns (namespace "core"). The dashboard, the
workspace's home page, is reports:dashboard."""

from django.urls import path

from . import choices
from .views.design import DesignView

app_name = "core"

urlpatterns = [
    # The options of a searchable widget (core.choices) matching a typed name.
    path("choices/<slug:kind>/", choices.choices, name="choices"),
    # The design system: every component of the shell, in Arabic and French (staff only).
    path("manage/design/", DesignView.as_view(), name="design"),
]
