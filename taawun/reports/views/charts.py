from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.csp import CSP
from django.views import View

from taawun.core.views import RoleRequiredMixin

from .. import charts, dashboard


class ChartView(RoleRequiredMixin, View):
    """One dashboard chart as an SVG image, over the user's own scope."""

    permission = "reports.view_dashboard"

    def get(self, request, name):
        chart = dashboard.chart_for(request.user, name)
        if chart is None:
            raise Http404
        svg, style_hashes = charts.render(chart)
        response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
        # The chart's own policy, also when opened directly: no script, nothing loaded, only
        # the exact <style> it carries (the site-wide `style-src 'self'` would block it).
        response._csp_config = {
            "default-src": [CSP.NONE],
            "style-src": style_hashes or [CSP.NONE],
            "frame-ancestors": [CSP.NONE],
        }
        # Figures of one user's scope that change with every transaction recorded.
        patch_cache_control(response, private=True, no_cache=True)
        return response
