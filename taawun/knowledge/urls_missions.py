"""Exchange missions and trainings in the workspace."""

urlpatterns = []
