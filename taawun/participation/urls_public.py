"""The public pages of residents' priorities, under the portal's language prefix
("/ar/priorities/")."""

from django.urls import path

from taawun.core import converters  # noqa: F401 - registers the uslug converter

from . import public

app_name = "priorities"

urlpatterns = [
    path("", public.PublicPriorityListView.as_view(), name="list"),
    path("new/", public.ProposeView.as_view(), name="propose"),
    # Before the detail page's slug: "support" and "photo" are not slugs.
    path("<int:pk>/support/", public.SupportView.as_view(), name="support"),
    path("<int:pk>/photo/", public.priority_photo, name="photo"),
    path("<int:pk>/report/", public.FlagView.as_view(), name="flag"),
    path("<int:pk>/", public.PublicPriorityDetailView.as_view(), name="detail"),
    path("<int:pk>/<uslug:slug>/", public.PublicPriorityDetailView.as_view(), name="detail"),
]
