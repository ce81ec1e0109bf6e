from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password-change"),
    path("password/done/", views.PasswordChangeDoneView.as_view(), name="password-change-done"),
    path("profile/", views.ProfileView.as_view(), name="profile"),
    path("calendar/", views.CalendarFeedView.as_view(), name="calendar"),
    path("notifications/", views.NotificationPreferencesView.as_view(), name="notifications"),
]
