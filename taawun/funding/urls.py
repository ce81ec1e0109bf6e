"""Funding opportunities and bids in the workspace ("/ar/manage/funding/")."""

app_name = "funding"

urlpatterns = []
