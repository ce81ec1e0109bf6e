"""The annual cooperation report on the portal: an index of years, a page and its PDF.

Public: every figure comes from the public managers (reports/annual.py), so anyone may read
it, signed in or not. Nothing is stored: each request builds the report from the register.
The PDF follows the agreement sheet (agreements/sheet.py): the same template content, local
fonts only, and WeasyPrint may read nothing but local files of the application.
"""

import time
from pathlib import Path

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.generic import TemplateView

from taawun.core.bars import bar_stylesheet
from taawun.core.pdf import font_urls
from taawun.core.pdf import render as render_pdf

from ..annual import annual_report, is_reportable, years_with_data

REPORT_CSS = Path(__file__).resolve().parent.parent / "static" / "reports" / "annual.css"


class AnnualIndexView(TemplateView):
    """The years a report exists for, newest first, with a link to the latest."""

    template_name = "reports/annual_index.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "years": years_with_data()}


class AnnualReportView(TemplateView):
    """One year's report as a page of the portal (an explanation when nothing happened)."""

    template_name = "reports/annual_report.html"

    def get_context_data(self, **kwargs):
        year = self.kwargs["year"]
        if not is_reportable(year):
            raise Http404("No report for this year.")
        return {**super().get_context_data(**kwargs), **annual_report(year)}


class AnnualReportPdfView(AnnualReportView):
    """The same report as an A4 PDF, shown inline by the browser."""

    pdf_template_name = "reports/annual_pdf.html"

    def get(self, request, *args, **kwargs):
        # The same public PDF for every reader until the data changes: made once per data
        # version and language (WeasyPrint takes seconds), then served from the shared cache.
        from django.core.cache import cache

        from taawun.core.caching import data_version

        key = f"annual-pdf:{data_version()}:{kwargs.get('year')}:{translation.get_language()}"
        cached = cache.get(key)
        if cached is not None:
            return self.pdf_response(cached, kwargs.get("year"))
        response = super().get(request, *args, **kwargs)
        if response.status_code == 200:
            cache.set(key, response.content, 24 * 3600)
        return response

    def pdf_response(self, pdf, year):
        response = HttpResponse(pdf, content_type="application/pdf")
        name = f"annual-report-{year}-{translation.get_language()}.pdf"
        response["Content-Disposition"] = f'inline; filename="{name}"'
        return response

    def render_to_response(self, context, **response_kwargs):
        started = time.perf_counter()
        html = render_to_string(self.pdf_template_name, {**context, "pdf": True}, self.request)
        pdf = render_pdf(
            html, report_stylesheet(context), base_url=self.request.build_absolute_uri()
        )
        response = self.pdf_response(pdf, context["year"])
        # How long WeasyPrint took, for whoever watches the portal's response times.
        response["Server-Timing"] = f"pdf;dur={(time.perf_counter() - started) * 1000:.0f}"
        return response


def report_stylesheet(context):
    """The bar lengths and the page's stylesheet, then the PDF's fonts, basics and page rules."""
    screen = bar_stylesheet() + "\n" + REPORT_CSS.read_text(encoding="utf-8")
    pdf = render_to_string(
        "reports/annual_pdf.css",
        {
            **font_urls(),
            "rtl": translation.get_language_bidi(),
            "year": context["year"],
            "commune": context["commune"],
        },
    )
    return screen + "\n" + pdf
