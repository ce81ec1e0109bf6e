from django.views.generic import TemplateView

from taawun.core.views import RoleRequiredMixin

from ..dashboard import dashboard_context


class DashboardView(RoleRequiredMixin, TemplateView):
    """The cooperation dashboard: key figures, leverage, charts and gaps, in the user's scope."""

    permission = "reports.view_dashboard"
    template_name = "reports/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(dashboard_context(self.request.user))
        return context
