"""A resident's account on the portal ("/ar/residents/")."""

from django.urls import path

from . import residents

app_name = "residents"

urlpatterns = [
    path("sign-up/", residents.SignUpView.as_view(), name="sign-up"),
    path("sign-up/sent/", residents.SignUpDoneView.as_view(), name="sign-up-done"),
    path("confirm/<str:token>/", residents.ConfirmView.as_view(), name="confirm"),
    path("me/", residents.MyAccountView.as_view(), name="me"),
    path("me/data.json", residents.MyDataView.as_view(), name="my-data"),
    path("me/emails/", residents.MyEmailsView.as_view(), name="my-emails"),
    path("me/delete/", residents.DeleteAccountView.as_view(), name="delete"),
]
