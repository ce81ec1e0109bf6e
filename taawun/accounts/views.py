from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import FormView, TemplateView

from taawun.core import calendars
from taawun.core.views import RoleRequiredMixin
from taawun.core.views.records import SAVED

from . import notifications, services
from .choices import Role
from .forms import LoginForm, PreferencesForm, ProfileForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


class PortalFrameMixin:
    """A resident has no workspace: their pages of the account app sit in the portal's frame."""

    def get_context_data(self, **kwargs):
        resident = self.request.user.role == Role.RESIDENT
        kwargs.setdefault("base_template", "base.html" if resident else "manage/base.html")
        return super().get_context_data(**kwargs)


class PasswordChangeView(PortalFrameMixin, auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password-change-done")


class PasswordChangeDoneView(PortalFrameMixin, auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


class ProfileView(RoleRequiredMixin, FormView):
    """A person's own page: their language, and the way to their calendar and e-mails."""

    template_name = "accounts/profile.html"
    form_class = ProfileForm

    def get_initial(self):
        return {"language": self.request.user.language}

    def form_valid(self, form):
        user = self.request.user
        services.profile_update(user=user, language=form.cleaned_data["language"], by=user)
        messages.success(self.request, SAVED)
        return redirect("accounts:profile")


class CalendarFeedView(RoleRequiredMixin, TemplateView):
    """The person's secret calendar address: shown to copy, made, or revoked (a new one is
    made and the old one answers 404)."""

    template_name = "accounts/calendar_feed.html"

    def get_context_data(self, **kwargs):
        feed = services.live_feed(self.request.user)
        url = ""
        if feed is not None:
            url = self.request.build_absolute_uri(reverse("calendar-feed", args=[feed.token]))
        return super().get_context_data(feed=feed, feed_url=url, **kwargs)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "create":
            services.feed_create(user=request.user, by=request.user)
            messages.success(request, _("Your calendar address is ready."))
        elif action == "revoke":
            services.feed_revoke(user=request.user, by=request.user)
            messages.success(
                request, _("The old address no longer works; here is your new address.")
            )
        elif action == "stop":
            services.feed_revoke(user=request.user, by=request.user, renew=False)
            messages.success(request, _("Your calendar address no longer works."))
        else:
            return HttpResponseBadRequest()
        return redirect("accounts:calendar")


class NotificationPreferencesView(RoleRequiredMixin, FormView):
    """Which kinds of e-mail the person receives: one checkbox each."""

    template_name = "accounts/notifications.html"
    form_class = PreferencesForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "kinds": notifications.kinds()}

    def get_initial(self):
        return notifications.preferences_of(self.request.user)

    def form_valid(self, form):
        user = self.request.user
        services.preferences_save(user=user, enabled=form.cleaned_data, by=user)
        messages.success(self.request, SAVED)
        return redirect("accounts:notifications")


@never_cache
@require_safe
def calendar_feed(request, token):
    """A person's calendar, for their calendar program (no sign-in: the address is the
    secret). Every registered source's entries, in the person's language."""
    feed = services.feed_for_token(token)
    if feed is None:
        raise Http404
    user = feed.user
    with translation.override(user.language):
        entries = list(calendars.entries_for(user))
        name = _("Taawun — my calendar")
        return calendars.calendar_response(
            entries, filename="taawun.ics", name=str(name), language=user.language
        )
