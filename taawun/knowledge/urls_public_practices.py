"""The public catalogue of good practices ("/ar/practices/")."""

app_name = "practices"

urlpatterns = []
