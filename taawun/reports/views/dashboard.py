from django.shortcuts import redirect
from django.views.generic import TemplateView

from taawun.accounts.choices import Role
from taawun.accounts.permissions import is_representative
from taawun.core.views import RoleRequiredMixin

from ..dashboard import dashboard_context
from ..workplace import home_context


class DashboardView(RoleRequiredMixin, TemplateView):
    """The cooperation dashboard: key figures, leverage, charts and gaps, in the user's scope;
    for a representative, its own organisation's home (reports.workplace)."""

    permission = "reports.view_dashboard"
    template_name = "reports/dashboard.html"

    def dispatch(self, request, *args, **kwargs):
        # A resident signs in where everyone does and lands on their own page of the portal:
        # they have no workspace.
        if getattr(request.user, "role", "") == Role.RESIDENT and request.user.is_active:
            return redirect("residents:me")
        return super().dispatch(request, *args, **kwargs)

    def representative(self):
        user = self.request.user
        return is_representative(user) and user.partner_id is not None

    def get_template_names(self):
        if self.representative():
            return ["reports/partner_home.html"]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.representative():
            context.update(home_context(self.request.user))
        else:
            context.update(dashboard_context(self.request.user))
        return context
