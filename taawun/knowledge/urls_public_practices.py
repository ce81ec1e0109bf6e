"""The public catalogue of good practices ("/ar/practices/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public_practices as views

app_name = "practices"

urlpatterns = [
    path("", views.PublicPracticeListView.as_view(), name="list"),
    path("files/<int:pk>/", views.public_practice_file, name="file"),
    path("<int:pk>/", views.PublicPracticeDetailView.as_view(), name="detail"),
    path("<int:pk>/<uslug:slug>/", views.PublicPracticeDetailView.as_view(), name="detail"),
]
