"""The application's URLs plus the framework floor: the smallest view Django can serve."""

from django.http import HttpResponse
from django.urls import path

from taawun.urls import urlpatterns as application


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *application]
