"""The workspace's exchange of expertise ("/ar/manage/knowledge/"): good practices and their
replications (urls_practices), exchange missions and trainings (urls_missions)."""

from . import urls_missions, urls_practices

app_name = "knowledge"

urlpatterns = urls_practices.urlpatterns + urls_missions.urlpatterns
