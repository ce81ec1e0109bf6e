"""A resident's account on the portal ("/ar/residents/"): signing up with the information notice
of Law 09-08, confirming the e-mail address, and the resident's own page — their priorities
and what became of them, their data downloaded as JSON, their account deleted."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from taawun.accounts.choices import Role
from taawun.accounts.permissions import can
from taawun.core import ratelimit
from taawun.core.views import RoleRequiredMixin
from taawun.core.views.records import add_service_error

from . import services
from .forms import SignUpForm
from .models import Priority, Support
from .notifications import ANSWERED
from .pages import FormPage


def notice_context():
    """What the information notice of a form collecting residents' data says (art. 5 of Law
    09-08): the controller, the purpose, the recipients, how long, the rights, the CNDP's
    number."""
    return {
        "cndp_number": settings.CNDP_DECLARATION_NUMBER,
        "confirmation_days": settings.RESIDENT_CONFIRMATION_DAYS,
        "request_retention_days": settings.INFORMATION_REQUEST_RETENTION_DAYS,
    }


class SignUpView(FormPage):
    template_name = "participation/residents/sign_up.html"

    def page_context(self):
        return notice_context()

    def get(self, request):
        if request.user.is_authenticated:
            return redirect("residents:me" if request.user.role == Role.RESIDENT else "portal:home")
        return self.render(SignUpForm())

    def post(self, request):
        form = SignUpForm(request.POST)
        if form.is_valid():
            try:
                ratelimit.hit("sign-up", ratelimit.client_address(request))
                services.resident_sign_up(
                    email=form.cleaned_data["email"],
                    password=form.cleaned_data["password1"],
                    display_name=form.cleaned_data["display_name"],
                    locality=form.cleaned_data["locality"],
                    language=request.LANGUAGE_CODE,
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                return redirect("residents:sign-up-done")
        return self.refused(form)


class SignUpDoneView(TemplateView):
    template_name = "participation/residents/sign_up_done.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(days=settings.RESIDENT_CONFIRMATION_DAYS, **kwargs)


class ConfirmView(View):
    """The link of the confirmation e-mail. GET shows a button (a link checker fetching the
    address confirms nothing); POST confirms."""

    template_name = "participation/residents/confirm.html"

    def get(self, request, token):
        return TemplateResponse(request, self.template_name, {"token": token})

    def post(self, request, token):
        try:
            services.resident_confirm(token)
        except ValidationError as error:
            context = {"token": token, "error": " ".join(error.messages)}
            return TemplateResponse(request, self.template_name, context, status=400)
        messages.success(request, _("Your address is confirmed: sign in to take part."))
        return redirect("accounts:login")


class ResidentMixin(RoleRequiredMixin):
    """A resident's own pages: for residents only (the rule, without the superuser's shortcut
    of `has_perm`: an administrator has no resident's data)."""

    permission = "participation.own_account"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can(request.user, self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class MyAccountView(ResidentMixin, TemplateView):
    template_name = "participation/residents/me.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        from taawun.accounts.notifications import is_enabled

        return super().get_context_data(
            answered_emails=is_enabled(user, ANSWERED),
            resident=user.resident,
            priorities=Priority.objects.filter(author=user)
            .select_related("locality")
            .order_by("-created_at", "-pk"),
            supports=Support.objects.filter(user=user)
            .select_related("priority")
            .order_by("-created_at", "-pk"),
            information_requests=my_requests(user),
            **notice_context(),
            **kwargs,
        )


def my_requests(user):
    """The resident's requests for information, each with the private link to the document
    given, if any."""
    rows = list(user.information_requests.order_by("-received_on", "-number"))
    for row in rows:
        row.document_url = ""
        if row.answer_document:
            token = services.document_token(row)
            row.document_url = reverse("information:document", kwargs={"token": token})
    return rows


class MyEmailsView(ResidentMixin, View):
    """POST: the resident switches on or off the e-mail telling them the commune answered a
    priority they proposed or support (their right to object, Law 09-08)."""

    http_method_names = ["post"]

    def post(self, request):
        from taawun.accounts.services import preferences_save

        enabled = request.POST.get("answered") == "on"
        preferences_save(user=request.user, enabled={ANSWERED: enabled}, by=request.user)
        messages.success(request, _("Saved."))
        return redirect(reverse("residents:me") + "#my-emails")


class MyDataView(ResidentMixin, View):
    """The resident's data, as a JSON file (their right of access, Law 09-08)."""

    def get(self, request):
        data = services.resident_export(request.user)
        body = json.dumps(data, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        day = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="taawun-my-data-{day}.json"'
        response["Cache-Control"] = "no-store"
        return response


class DeleteAccountView(ResidentMixin, View):
    """The resident deletes their account, after typing their password."""

    template_name = "participation/residents/delete.html"

    def get(self, request):
        return TemplateResponse(request, self.template_name, {})

    def post(self, request):
        if not request.user.check_password(request.POST.get("password", "")):
            context = {"error": _("This is not your password: nothing was deleted.")}
            return TemplateResponse(request, self.template_name, context, status=400)
        user = request.user
        logout(request)
        services.resident_delete(user=user)
        messages.success(request, _("Your account and your personal data are deleted."))
        return redirect("portal:home")
