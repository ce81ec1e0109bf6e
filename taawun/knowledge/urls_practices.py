"""Good practices and replications in the workspace."""

urlpatterns = []
