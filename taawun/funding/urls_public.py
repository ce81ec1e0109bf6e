"""Funding opportunities on the portal ("/ar/opportunities/")."""

app_name = "opportunities"

urlpatterns = []
