"""Exchange missions on the portal ("/ar/missions/")."""

app_name = "missions"

urlpatterns = []
