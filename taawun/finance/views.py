from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView

from taawun.accounts import permissions
from taawun.core.views import NOT_SAVED, RoleRequiredMixin, add_service_error

from . import services
from .forms import ExchangeRateForm
from .models import ExchangeRate


class ExchangeRateView(RoleRequiredMixin, FormView):
    """The table of rates to the dirham, kept by the finance officer; each rate valid from a day."""

    permission = "finance.view_exchangerate"
    form_class = ExchangeRateForm
    template_name = "finance/exchange_rates.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rates"] = ExchangeRate.objects.order_by("currency", "-valid_from")[:200]
        context["can_edit"] = permissions.can(self.request.user, "finance.change_exchangerate")
        return context

    def post(self, request, *args, **kwargs):
        if not permissions.can(request.user, "finance.change_exchangerate"):
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.exchange_rate_record(by=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The rate was recorded."))
        return redirect("finance:rates")

    def form_invalid(self, form):
        messages.error(self.request, NOT_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)
